package app.quire.ui.frontmatter;

import app.quire.post.DateStyle;
import app.quire.post.FrontMatter;
import app.quire.post.FrontMatterEditException;
import app.quire.post.PostDate;
import app.quire.post.PostDates;
import app.quire.post.Slug;
import app.quire.post.schema.FieldSpec;
import app.quire.post.schema.FieldType;
import app.quire.post.schema.FrontMatterSchema;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;

/**
 * The front matter form above a post's editor. It reads the front matter from the editor's {@link CodeArea} (re-read
 * only when a change touches the block) and writes each field edit back through the lossless {@link FrontMatter}
 * as one undoable replacement of just the changed characters, so Ctrl+Z in the editor undoes it and the caret in
 * the body stays put. Broken YAML makes the form read-only with the error's line and column; TOML is read-only.
 *
 * <p>Usage: {@code var form = new FrontMatterForm(area, schema); pane.setTop(form.node());} then
 * {@link #setPostFile}, {@link #setSchema} when the blog is (re)scanned, {@link #setCollapsed}. FX thread only.
 */
public final class FrontMatterForm {

    private final CodeArea area;
    private final AreaFrontMatter source;
    private Supplier<FrontMatterSchema> schemaSupplier;
    private FrontMatterSchema schema;
    private final Map<String, List<String>> suggestions = new HashMap<>();
    private Path postFile;
    private Supplier<ZonedDateTime> clock;
    private final BooleanProperty collapsed = new SimpleBooleanProperty(this, "collapsed", false);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly", false);
    private boolean refreshing;
    private boolean slugFollows = true;

    private final VBox root = new VBox();
    private final Button toggle = new Button();
    private final Label summary = new Label();
    private final Label summaryDate = new Label();
    private final Label status = new Label();
    private final VBox body = new VBox();
    private final CappedScroll bodyScroll = new CappedScroll(body);
    private final Label message = new Label();
    private final VBox fields = new VBox();
    private final Map<String, Label> problems = new HashMap<>();
    private final Map<String, Label> labels = new HashMap<>();

    private final TextField title = new TextField();
    private final DateField date;
    private final TextField author = new TextField();
    private final ChipsField categories;
    private final ChipsField tags;
    private final ImageField hero;
    private final CheckBox draft = new CheckBox("draft");
    private final ComboBox<String> layout = new ComboBox<>();
    private final TextField slug = new TextField();
    private final TextArea description = new TextArea();
    private final Label descriptionCounter = new Label();
    private final HBox authorGroup;
    private final HBox categoriesGroup;
    private final HBox tagsGroup;
    private final HBox heroGroup;
    private final HBox layoutGroup;
    private final HBox slugGroup;
    private final ReflowRow heroRow;
    private final ReflowRow slugRow;
    private final HBox draftGroup;
    private final TitledPane more = new TitledPane();
    private final GridPane moreGrid = new GridPane();
    private final TextField newKey = new TextField();
    private final List<Consumer<FrontMatter>> moreUpdaters = new ArrayList<>();
    private String moreSignature = "";
    /** Which key each main field writes, decided from the post and the schema at each refresh. */
    private String categoryKeyShown = "categories";
    private String heroKey = "image";
    private String descriptionKey = "description";
    private String draftKey = "draft";

    /** A form over an editor's text, with a fixed schema (see {@link #setSchema}). */
    public FrontMatterForm(CodeArea area, FrontMatterSchema schema) {
        this(area, () -> schema);
    }

