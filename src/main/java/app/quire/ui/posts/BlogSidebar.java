package app.quire.ui.posts;

import app.quire.ui.ListLaterComboSkin;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The blog sidebar: the blog's name and post count, a search field (title and text, results as you type),
 * category/tag/status filters, the sort order, and the virtualised list of posts (title, date, a badge for
 * drafts, scheduled and unpublished posts). Click or Enter opens a post; F2 renames, Delete deletes; the
 * context menu has the Blog commands. State lives in {@link SidebarModel}.
 */
public final class BlogSidebar {
    /** How long typing must pause before the search runs. */
    static final Duration DEBOUNCE = Duration.millis(150);
    private static final String ALL_CATEGORIES = "All categories";
    private static final String ALL_TAGS = "All tags";

    private final SidebarModel model;
    private final ListView<SidebarItem> list = new ListView<>();
    private final TextField search = new TextField();
    private final ComboBox<String> category = new ComboBox<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final ComboBox<SidebarModel.StatusFilter> status = new ComboBox<>();
    private final ComboBox<SidebarModel.Sort> sort = new ComboBox<>();
    private final Label header = new Label("POSTS");
    private final Label count = new Label();
    private final Label placeholder = new Label();
    private final VBox root;
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private final Supplier<Path> folder;
    private Consumer<Path> onOpen = p -> { };
    private BlogCommands commands;

