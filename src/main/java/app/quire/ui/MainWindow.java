package app.quire.ui;

import app.quire.post.schema.FrontMatterSchema;
import app.quire.ui.actions.Action;
import app.quire.ui.actions.ActionTable;
import app.quire.ui.actions.AppActions;
import app.quire.ui.export.BrowserOpener;
import app.quire.ui.export.ExportDialog;
import app.quire.ui.export.ExportFolders;
import app.quire.ui.posts.BlogCommands;
import app.quire.ui.posts.BlogSidebar;
import app.quire.ui.posts.PostListWatch;
import app.quire.ui.posts.FxBlogPrompts;
import app.quire.ui.posts.SidebarItem;
import app.quire.ui.posts.SidebarModel;
import app.quire.ui.workspace.DocumentModel;
import app.quire.ui.workspace.WorkspaceModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * Assembles the window from its views (menu bar from the action table, post list, document tabs, status bar)
 * and binds its title; the state lives in the {@link WorkspaceModel}, the commands in {@link DocumentCommands}.
 */
public final class MainWindow {
    private static final System.Logger LOG = System.getLogger(MainWindow.class.getName());
    private final WorkspaceModel workspace;
    private final DocumentCommands commands;
    private final ActionTable actions;
    private final BlogSidebar posts;
    private final BlogCommands blogCommands;
    private final ExportFolders exportFolders;
    private ExportDialog exportDialog;
    private java.util.function.Consumer<String> showDocument = new BrowserOpener();
    /** Opens an exported site's address and says when no browser started; tests pass their own. */
    private java.util.function.BiConsumer<String, java.util.function.Consumer<String>> openAddress =
            new BrowserOpener();
    /** Serves exported sites to the browser (Open in Browser); closed when the app stops. */
    private final app.quire.ui.export.SitePreview sitePreview = new app.quire.ui.export.SitePreview();
    private final DocumentTabs tabs;
    private final Scene scene;
    private final AppServices services;
    private final StatusBar statusBar;
    /** Whether Blog > Publish Draft has a draft to act on (the selected post, else the current tab's). */
    private final javafx.beans.property.BooleanProperty publishable = new javafx.beans.property.SimpleBooleanProperty();