    /** A form over an editor's text; the supplier is asked again by {@link #refreshSchema()}. */
    public FrontMatterForm(CodeArea area, Supplier<FrontMatterSchema> schema) {
        this.area = Objects.requireNonNull(area, "area");
        this.schemaSupplier = Objects.requireNonNull(schema, "schema");
        this.schema = Objects.requireNonNullElse(schema.get(), FrontMatterSchema.empty());
        this.clock = () -> ZonedDateTime.now(this.schema.zone().orElse(ZoneId.systemDefault()));
        this.date = new DateField(() -> clock.get());
        this.categories = new ChipsField("category", () -> suggestionsFor("categories"));
        categories.setWrapEm(17);
        this.tags = new ChipsField("tag", () -> suggestionsFor("tags"));
        this.hero = new ImageField(this::siteRoot, () -> postFile == null ? null : postFile.getParent());
        this.source = new AreaFrontMatter(area);
        root.getStyleClass().add("fm-form");
        root.getStylesheets().add(Objects.requireNonNull(
                FrontMatterForm.class.getResource("front-matter-form.css")).toExternalForm());

        toggle.getStyleClass().add("fm-toggle");
        toggle.setId("fm-toggle");
        toggle.setFocusTraversable(true);
        toggle.setOnAction(e -> collapsed.set(!collapsed.get()));
        Label heading = new Label("Front matter");
        heading.getStyleClass().add("fm-heading");
        heading.setMinWidth(Region.USE_PREF_SIZE); // folded in a narrow window it said "..."
        summary.getStyleClass().add("fm-summary");
        summary.setId("fm-summary");
        summary.setMinWidth(0);
        // the date has its own label: a long title gives up its end, never the date
        summaryDate.getStyleClass().add("fm-summary");
        summaryDate.setId("fm-summary-date");
        summaryDate.setMinWidth(Region.USE_PREF_SIZE);
        status.getStyleClass().add("fm-status");
        status.setId("fm-status");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(toggle, heading, summary, summaryDate, spacer, status);
        header.getStyleClass().add("fm-header");
        header.setAlignment(Pos.CENTER_LEFT);

        message.getStyleClass().add("fm-message");
        message.setId("fm-message");
        message.setWrapText(true);
        showManaged(message, false);

        title.setId("fm-title");
        title.setPromptText("Title");
        author.setId("fm-author");
        author.setPromptText("author");
        author.setPrefColumnCount(10);
        draft.setId("fm-draft");
        draft.setMinWidth(Region.USE_PREF_SIZE);
        layout.setId("fm-layout");
        layout.setEditable(true);
        layout.setPrefWidth(Region.USE_COMPUTED_SIZE);
        layout.setMinWidth(Region.USE_PREF_SIZE);
        slug.setId("fm-slug");
        slug.setPromptText("slug");
        description.setId("fm-description");
        description.setPrefRowCount(2);
        description.setWrapText(true);
        description.setPromptText("A sentence or two for search results and link previews");
        descriptionCounter.setId("fm-description-counter");
        descriptionCounter.getStyleClass().add("fm-counter");

        HBox titleGroup = group("title", "title", title);
        HBox.setHgrow(titleGroup, Priority.ALWAYS);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox dateGroup = group("date", "date", date.node());
        authorGroup = group("author", "author", author);
        categoriesGroup = group("categories", "category", categories.node());
        tagsGroup = group("tags", "tags", tags.node());
        // Both share the row's spare width: a long category chip keeps its input on the same line.
        HBox.setHgrow(categoriesGroup, Priority.ALWAYS);
        HBox.setHgrow(tagsGroup, Priority.ALWAYS);
        heroGroup = group("hero", "hero", hero.node());
        HBox.setHgrow(heroGroup, Priority.ALWAYS);
        layoutGroup = group("layout", "layout", layout);
        slugGroup = group("slug", "slug", slug);
        draftGroup = new HBox(draft);
        draftGroup.getStyleClass().add("fm-group");
        draftGroup.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(slug, Priority.ALWAYS);
        HBox.setHgrow(description, Priority.ALWAYS);
        VBox descriptionBox = new VBox(description, descriptionCounter);
        HBox.setHgrow(descriptionBox, Priority.ALWAYS);
        HBox descriptionGroup = group("description", "description", descriptionBox);
        HBox.setHgrow(descriptionGroup, Priority.ALWAYS);

        more.setText("More fields");
        more.setId("fm-more");
        more.setExpanded(false);
        more.setAnimated(false);
        more.getStyleClass().add("fm-more");
        moreGrid.getStyleClass().add("fm-more-grid");
        newKey.setId("fm-new-key");
        newKey.setPromptText("new key");
        newKey.setPrefColumnCount(10);
        Button addKey = new Button("Add field");
        addKey.setId("fm-add-key");
        addKey.setOnAction(e -> addKey());
        newKey.setOnAction(e -> addKey());
        HBox addRow = new HBox(newKey, addKey);
        addRow.getStyleClass().add("fm-row");
        more.setContent(new VBox(moreGrid, addRow));

        fields.getStyleClass().add("fm-fields");
        // The layout and slug fields join the scene when first shown (decision 0165): many blogs never use them.
        heroRow = row(heroGroup, draftGroup);
        slugRow = row(slugGroup);
        fields.getChildren().addAll(row(titleGroup, dateGroup), row(authorGroup, categoriesGroup, tagsGroup),
                heroRow, row(descriptionGroup), more);
        body.getStyleClass().add("fm-body");
        body.getChildren().addAll(message, fields);
        root.getChildren().addAll(header, bodyScroll);

        wireEdits();
        collapsed.addListener((o, a, b) -> applyCollapsed());
        applyCollapsed();
        source.onFrontMatterChanged(this::refresh);
        refresh(source.current(), false);
    }