    public BlogSidebar(SidebarModel model, Supplier<Path> folder) {
        this.model = model;
        this.folder = folder;
        root = new VBox();
        root.getStyleClass().addAll("post-list", "blog-sidebar");
        root.getStylesheets().add(BlogSidebar.class.getResource("sidebar.css").toExternalForm());
        header.getStyleClass().add("post-list-header");
        header.setMinWidth(0);
        count.getStyleClass().add("sidebar-count");
        count.setId("post-count");
        Button add = new Button("+");
        add.setId("new-blog-post");
        add.getStyleClass().add("sidebar-add");
        add.setTooltip(new Tooltip("New Post in Blog…"));
        add.setFocusTraversable(false);
        add.setOnAction(e -> {
            if (commands != null) {
                commands.newPost(false);
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(header, gap, count, add);
        top.getStyleClass().add("sidebar-top");

        search.setId("post-search");
        search.setPromptText("Search titles and text");
        search.getStyleClass().add("sidebar-search");
        search.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        debounce.setOnFinished(e -> model.queryProperty().set(search.getText()));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                model.queryProperty().set(search.getText());
                list.requestFocus();
                if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
                e.consume();
            }
        });

        setUpFilters();
        HBox filters1 = new HBox(category, tag);
        HBox filters2 = new HBox(status, sort);
        for (HBox row : new HBox[] {filters1, filters2}) {
            row.getStyleClass().add("sidebar-filters");
            row.getChildren().forEach(n -> {
                HBox.setHgrow(n, Priority.ALWAYS);
                ((Region) n).setMaxWidth(Double.MAX_VALUE);
                ((Region) n).setMinWidth(0);
                ((Region) n).setPrefWidth(10);
            });
        }
        for (ComboBox<?> box : java.util.List.of(category, tag, status, sort)) {
            ListLaterComboSkin.install(box);
        }

        list.setId("post-list");
        list.setPlaceholder(placeholder);
        placeholder.getStyleClass().add("empty-hint");
        placeholder.setWrapText(true);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setItems(model.shown());
        list.setCellFactory(v -> new PostCell());
        list.setContextMenu(contextMenu());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                openSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.F2 && commands != null) {
                commands.rename(selected());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && commands != null) {
                commands.delete(selected());
                e.consume();
            }
        });
        model.shown().addListener((ListChangeListener<SidebarItem>) c -> updateCount());
        model.loadingProperty().addListener((o, a, b) -> updateCount());
        javafx.scene.layout.StackPane searchBox = new javafx.scene.layout.StackPane(search);
        searchBox.getStyleClass().add("sidebar-search-box");
        root.getChildren().addAll(top, searchBox, filters1, filters2, list);
        updateCount();
    }

    private void setUpFilters() {
        category.setId("filter-category");
        tag.setId("filter-tag");
        status.setId("filter-status");
        sort.setId("sort-order");
        fill(category, model.categories(), ALL_CATEGORIES);
        fill(tag, model.tags(), ALL_TAGS);
        model.categories().addListener((ListChangeListener<String>) c -> fill(category, model.categories(),
                ALL_CATEGORIES));
        model.tags().addListener((ListChangeListener<String>) c -> fill(tag, model.tags(), ALL_TAGS));
        category.valueProperty().addListener((o, a, b) -> model.categoryProperty().set(
                b == null || b.equals(ALL_CATEGORIES) ? SidebarModel.ANY : b));
        tag.valueProperty().addListener((o, a, b) -> model.tagProperty().set(
                b == null || b.equals(ALL_TAGS) ? SidebarModel.ANY : b));
        model.categoryProperty().addListener((o, a, b) -> category.setValue(b == null || b.isEmpty() ? ALL_CATEGORIES : b));
        model.tagProperty().addListener((o, a, b) -> tag.setValue(b == null || b.isEmpty() ? ALL_TAGS : b));
        status.getItems().setAll(SidebarModel.StatusFilter.values());
        status.valueProperty().bindBidirectional(model.statusProperty());
        sort.getItems().setAll(SidebarModel.Sort.values());
        sort.valueProperty().bindBidirectional(model.sortProperty());
        // the closed box has room for a word: "Category" / "Tag" stand for the "All ..." entries of the list
        category.setButtonCell(shortAll(ALL_CATEGORIES, "Category"));
        tag.setButtonCell(shortAll(ALL_TAGS, "Tag"));
        category.setTooltip(new Tooltip("Show only posts in this category"));
        tag.setTooltip(new Tooltip("Show only posts with this tag"));
        status.setTooltip(new Tooltip("Published posts, drafts, or both"));
        sort.setTooltip(new Tooltip("Order of the list"));
    }

    /** A button cell that shows {@code label} for the "all" entry and the chosen value otherwise. */
    private static ListCell<String> shortAll(String all, String label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null || item.equals(all) ? label : item);
            }
        };
    }

    private static void fill(ComboBox<String> box, java.util.List<String> values, String all) {
        String current = box.getValue();
        box.getItems().setAll(all);
        box.getItems().addAll(values);
        box.setValue(current != null && box.getItems().contains(current) ? current : all);
    }

    private ContextMenu contextMenu() {
        MenuItem open = new MenuItem("Open");
        open.setOnAction(e -> openSelected());
        MenuItem newPost = new MenuItem("New Post in Blog…");
        newPost.setOnAction(e -> commands.newPost(false));
        MenuItem newDraft = new MenuItem("New Draft in Blog…");
        newDraft.setOnAction(e -> commands.newPost(true));
        MenuItem rename = new MenuItem("Rename…\tF2");
        rename.setOnAction(e -> commands.rename(selected()));
        MenuItem publish = new MenuItem("Publish Draft");
        publish.setId("menu-publish");
        publish.setOnAction(e -> commands.publish(selected()));
        MenuItem delete = new MenuItem("Delete…\tDel");
        delete.setOnAction(e -> commands.delete(selected()));
        var none = list.getSelectionModel().selectedItemProperty().isNull();
        open.disableProperty().bind(none);
        rename.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        publish.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            SidebarItem s = selected();
            return s == null || s.status() != SidebarItem.Status.DRAFT && s.status() != SidebarItem.Status.UNPUBLISHED;
        }, list.getSelectionModel().selectedItemProperty()));
        ContextMenu menu = new ContextMenu(open, new SeparatorMenuItem(), newPost, newDraft, new SeparatorMenuItem(),
                rename, publish, delete);
        menu.setOnShowing(e -> menu.getItems().forEach(i -> {
            if (i == newPost || i == newDraft) {
                i.setDisable(commands == null);
            }
        }));
        return menu;
    }

    private void updateCount() {
        Path dir = folder.get();
        header.setText(dir == null || dir.getFileName() == null ? "POSTS"
                : dir.getFileName().toString().toUpperCase(Locale.ROOT));
        int shown = model.shown().size();
        int all = model.all().size();
        count.setText(all == 0 ? "" : shown == all ? Integer.toString(all) : shown + " of " + all);
        if (dir == null) {
            placeholder.setText("No blog open. Open a blog folder with Ctrl+Shift+O.");
        } else if (model.loadingProperty().get() && all == 0) {
            placeholder.setText("Reading posts…");
        } else if (all == 0) {
            placeholder.setText("No posts yet. Create one with Blog > New Post in Blog….");
        } else {
            placeholder.setText("No posts match the search and filters.");
        }
    }

    public Node node() {
        return root;
    }

    public ListView<SidebarItem> listView() {
        return list;
    }

    public TextField searchField() {
        return search;
    }

    public SidebarModel model() {
        return model;
    }

    public void setOnOpen(Consumer<Path> onOpen) {
        this.onOpen = onOpen;
    }

    /** The commands of the context menu, F2 and Delete. */
    public void setCommands(BlogCommands commands) {
        this.commands = commands;
    }

    /** The selected post, or null. */
    public SidebarItem selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    /**
     * Selects the listed post at {@code file} (the current tab's post), scrolling only when it is out of view;
     * clears the selection when the list does not show it. Selecting does not open anything.
     */
    public void reveal(Path file) {
        Path target = file == null ? null : file.toAbsolutePath().normalize();
        List<SidebarItem> items = list.getItems();
        for (int i = 0; target != null && i < items.size(); i++) {
            if (items.get(i).path().toAbsolutePath().normalize().equals(target)) {
                if (list.getSelectionModel().getSelectedIndex() != i) {
                    list.getSelectionModel().clearAndSelect(i);
                }
                if (!inView(i)) {
                    list.scrollTo(Math.max(0, i - 2));
                }
                return;
            }
        }
        list.getSelectionModel().clearSelection();
    }

    /** True when row {@code index} has a cell laid out inside the list's viewport. */
    private boolean inView(int index) {
        for (javafx.scene.Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> cell && cell.getIndex() == index && cell.isVisible()) {
                javafx.geometry.Bounds b = cell.localToScene(cell.getBoundsInLocal());
                javafx.geometry.Bounds v = list.localToScene(list.getBoundsInLocal());
                return b.getMinY() >= v.getMinY() && b.getMaxY() <= v.getMaxY();
            }
        }
        return false;
    }

    /** Focuses the search field with its text selected (Blog > Search Posts). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void openSelected() {
        SidebarItem e = selected();
        if (e != null) {
            onOpen.accept(e.path());
        }
    }

    /** Re-reads the blog in the background (after saves, on F5, when the folder changes). */
    public void refresh() {
        updateCount();
        model.refresh();
    }

    private static final class PostCell extends ListCell<SidebarItem> {
        private final Label title = new Label();
        private final Label date = new Label();
        private final Label badge = new Label();
        private final HBox meta = new HBox(date, badge);
        private final VBox box = new VBox(title, meta);

        PostCell() {
            // Width 0 keeps the list from growing sideways: long titles wrap instead of adding a scroll bar.
            setPrefWidth(0);
            title.setWrapText(true);
            title.setMinWidth(0);
            title.getStyleClass().add("post-title");
            date.getStyleClass().add("post-date");
            badge.getStyleClass().add("post-badge");
            meta.getStyleClass().add("post-meta");
            box.getStyleClass().add("post-cell");
        }

        /** As tall as the wrapped title (a long one was cut off with "..."). */
        @Override
        protected double computePrefHeight(double width) {
            double h = app.quire.ui.WrappingCells.prefHeight(this, width);
            return h < 0 ? super.computePrefHeight(width) : h;
        }

        @Override
        protected void updateItem(SidebarItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            title.setText(item.title());
            date.setText(item.dateText());
            badge.setText(item.status().badge());
            badge.setVisible(item.status() != SidebarItem.Status.PUBLISHED);
            badge.setManaged(badge.isVisible());
            badge.getStyleClass().removeIf(s -> s.startsWith("badge-"));
            badge.getStyleClass().add("badge-" + item.status().name().toLowerCase(Locale.ROOT));
            setGraphic(box);
            setText(null);
            setAccessibleText(item.title() + (item.status().badge().isEmpty() ? "" : ", " + item.status().badge())
                    + ", " + item.dateText());
        }
    }
}