    public MainWindow(Stage stage, WorkspaceModel workspace, AppServices services) {
        this.workspace = workspace;
        this.services = services;
        this.commands = new DocumentCommands(workspace, services);
        this.actions = AppActions.build(workspace, new WindowCommands());
        this.posts = new BlogSidebar(new SidebarModel(services.background(), Platform::runLater,
                () -> workspace.blogFolderProperty().get()), () -> workspace.blogFolderProperty().get());
        this.blogCommands = new BlogCommands(workspace, commands, services.prompter(),
                new FxBlogPrompts(() -> stage), services.background(), Platform::runLater, posts::refresh);
        posts.setCommands(blogCommands);
        this.exportFolders = ExportFolders.besideSettings(services.settingsFile());
        this.tabs = new DocumentTabs(workspace, commands);
        commands.setSessionParts(stage, tabs);

        posts.setOnOpen(commands::open);
        followCurrentPost();
        commands.setOnPostsChanged(posts::refresh);
        PostListWatch watch = new PostListWatch(services.background(), posts::refresh, posts.model()::lastLoadNanos);
        watch.follow(workspace.blogFolderProperty().get());
        workspace.blogFolderProperty().addListener((o, a, b) -> {
            watch.follow(b);
            posts.refresh();
            loadSchema();
        });

        SplitPane body = body();
        BorderPane root = new BorderPane(body);
        root.getStyleClass().add("main-window");
        root.setTop(topBar());
        statusBar = new StatusBar(workspace, commands.savingDocuments());
        root.setBottom(statusBar.node());

        double[] size = WindowFit.sceneSize(javafx.stage.Screen.getPrimary().getVisualBounds());
        scene = new Scene(root, size[0], size[1]);
        scene.getStylesheets().add(MainWindow.class.getResource("quire.css").toExternalForm());
        Themes.apply(scene, workspace.darkProperty().get());
        workspace.darkProperty().addListener((o, a, dark) -> {
            Themes.apply(scene, dark);
            workspace.documents().forEach(d -> d.setDark(dark));
        });

        FileDrop.install(scene, commands::open, commands::openFolder);
        UndoOutsideText.install(scene, () -> workspace.currentProperty().get());
        stage.setScene(scene);
        // The watch ends with this window (tests put new windows on one stage; inotify instances are limited).
        stage.sceneProperty().addListener((o, a, b) -> {
            if (b != scene) {
                watch.close();
            }
        });
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> watch.close());
        bindTitle(stage);
        stage.setOnCloseRequest(e -> {
            e.consume();
            commands.quit();
        });
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        posts.refresh();
        loadSchema();
    }

    /** Infers the blog's front-matter schema (keys, types, vocabularies) off the FX thread. */
    private void loadSchema() {
        Path folder = workspace.blogFolderProperty().get();
        if (folder == null) {
            workspace.schemaProperty().set(FrontMatterSchema.empty());
            return;
        }
        CompletableFuture.supplyAsync(() -> FrontMatterSchema.load(folder), services.background())
                .whenComplete((schema, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        LOG.log(System.Logger.Level.WARNING, "Could not read the front matter of " + folder, error);
                    } else if (folder.equals(workspace.blogFolderProperty().get())) {
                        workspace.schemaProperty().set(schema);
                    }
                }));
    }

    /** The menu bar, with the theme switch at its right end (also View > Dark Theme, Ctrl+Shift+D). */
    private HBox topBar() {
        MenuBar menus = actions.menuBar();
        HBox.setHgrow(menus, Priority.ALWAYS);
        ToggleButton theme = new ToggleButton();
        theme.setId("theme-toggle");
        theme.getStyleClass().add("theme-toggle");
        theme.setFocusTraversable(false);
        theme.selectedProperty().bindBidirectional(workspace.darkProperty());
        theme.textProperty().bind(Bindings.when(workspace.darkProperty()).then("Light theme").otherwise("Dark theme"));
        HBox bar = new HBox(menus, theme);
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    /** {@code <post title> — Quire}, with {@code *} in front while the current post has unsaved changes. */
    private void bindTitle(Stage stage) {
        Runnable rebind = () -> {
            DocumentModel d = workspace.currentProperty().get();
            stage.titleProperty().unbind();
            if (d == null) {
                stage.setTitle("Quire");
            } else {
                stage.titleProperty().bind(Bindings.when(d.dirtyProperty()).then("*").otherwise("")
                        .concat(d.displayNameProperty()).concat(" — Quire"));
            }
        };
        workspace.currentProperty().addListener((o, a, b) -> rebind.run());
        rebind.run();
    }

    public Scene scene() {
        return scene;
    }

    public WorkspaceModel workspace() {
        return workspace;
    }

    public DocumentCommands commands() {
        return commands;
    }

    public ActionTable actions() {
        return actions;
    }

    public BlogSidebar postList() {
        return posts;
    }

    /** The blog commands of the sidebar and Blog menu (tests swap their prompts and trash). */
    public BlogCommands blogCommands() {
        return blogCommands;
    }

    /** How the guide opens a web link; QuireApp passes one that says so when no browser starts. */
    public void setShowDocument(java.util.function.Consumer<String> showDocument) {
        this.showDocument = showDocument;
    }

    /** How Open in Browser opens an exported site's address (the second argument hears of a failure). */
    public void setOpenAddress(java.util.function.BiConsumer<String, java.util.function.Consumer<String>> open) {
        this.openAddress = open;
    }

    /** Stops serving exported sites (the app is quitting). */
    public void closeSitePreview() {
        sitePreview.close();
    }

    /** Opens Blog > Export Site… for the current blog (one window per blog; reused while it is open). */
    public Optional<ExportDialog> showExport() {
        Path blog = workspace.blogFolderProperty().get();
        if (blog == null) {
            services.prompter().showInfo("Export Site", "Open a blog folder first (Ctrl+Shift+O).");
            return Optional.empty();
        }
        if (exportDialog == null || !exportDialog.blog().equals(blog) && !exportDialog.pane().runningProperty().get()) {
            if (exportDialog != null) {
                exportDialog.stage().close();
            }
            exportDialog = new ExportDialog(scene.getWindow(), blog, services.background(), exportFolders,
                    this::openProblem, sitePreview, (uri, onFailure) -> openAddress.accept(uri, onFailure));
            ExportDialog shown = exportDialog;
            // the export goes on while the writer works in this window: its progress shows in the status bar too
            statusBar.track("Exporting " + blog.getFileName(), shown.pane().runningProperty(),
                    shown.pane().progressBar().progressProperty(), shown.pane()::cancel, shown::show);
        }
        exportDialog.show();
        return Optional.of(exportDialog);
    }

    /** Opens a post named by an export problem at its line (1-based, as problems count; 0 = no line). */
    void openProblem(Path file, int line) {
        commands.open(file).ifPresent(d -> {
            if (line > 0) {
                d.editor().goToLine(line - 1); // the editor counts paragraphs from 0
            }
        });
    }

    DocumentTabs tabs() {
        return tabs;
    }

    /** The action table's commands, mostly forwarded to {@link DocumentCommands} for the current document. */
    /**
     * What follows the current post: the post list's mark on it (decision 0187, put back after a reload, once the
     * list has done its own selection bookkeeping for the new items), whether Publish Draft applies, and the
     * publishing zone of its preview's date (decision 0188, once the blog's schema is read).
     */
    private void followCurrentPost() {
        javafx.beans.InvalidationListener mark = o -> posts.reveal(workspace.current().flatMap(DocumentModel::path)
                .orElse(null));
        workspace.currentProperty().addListener(mark);
        posts.listView().getItems().addListener((javafx.beans.InvalidationListener) o -> Platform.runLater(
                () -> mark.invalidated(o)));

        javafx.beans.InvalidationListener target = o -> publishable.set(targetPost().map(i ->
                i.status() == SidebarItem.Status.DRAFT || i.status() == SidebarItem.Status.UNPUBLISHED).orElse(false));
        posts.listView().getSelectionModel().selectedItemProperty().addListener(target);
        posts.listView().getItems().addListener(target);
        workspace.currentProperty().addListener(target);

        workspace.schemaProperty().addListener((o, a, b) -> workspace.documents().forEach(this::applyPublishZone));
        workspace.documents().addListener((javafx.collections.ListChangeListener<DocumentModel>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::applyPublishZone);
            }
        });
    }

    /** The post list beside the tabs; View > Post List takes the list out and puts it back at the width it had. */
    private SplitPane body() {
        SplitPane body = new SplitPane(posts.node(), tabs.node());
        body.getStyleClass().add("main-split");
        body.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(posts.node(), false);
        double[] sidebarAt = {0.2};
        javafx.beans.value.ChangeListener<Boolean> toggle = (o, was, shown) -> {
            if (!shown && body.getItems().contains(posts.node())) {
                sidebarAt[0] = body.getDividerPositions()[0];
                if (posts.listView().isFocused()) {
                    workspace.current().ifPresent(d -> d.editor().area().requestFocus());
                }
                body.getItems().remove(posts.node());
            } else if (shown && !body.getItems().contains(posts.node())) {
                body.getItems().add(0, posts.node());
                body.setDividerPositions(sidebarAt[0]);
            }
        };
        workspace.postListShownProperty().addListener(toggle);
        toggle.changed(null, true, workspace.postListShownProperty().get()); // hidden at start when last left so
        return body;
    }

    /** The blog's publishing zone for a post in the blog (none for a post elsewhere or a new one). */
    private void applyPublishZone(DocumentModel d) {
        Path blog = workspace.blogFolderProperty().get();
        var schema = workspace.schemaProperty().get();
        boolean inBlog = blog != null && schema != null
                && d.path().filter(p -> p.startsWith(blog.toAbsolutePath().normalize())).isPresent();
        d.setPublishZone(inBlog ? schema.publishZone().orElse(null) : null);
    }

    /** The post selected in the sidebar, else the current tab's post when the sidebar lists it. */
    private Optional<SidebarItem> targetPost() {
        SidebarItem s = posts.selected();
        if (s != null) {
            return Optional.of(s);
        }
        Optional<Path> current = workspace.current().flatMap(DocumentModel::path);
        return current.flatMap(p -> posts.model().all().stream().filter(i -> i.path().equals(p)).findFirst());
    }

    private final class WindowCommands implements AppActions.Commands {
        @Override
        public void newPost() {
            commands.newPost();
        }

        @Override
        public void openFile() {
            commands.openFileDialog();
        }

        @Override
        public void openFolder() {
            commands.openFolderDialog();
        }

        @Override
        public void open(Path file) {
            commands.open(file);
        }

        @Override
        public void openFolder(Path folder) {
            commands.openFolder(folder);
        }

        @Override
        public List<Path> recentFiles() {
            return services.settings().recentFiles();
        }

        @Override
        public List<Path> recentFolders() {
            return services.settings().recentFolders();
        }

        @Override
        public void save() {
            workspace.current().ifPresent(commands::save);
        }

        @Override
        public void saveAs() {
            workspace.current().ifPresent(commands::saveAs);
        }

        @Override
        public void closeTab() {
            workspace.current().ifPresent(commands::close);
        }

        @Override
        public void quit() {
            commands.quit();
        }

        @Override
        public void goToLine() {
            commands.goToLine();
        }

        @Override
        public void toggleOutline() {
            workspace.outlineShownProperty().set(!workspace.outlineShownProperty().get());
        }

        @Override
        public void refreshPosts() {
            posts.refresh();
        }

        @Override
        public void focusPostList() {
            if (!workspace.postListShownProperty().get()) {
                workspace.postListShownProperty().set(true);
                posts.listView().requestFocus();
            } else if (posts.listView().isFocused()) {
                workspace.current().ifPresent(d -> d.editor().area().requestFocus());
            } else {
                posts.listView().requestFocus();
            }
        }

        @Override
        public void newBlogPost(boolean draft) {
            blogCommands.newPost(draft);
        }

        @Override
        public void renamePost() {
            selectedPost().ifPresent(blogCommands::rename);
        }

        @Override
        public void deletePost() {
            selectedPost().ifPresent(blogCommands::delete);
        }

        @Override
        public void publishDraft() {
            selectedPost().ifPresent(blogCommands::publish);
        }

        @Override
        public void searchPosts() {
            posts.focusSearch();
        }

        @Override
        public void exportSite() {
            showExport();
        }

        @Override
        public javafx.beans.value.ObservableBooleanValue canPublishDraft() {
            return publishable;
        }

        /** The post selected in the sidebar, else the current tab's post when the sidebar lists it. */
        private Optional<SidebarItem> selectedPost() {
            Optional<SidebarItem> found = targetPost();
            if (found.isEmpty()) {
                services.prompter().showInfo("No Post Selected", "Select a post in the sidebar first.");
            }
            return found;
        }

        @Override
        public void showShortcuts() {
            app.quire.ui.help.ShortcutsWindow.show(scene.getWindow(), actions, workspace.darkProperty().get());
        }

        @Override
        public void showHistory() {
            commands.showHistory();
        }

        @Override
        public void showGuide() {
            app.quire.ui.help.HelpWindow.show(scene.getWindow(), workspace.darkProperty().get(),
                    url -> showDocument.accept(url));
        }

        @Override
        public void showPreferences() {
            app.quire.ui.prefs.PreferencesWindow.show(scene.getWindow(), workspace, services.background());
        }

        @Override
        public void showAbout() {
            services.prompter().showInfo("About Quire", "Quire — a desktop Markdown editor for static blogs.\n"
                    + "Java " + System.getProperty("java.version") + ", JavaFX "
                    + System.getProperty("javafx.runtime.version", "?"));
        }
    }

    /** Runs an action of the table by id (tests, toolbar). */
    public void run(String actionId) {
        actions.find(actionId).ifPresent(Action::run);
    }
}