    // ------------------------------------------------------------------ public API

    /** The form's node, to be placed above the editor. */
    public Node node() {
        return root;
    }

    /** Collapsed: one line with the title and date. */
    public BooleanProperty collapsedProperty() {
        return collapsed;
    }

    public boolean isCollapsed() {
        return collapsed.get();
    }

    public void setCollapsed(boolean value) {
        collapsed.set(value);
    }

    /** True while the front matter cannot be edited by the form (broken YAML, TOML); the text stays editable. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** The front matter as the editor's text has it now. */
    public FrontMatter frontMatter() {
        return source.current();
    }

    /** Replaces the schema (e.g. after the blog was re-scanned in the background); refreshes the fields. */
    public void setSchema(FrontMatterSchema newSchema) {
        schema = Objects.requireNonNullElse(newSchema, FrontMatterSchema.empty());
        moreSignature = "";
        hero.updatePlaces(postFile);
        refresh(source.current(), false);
    }

    /** Asks the schema supplier again. */
    public void refreshSchema() {
        setSchema(schemaSupplier.get());
    }

    /** Extra suggestions for a key ("author", "categories", "tags", "layout" or any other), shown first. */
    public void setSuggestions(String key, Collection<String> values) {
        suggestions.put(key, List.copyOf(values));
        if (key.equals("layout")) {
            refresh(source.current(), false);
        }
    }

    /** The post's file (null for a new post): relative image paths and the slug check use it. */
    public void setPostFile(Path file) {
        postFile = file;
        hero.updatePlaces(file);
        refresh(source.current(), false);
    }

    /** The site folder (where site-root image paths resolve and chosen images are copied); overrides the schema's. */
    public void setSiteFolder(Path folder) {
        schema = schema.withSiteRoot(folder);
        hero.updatePlaces(postFile);
        refresh(source.current(), false);
    }

    /** Replaces the file chooser of the hero image (tests, or a chooser that remembers its folder). */
    public void setImageChooser(Function<Window, Optional<Path>> chooser) {
        hero.setChooser(chooser);
    }

    /** Uses an image file for the hero image as if chosen or dropped. */
    public void useHeroImage(Path file) {
        hero.useFile(file);
    }

    /** The clock for the "Now" button (tests). */
    public void setClock(Supplier<ZonedDateTime> newClock) {
        clock = Objects.requireNonNull(newClock);
    }

