package app.quire.ui;

import app.quire.ui.workspace.DocumentModel;
import app.quire.ui.workspace.WorkspaceModel;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/** The tabs of the open posts, kept in step with the workspace's documents and current document. */
final class DocumentTabs {
    private final WorkspaceModel workspace;
    private final DocumentCommands commands;
    private final TabPane tabs = new TabPane();
    private final Map<DocumentModel, Tab> byDoc = new HashMap<>();
    private final Map<DocumentModel, DocumentView> views = new HashMap<>();
    private final StackPane root;

    DocumentTabs(WorkspaceModel workspace, DocumentCommands commands) {
        this.workspace = workspace;
        this.commands = commands;
        tabs.setId("document-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.setTabDragPolicy(TabPane.TabDragPolicy.REORDER);
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(workspace.blogFolderProperty().isNull())
                .then("No post open. Ctrl+N starts a new one; Ctrl+O opens a file.")
                .otherwise("No post open. Pick one in the list on the left, or press Ctrl+Alt+N for a new post."));
        empty.getStyleClass().add("empty-hint");
        empty.setId("no-post-open");
        root = new StackPane(empty, tabs);
        tabs.visibleProperty().bind(Bindings.isNotEmpty(tabs.getTabs()));
        // Hidden, not just covered: parts of the tab content (scroll bar tracks) are transparent.
        empty.visibleProperty().bind(Bindings.isEmpty(tabs.getTabs()));
        workspace.documents().forEach(this::addTab);
        workspace.documents().addListener((ListChangeListener<DocumentModel>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(this::removeTab);
                c.getAddedSubList().forEach(this::addTab);
            }
        });
        workspace.currentProperty().addListener((o, a, d) -> select(d));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t != null) {
                workspace.currentProperty().set((DocumentModel) t.getUserData());
            }
        });
        select(workspace.currentProperty().get());
    }

    Node node() {
        return root;
    }

    /** Focuses the editor once the tab's content has been laid out (a node in a hidden tab cannot take focus). */
    private void focusAfterLayout(DocumentModel d) {
        var scene = tabs.getScene();
        if (scene == null) {
            d.editor().area().requestFocus();
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            if (workspace.currentProperty().get() == d) {
                d.editor().area().requestFocus();
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    TabPane tabPane() {
        return tabs;
    }

    DocumentView viewOf(DocumentModel d) {
        return views.get(d);
    }

    private void addTab(DocumentModel d) {
        DocumentView view = new DocumentView(d, workspace);
        Tab tab = new Tab();
        tab.setUserData(d);
        tab.setContent(view.node());
        tab.textProperty().bind(Bindings.when(d.dirtyProperty()).then("*").otherwise("")
                .concat(d.displayNameProperty()));
        tab.setOnCloseRequest(e -> {
            e.consume();
            commands.close(d);
        });
        byDoc.put(d, tab);
        views.put(d, view);
        tabs.getTabs().add(tab);
    }

    private void removeTab(DocumentModel d) {
        Tab tab = byDoc.remove(d);
        DocumentView view = views.remove(d);
        if (view != null) {
            view.dispose();
        }
        if (tab != null) {
            tab.textProperty().unbind();
            tabs.getTabs().remove(tab);
        }
    }

    private void select(DocumentModel d) {
        Tab t = d == null ? null : byDoc.get(d);
        if (t != null && tabs.getSelectionModel().getSelectedItem() != t) {
            tabs.getSelectionModel().select(t);
        }
        if (d != null) {
            focusAfterLayout(d);
        }
    }
}
