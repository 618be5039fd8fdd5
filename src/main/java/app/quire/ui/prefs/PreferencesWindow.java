package app.quire.ui.prefs;

import app.quire.media.ImageSettings;
import app.quire.media.ImageTarget;
import app.quire.ui.settings.Settings;
import app.quire.ui.workspace.WorkspaceModel;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Edit > Preferences…: theme, editor font size, soft wrap, scroll sync and autosave apply at once (they are the
 * workspace's own properties; the settings file follows them, see DocumentCommands#rememberPreferencesOnChange);
 * the blog's image settings are saved to the blog with their own button. A normal window: the post stays editable
 * while it is open (decision 0189).
 */
public final class PreferencesWindow {
    private final WorkspaceModel ws;
    private final Executor background;
    private final VBox root = new VBox();
    private final TextField folder = new TextField();
    private final TextField name = new TextField();
    private final CheckBox downscale = new CheckBox("Scale down images wider than");
    private final Spinner<Integer> maxWidth = new Spinner<>(16, 20_000, ImageSettings.DEFAULT_MAX_WIDTH, 100);
    private final CheckBox keepOriginal = new CheckBox("Keep the full-size original next to it");
    private final Button saveImages = new Button("Save for This Blog");
    private final Label imagesNote = new Label();
    private ImageSettings loaded;
    private Path blog;
    /** Listeners on the workspace, held here: it holds them weakly, so a closed window is not kept alive. */
    private final java.util.List<Object> held = new java.util.ArrayList<>();

    public PreferencesWindow(WorkspaceModel ws, Executor background) {
        this.ws = ws;
        this.background = background;
        root.getStyleClass().add("preferences");
        root.setSpacing(12);
        root.setPadding(new Insets(16));
        root.getChildren().addAll(heading("Appearance and editing"), general(), heading("Images of the open blog"),
                images());
        // the app's own dark rules hang on a "dark" class of the root, as in the main window
        javafx.beans.value.ChangeListener<Boolean> dark = (o, a, on) -> {
            root.getStyleClass().remove("dark");
            if (on) {
                root.getStyleClass().add("dark");
            }
        };
        ws.darkProperty().addListener(new javafx.beans.value.WeakChangeListener<>(dark));
        held.add(dark);
        dark.changed(null, null, ws.darkProperty().get());
    }

    /** Shows the window for the workspace (one per window: a second call brings it to the front). */
    public static void show(Window owner, WorkspaceModel ws, Executor background) {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && "Preferences".equals(s.getTitle()) && s.getOwner() == owner) {
                s.toFront();
                return;
            }
        }
        PreferencesWindow p = new PreferencesWindow(ws, background);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Preferences");
        Scene scene = new Scene(p.node());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        p.loadImages();
    }

    public Parent node() {
        return root;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("preferences-heading");
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private GridPane general() {
        ChoiceBox<String> theme = new ChoiceBox<>();
        theme.setId("pref-theme");
        theme.getItems().addAll("Light", "Dark");
        theme.setValue(ws.darkProperty().get() ? "Dark" : "Light");
        theme.valueProperty().addListener((o, a, v) -> ws.darkProperty().set("Dark".equals(v)));
        javafx.beans.value.ChangeListener<Boolean> themeShown = (o, a, dark) -> theme.setValue(dark ? "Dark" : "Light");
        held.add(themeShown);
        ws.darkProperty().addListener(new javafx.beans.value.WeakChangeListener<>(themeShown));

        Spinner<Double> size = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(Settings.MIN_FONT,
                Settings.MAX_FONT, ws.editorFontSizeProperty().get(), 1));
        size.setId("pref-font-size");
        size.setEditable(true);
        // a typed size that is not a number keeps the size shown (the factory clamps one out of range)
        size.getValueFactory().setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : v == Math.rint(v) ? Long.toString(Math.round(v)) : Double.toString(v);
            }

            @Override
            public Double fromString(String text) {
                try {
                    return Double.parseDouble(text.strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    return size.getValue();
                }
            }
        });
        size.setPrefWidth(90);
        size.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                ws.editorFontSizeProperty().set(v);
            }
        });
        javafx.beans.value.ChangeListener<Number> sizeShown = (o, a, v) -> size.getValueFactory()
                .setValue(v.doubleValue());
        held.add(sizeShown);
        ws.editorFontSizeProperty().addListener(new javafx.beans.value.WeakChangeListener<>(sizeShown));

        CheckBox wrap = check("pref-soft-wrap", "Wrap long lines in the editor", ws.softWrapProperty());
        CheckBox sync = check("pref-scroll-sync", "Scroll the preview with the editor (and back)",
                ws.scrollSyncProperty());
        CheckBox autosave = check("pref-autosave", "Autosave to the post's own file (not only to the recovery copy)",
                ws.autosaveToFileProperty());

        GridPane g = grid();
        g.addRow(0, new Label("Theme"), theme);
        g.addRow(1, new Label("Editor font size"), new HBox(6, size, new Label("pt  (View > Zoom: Ctrl+= / Ctrl+-)")));
        g.add(wrap, 1, 2);
        g.add(sync, 1, 3);
        g.add(autosave, 1, 4);
        return g;
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty property) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.selectedProperty().bindBidirectional(property);
        return c;
    }

    private VBox images() {
        folder.setId("pref-image-folder");
        name.setId("pref-image-name");
        maxWidth.setId("pref-image-max-width");
        maxWidth.setEditable(true);
        maxWidth.getValueFactory().setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : Integer.toString(v);
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.parseInt(text.strip());
                } catch (NumberFormatException e) {
                    return maxWidth.getValue(); // not a number: the width shown stays
                }
            }
        });
        maxWidth.setPrefWidth(100);
        saveImages.setId("pref-image-save");
        imagesNote.setId("pref-image-note");
        imagesNote.setWrapText(true);
        imagesNote.setMaxWidth(520);
        maxWidth.disableProperty().bind(downscale.selectedProperty().not());
        keepOriginal.disableProperty().bind(downscale.selectedProperty().not());
        GridPane g = grid();
        g.addRow(0, new Label("Folder"), folder);
        g.addRow(1, new Label("File name"), name);
        g.add(new HBox(6, downscale, maxWidth, new Label("px")), 1, 2);
        g.add(keepOriginal, 1, 3);
        GridPane.setHgrow(folder, Priority.ALWAYS);
        Label help = new Label("A folder starting with / is inside the blog; otherwise it is next to the post. "
                + "Both may use {slug}, {date}, {name}, {uuid} and {hash}.");
        help.setWrapText(true);
        help.setMaxWidth(520);
        help.getStyleClass().add("preferences-help");
        saveImages.setOnAction(e -> saveImages());
        VBox box = new VBox(8, g, help, new HBox(12, saveImages, imagesNote));
        box.disableProperty().bind(ws.blogFolderProperty().isNull());
        return box;
    }

    /** Two columns; the labels' column has one width in both sections, so the fields line up. */
    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        labels.setPrefWidth(120);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    /** Reads the open blog's image settings in the background (the site's shape decides the defaults). */
    void loadImages() {
        blog = ws.blogFolderProperty().get();
        if (blog == null) {
            imagesNote.setText("Open a blog folder to set where its images go.");
            return;
        }
        Path site = blog;
        // a settings file that cannot be read shows the blog's own defaults (by its shape), with a note
        String[] problem = new String[1];
        CompletableFuture.supplyAsync(() -> {
            ImageTarget target;
            try {
                target = ImageTarget.of(site, null);
            } catch (java.io.IOException | RuntimeException e) {
                problem[0] = rootMessage(e);
                return ImageSettings.defaults(app.quire.site.SiteShape.PLAIN, false);
            }
            try {
                return ImageSettings.forTarget(target);
            } catch (java.io.IOException | RuntimeException e) {
                problem[0] = rootMessage(e);
                return ImageSettings.defaults(target.shape(), target.isHugoBundle());
            }
        }, background).whenComplete((s, error) -> Platform.runLater(() -> {
            if (error != null) {
                imagesNote.setText("Could not read the blog's image settings: " + rootMessage(error) + ".");
                return;
            }
            if (problem[0] != null) {
                imagesNote.setText("Could not read " + ImageSettings.FILE + ": " + problem[0]
                        + ". The blog's defaults are shown; saving replaces the file.");
            }
            show(s);
        }));
    }

    private void show(ImageSettings s) {
        loaded = s;
        folder.setText(s.folder());
        name.setText(s.name());
        downscale.setSelected(s.downscale());
        maxWidth.getValueFactory().setValue(s.maxWidth());
        keepOriginal.setSelected(s.keepOriginal());
    }

    private void saveImages() {
        if (blog == null || loaded == null) {
            return;
        }
        String f = folder.getText().strip().replace('\\', '/');
        if (java.util.Arrays.asList(f.split("/")).contains("..") || name.getText().contains("/")
                || name.getText().contains("\\")) {
            imagesNote.setText("Not saved: the folder must stay inside the blog or next to the post (no \"..\"), "
                    + "and the file name cannot contain a slash.");
            return;
        }
        ImageSettings next;
        try {
            next = loaded.withFolder(folder.getText().strip()).withName(name.getText().strip())
                    .withDownscale(downscale.isSelected(), maxWidth.getValue(), keepOriginal.isSelected());
        } catch (IllegalArgumentException e) {
            imagesNote.setText("Not saved: " + e.getMessage() + ".");
            return;
        }
        Path site = blog;
        saveImages.setDisable(true);
        CompletableFuture.runAsync(() -> {
            try {
                next.save(site);
            } catch (java.io.IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, background).whenComplete((v, error) -> Platform.runLater(() -> {
            saveImages.setDisable(false);
            if (error != null) {
                imagesNote.setText("Not saved: " + rootMessage(error) + ".");
            } else {
                loaded = next;
                imagesNote.setText("Saved to " + ImageSettings.FILE + ". New images use it.");
            }
        }));
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && (c instanceof java.util.concurrent.CompletionException)) {
            c = c.getCause();
        }
        if (c instanceof java.nio.file.AccessDeniedException a) {
            return "Quire may not write " + a.getFile() + " (permission denied)";
        }
        if (c instanceof java.nio.file.FileSystemException f) {
            return "cannot write " + f.getFile() + (f.getReason() == null ? "" : " (" + f.getReason() + ")");
        }
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}