    /** Stops listening to the editor. */
    public void dispose() {
        source.dispose();
    }

    // ------------------------------------------------------------------ edits

    private void wireEdits() {
        title.textProperty().addListener((o, a, text) -> edit(fm -> {
            FrontMatter e = fm.withTitle(text);
            if (slugShown(fm) && slugFollows) {
                e = e.set("slug", Slug.of(text));
            }
            return e;
        }));
        date.setOnChange(d -> edit(fm -> withDate(fm, d)));
        author.textProperty().addListener((o, a, text) -> edit(fm -> fm.set("author", text)));
        Suggestions.attach(author, () -> suggestionsFor("author"), author::setText);
        categories.setOnChange(list -> edit(fm -> withCategories(fm, list)));
        tags.setOnChange(list -> edit(fm -> fm.withTags(list)));
        hero.setOnChange(path -> edit(fm -> heroKey == null || path.isEmpty() && !fm.has(heroKey) ? fm
                : fm.set(heroKey, path)));
        hero.setOnError(this::setStatus);
        draft.selectedProperty().addListener((o, a, on) -> edit(fm -> fm.set(draftKey, on)));
        layout.valueProperty().addListener((o, a, v) -> edit(fm -> v == null || v.isEmpty() && !fm.has("layout")
                ? fm : fm.set("layout", v)));
        slug.textProperty().addListener((o, a, text) -> {
            if (!refreshing) {
                slugFollows = false;
            }
            edit(fm -> fm.set("slug", text));
        });
        description.textProperty().addListener((o, a, text) -> {
            updateCounter(text);
            edit(fm -> text.isEmpty() && !fm.has(descriptionKey) ? fm
                    : FrontMatterBlocks.withText(fm, descriptionKey, text));
        });
    }

    private FrontMatter withDate(FrontMatter fm, PostDate d) {
        Optional<PostDate> old = fm.date();
        DateStyle siteStyle = schema.dateStyle().dateOnly() ? DateStyle.JEKYLL : schema.dateStyle();
        if (old.isPresent() && !(old.get().style().dateOnly() && !date.dayOnly())) {
            return fm.withDate(d);
        }
        DateStyle style = date.dayOnly() && d.offset().isEmpty() ? DateStyle.DATE_ONLY : siteStyle;
        return old.isPresent() || fm.has("date") ? fm.set("date", PostDates.format(d, style))
                : fm.withDate(d.withStyle(style));
    }

    private FrontMatter withCategories(FrontMatter fm, List<String> list) {
        if (!fm.has("category") && !fm.has("categories") && list.size() > 1
                && schema.categoryKey().equals("category")) {
            return fm.set("categories", list);
        }
        return fm.withCategories(list);
    }

    /** Applies one edit to the front matter in the text (no-op while refreshing or read-only). */
    private void edit(UnaryOperator<FrontMatter> change) {
        if (refreshing || readOnly.get()) {
            return;
        }
        FrontMatter fm = source.current();
        try {
            FrontMatter edited = change.apply(fm);
            setStatus("");
            source.write(edited);
        } catch (FrontMatterEditException e) {
            setStatus(e.getMessage());
        }
    }

    private void addKey() {
        String key = newKey.getText().strip();
        if (key.isEmpty()) {
            return;
        }
        if (source.current().has(key)) {
            setStatus("The post already has a field '" + key + "'.");
            return;
        }
        edit(fm -> FrontMatterBlocks.withEmptyKey(fm, key));
        newKey.clear();
    }

    // ------------------------------------------------------------------ refresh from text

    private void refresh(FrontMatter fm, boolean fromForm) {
        refreshing = true;
        try {
            boolean editable = fm.editable();
            readOnly.set(!editable);
            fields.setDisable(!editable);
            showMessage(fm);
            if (!fromForm) {
                slugFollows = fm.slug().map(s -> s.equals(Slug.of(fm.title().orElse("")))).orElse(true);
            }
            setText(title, fm.title().orElse(""));
            date.show(fm.date(), fm.dateText().orElse(""));
            boolean authorPlain = !(fm.get("author").orElse("") instanceof List || fm.get("author").orElse("") instanceof Map);
            showManaged(authorGroup, authorPlain);
            if (authorPlain) {
                setText(author, fm.string("author").orElse(""));
            }
            categoryKeyShown = fm.has("categories") ? "categories" : fm.has("category") ? "category"
                    : schema.categoryKey();
            labels.get("categories").setText(categoryKeyShown);
            categories.show(readable(fm, fm.categories()));
            tags.show(readable(fm, fm.tags()));
            heroKey = heroKeyOf(fm);
            showManaged(heroGroup, heroKey != null);
            if (heroKey != null) {
                labels.get("hero").setText(heroKey.equals("heroimage") ? "hero" : heroKey);
                hero.show(fm.string(heroKey).orElse(""));
            }
            draftKey = fm.has("published") && !fm.has("draft") ? "published" : "draft";
            draft.setText(draftKey);
            boolean on = fm.bool(draftKey).orElse(false);
            if (draft.isSelected() != on) {
                draft.setSelected(on);
            }
            boolean layoutShown = fm.has("layout") || schema.field("layout").isPresent()
                    || !suggestionsFor("layout").isEmpty();
            showInPlace(layoutGroup, heroRow, 1, layoutShown);
            List<String> layouts = suggestionsFor("layout");
            if (!layout.getItems().equals(layouts)) {
                layout.getItems().setAll(layouts);
            }
            String l = fm.layout().orElse("");
            if (!Objects.equals(layout.getValue() == null ? "" : layout.getValue(), l)) {
                layout.setValue(l);
            }
            boolean slugOn = slugShown(fm);
            showInPlace(slugRow, fields, fields.getChildren().indexOf(heroRow) + 1, slugOn);
            setText(slug, fm.slug().orElse(""));
            descriptionKey = FrontMatterChecks.descriptionKey(fm, schema);
            labels.get("description").setText(descriptionKey);
            setText(description, fm.string(descriptionKey).orElse(""));
            updateCounter(description.getText());
            refreshMore(fm);
            showProblems(fm);
            summary.setText(fm.title().orElse("(no title)"));
            String when = dateSummaryOf(fm);
            summaryDate.setText(when.isEmpty() ? "" : "\u00b7  " + when);
        } finally {
            refreshing = false;
        }
    }

    private void showMessage(FrontMatter fm) {
        String text = "";
        message.getStyleClass().removeAll("fm-error", "fm-note");
        if (fm.kind() == FrontMatter.Kind.TOML) {
            text = "This post has TOML front matter (+++). Quire shows it here read-only; edit it in the text.";
            message.getStyleClass().add("fm-note");
        } else if (fm.kind() == FrontMatter.Kind.JSON && fm.problem().isEmpty()) {
            text = "This post has JSON front matter. Quire shows it here read-only; edit it in the text.";
            message.getStyleClass().add("fm-note");
        } else if (fm.problem().isPresent()) {
            var p = fm.problem().get();
            text = "Line " + p.line() + ", column " + p.column() + ": " + p.message()
                    + ". Fix it in the text; the form is read-only until the "
                    + (fm.kind() == FrontMatter.Kind.JSON ? "JSON" : "YAML") + " reads again.";
            message.getStyleClass().add("fm-error");
        }
        message.setText(text);
        showManaged(message, !text.isEmpty());
    }

    private void showProblems(FrontMatter fm) {
        Map<String, String> found = FrontMatterChecks.check(fm, schema, postFile);
        problems.forEach((key, label) -> {
            String p = found.get(key);
            if (key.equals("categories")) {
                p = found.getOrDefault(categoryKeyShown, p);
            } else if (key.equals("hero")) {
                p = found.get(heroKey);
            } else if (key.equals("description")) {
                p = found.get(descriptionKey);
            }
            label.setText(p == null ? "" : p);
            showManaged(label, p != null);
        });
        String status = found.entrySet().stream().filter(e -> !problems.containsKey(e.getKey())
                && !e.getKey().equals(heroKey) && !e.getKey().equals(descriptionKey)
                && !e.getKey().equals(categoryKeyShown)).map(Map.Entry::getValue).findFirst().orElse("");
        setStatus(status);
    }

    private void refreshMore(FrontMatter fm) {
        Set<String> main = mainKeys(fm);
        List<String> keys = new ArrayList<>();
        for (String k : fm.keys()) {
            if (!main.contains(k)) {
                keys.add(k);
            }
        }
        for (FieldSpec f : schema.fields()) {
            if (!main.contains(f.key()) && !keys.contains(f.key()) && (f.required() || f.usage() > 0
                    && f.usage() * 4 >= Math.max(1, schema.postCount()))) {
                keys.add(f.key());
            }
        }
        StringBuilder sig = new StringBuilder();
        for (String k : keys) {
            sig.append(k).append('=').append(shapeOf(fm, k)).append(';');
        }
        if (!sig.toString().equals(moreSignature)) {
            moreSignature = sig.toString();
            moreGrid.getChildren().clear();
            moreUpdaters.clear();
            int row = 0;
            for (String k : keys) {
                addMoreRow(k, shapeOf(fm, k), fm.has(k), row++);
            }
            more.setText(keys.isEmpty() ? "More fields" : "More fields (" + keys.size() + ")");
        }
        moreUpdaters.forEach(u -> u.accept(fm));
    }

    private void addMoreRow(String key, String shape, boolean present, int row) {
        Label name = new Label(key);
        name.getStyleClass().add("fm-label");
        Node editor;
        switch (shape) {
            case "yaml": {
                YamlKeyEditor y = new YamlKeyEditor(key);
                y.setOnApply(edited -> edit(fm -> edited));
                moreUpdaters.add(y::show);
                editor = y.node();
                break;
            }
            case "list": {
                ChipsField c = new ChipsField(key, () -> suggestionsFor(key));
                c.node().setId("fm-field-" + key);
                c.setOnChange(list -> edit(fm -> fm.set(key, list)));
                moreUpdaters.add(fm -> c.show(listOf(fm.get(key).orElse(List.of()))));
                editor = c.node();
                break;
            }
            case "bool": {
                CheckBox b = new CheckBox();
                b.setId("fm-field-" + key);
                b.selectedProperty().addListener((o, a, on) -> edit(fm -> fm.set(key, on)));
                moreUpdaters.add(fm -> b.setSelected(fm.bool(key).orElse(false)));
                editor = b;
                break;
            }
            case "text": {
                TextArea t = new TextArea();
                t.setId("fm-field-" + key);
                t.setPrefRowCount(3);
                t.setWrapText(true);
                t.textProperty().addListener((o, a, text) -> edit(fm -> FrontMatterBlocks.withText(fm, key, text)));
                moreUpdaters.add(fm -> setText(t, fm.string(key).orElse("")));
                editor = t;
                break;
            }
            default: {
                TextField t = new TextField();
                t.setId("fm-field-" + key);
                schema.field(key).ifPresent(f -> t.setPromptText(f.type().name().toLowerCase(java.util.Locale.ROOT)
                        + (f.defaultValue().isEmpty() ? "" : ", default " + f.defaultValue())));
                t.textProperty().addListener((o, a, text) -> edit(fm -> !fm.has(key) && text.isEmpty() ? fm
                        : fm.set(key, typed(fm.get(key).orElse(null), text))));
                Suggestions.attach(t, () -> suggestionsFor(key), t::setText);
                moreUpdaters.add(fm -> setText(t, fm.get(key).map(String::valueOf).orElse("")));
                editor = t;
            }
        }
        GridPane.setHgrow(editor, Priority.ALWAYS);
        moreGrid.add(name, 0, row);
        moreGrid.add(editor, 1, row);
        if (present) {
            Button remove = new Button("\u00d7");
            remove.setId("fm-remove-" + key);
            remove.getStyleClass().add("fm-remove");
            remove.setAccessibleText("Remove the field " + key);
            remove.setTooltip(new javafx.scene.control.Tooltip("Remove " + key + " (Ctrl+Z in the editor undoes it)"));
            remove.setOnAction(e -> edit(fm -> fm.remove(key)));
            moreGrid.add(remove, 2, row);
        }
    }

    /** A number stays a number when the text still is one. */
    private static Object typed(Object old, String text) {
        try {
            if (old instanceof Long && text.strip().matches("-?\\d+")) {
                return Long.parseLong(text.strip());
            }
            if (old instanceof Double && !text.isBlank()) {
                return Double.parseDouble(text.strip());
            }
        } catch (NumberFormatException e) {
            return text;
        }
        return text;
    }

    private String shapeOf(FrontMatter fm, String key) {
        Object v = fm.get(key).orElse(null);
        if (v instanceof Map || v instanceof List && ((List<?>) v).stream().anyMatch(o -> o instanceof Map
                || o instanceof List)) {
            return "yaml";
        }
        if (v instanceof List) {
            return "list";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof String && ((String) v).contains("\n")) {
            return "text";
        }
        if (v == null) {
            FieldType t = schema.field(key).map(FieldSpec::type).orElse(FieldType.STRING);
            return t == FieldType.LIST ? "list" : t == FieldType.BOOL ? "bool" : t == FieldType.TEXT ? "text"
                    : t == FieldType.NESTED && !fm.has(key) ? "string" : t == FieldType.NESTED ? "yaml" : "string";
        }
        return "string";
    }

    private Set<String> mainKeys(FrontMatter fm) {
        Set<String> main = new LinkedHashSet<>();
        main.add("title");
        main.add("date");
        if (!(fm.get("author").orElse("") instanceof List || fm.get("author").orElse("") instanceof Map)) {
            main.add("author");
        }
        for (String k : List.of("category", "categories", "tags", "tag")) {
            if (!fm.has(k) || !shapeOf(fm, k).equals("yaml")) {
                main.add(k);
            }
        }
        if (heroKeyOf(fm) != null) {
            main.add(heroKeyOf(fm));
        }
        main.add(draftKey);
        main.add("layout");
        if (slugShown(fm)) {
            main.add("slug");
        }
        main.add(FrontMatterChecks.descriptionKey(fm, schema));
        main.removeIf(k -> fm.has(k) && shapeOf(fm, k).equals("yaml"));
        return main;
    }

    private String heroKeyOf(FrontMatter fm) {
        for (String k : FrontMatterChecks.HERO_KEYS) {
            if (fm.has(k) && !(fm.get(k).orElse("") instanceof Map) && !(fm.get(k).orElse("") instanceof List)) {
                return k;
            }
        }
        String k = schema.heroKey();
        return fm.has(k) ? null : k;
    }

    private boolean slugShown(FrontMatter fm) {
        return fm.has("slug") || schema.usesSlug();
    }

    private List<String> suggestionsFor(String key) {
        List<String> out = new ArrayList<>(suggestions.getOrDefault(key, List.of()));
        schema.vocabulary(key).stream().filter(v -> !out.contains(v)).forEach(out::add);
        return out;
    }

    /** Broken YAML is read by a line scan that leaves flow-list brackets and quotes on the words; drop them. */
    private static List<String> readable(FrontMatter fm, List<String> values) {
        if (fm.problem().isEmpty()) {
            return values;
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            String w = v.replaceAll("^[\\[\"']+|[\\],\"']+$", "");
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> listOf(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List) {
            ((List<?>) v).forEach(o -> out.add(String.valueOf(o)));
        }
        return out;
    }

    /** The date as the folded form shows it: day, time and offset as written ({@code 2021-12-10 00:00 +10:00}). */
    private static String dateSummaryOf(FrontMatter fm) {
        return fm.date().map(p -> p.localDateTime().toLocalDate() + (p.style().dateOnly() ? ""
                : " " + p.localDateTime().toLocalTime().toString().substring(0, 5))
                + p.offset().map(o -> " " + DateField.offsetText(o)).orElse(""))
                .orElse(fm.dateText().orElse(""));
    }

    private void updateCounter(String text) {
        int n = text.codePointCount(0, text.length());
        descriptionCounter.setText(n + " / " + FrontMatterChecks.DESCRIPTION_LIMIT);
        descriptionCounter.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("over"),
                n > FrontMatterChecks.DESCRIPTION_LIMIT);
    }

    private Path siteRoot() {
        return schema.siteRoot().orElse(null);
    }

    private void setStatus(String text) {
        status.setText(text);
        status.setTooltip(text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
    }

    private void applyCollapsed() {
        boolean c = collapsed.get();
        toggle.setText(c ? "\u25b8" : "\u25be");
        toggle.setAccessibleText(c ? "Expand the front matter form" : "Collapse the front matter form");
        showManaged(body, !c);
        showManaged(bodyScroll, !c);
        showManaged(summary, c);
        showManaged(summaryDate, c);
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("collapsed"), c);
    }

    // ------------------------------------------------------------------ layout helpers

    private HBox group(String problemKey, String labelText, Node control) {
        Label label = new Label(labelText);
        label.getStyleClass().add("fm-label");
        // In a narrow window the fields give up width, never the labels ("ca…", "t…" said nothing).
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(control);
        labels.put(problemKey, label);
        Label problem = new Label();
        problem.getStyleClass().add("fm-problem");
        problem.setId("fm-problem-" + problemKey);
        problem.setWrapText(true);
        // Wraps within the width its field gets instead of widening the field's column.
        problem.setPrefWidth(0);
        problem.setMaxWidth(Double.MAX_VALUE);
        showManaged(problem, false);
        problems.put(problemKey, problem);
        VBox withProblem = new VBox(control, problem);
        withProblem.getStyleClass().add("fm-control");
        HBox.setHgrow(withProblem, Priority.ALWAYS);
        HBox g = new HBox(label, withProblem);
        g.getStyleClass().add("fm-group");
        g.setAlignment(Pos.TOP_LEFT);
        return g;
    }

    /** A row of groups that moves groups onto further lines when the form is too narrow for them (0241). */
    private static ReflowRow row(Node... groups) {
        if (groups.length > 0 && groups[0] instanceof HBox && !((HBox) groups[0]).getChildren().isEmpty()) {
            ((HBox) groups[0]).getChildren().get(0).getStyleClass().add("fm-lead");
        }
        ReflowRow r = new ReflowRow(1, 0.35, groups);
        r.getStyleClass().add("fm-row");
        return r;
    }

    /**
     * Like {@link #showManaged} for a part that is left out of the scene until it is first shown, at
     * {@code index} of {@code parent}: hidden nodes still cost CSS and layout work in the first frame.
     */
    private static void showInPlace(Node n, Pane parent, int index, boolean on) {
        if (on && n.getParent() == null) {
            parent.getChildren().add(index, n);
        }
        if (n.getParent() != null) {
            showManaged(n, on);
        }
    }

    private static void showManaged(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    private static void setText(javafx.scene.control.TextInputControl field, String text) {
        if (!field.getText().equals(text)) {
            field.setText(text);
        }
    }

    /** Test access. */
    CodeArea area() {
        return area;
    }

    /** Test access: how often the front matter block was re-read from the text. */
    int rereads() {
        return source.rereads();
    }
}
