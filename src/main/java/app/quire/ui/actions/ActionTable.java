package app.quire.ui.actions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/** The ordered table of all actions, and the menus and toolbar built from it. */
public final class ActionTable {
    private final Map<String, Action> actions = new LinkedHashMap<>();

    public ActionTable add(Action action) {
        if (actions.putIfAbsent(action.id(), action) != null) {
            throw new IllegalArgumentException("Duplicate action id " + action.id());
        }
        return this;
    }

    public Optional<Action> find(String id) {
        return Optional.ofNullable(actions.get(id));
    }

    public List<Action> all() {
        return Collections.unmodifiableList(new ArrayList<>(actions.values()));
    }

    /** A menu bar with one menu per {@link MenuName} that has actions; shortcuts become menu accelerators. */
    public MenuBar menuBar() {
        Map<MenuName, Menu> menus = new EnumMap<>(MenuName.class);
        for (Action a : actions.values()) {
            Menu menu = menus.computeIfAbsent(a.menu(), m -> {
                Menu created = new Menu(m.label());
                created.setId("menu-" + m.name().toLowerCase(java.util.Locale.ROOT));
                return created;
            });
            if (a.separatorBefore() && !menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().add(menuItem(a));
        }
        MenuBar bar = new MenuBar();
        bar.getMenus().addAll(menus.values());
        return bar;
    }

    static MenuItem menuItem(Action a) {
        MenuItem item;
        if (a.children() != null) {
            Menu sub = new Menu(a.label());
            // Placeholder so the submenu can open; its real entries are built each time it shows.
            sub.getItems().add(new MenuItem());
            sub.setOnShowing(e -> {
                List<MenuItem> items = new ArrayList<>();
                for (Action child : a.children().get()) {
                    if (child.separatorBefore() && !items.isEmpty()) {
                        items.add(new SeparatorMenuItem());
                    }
                    items.add(menuItem(child));
                }
                if (items.isEmpty()) {
                    MenuItem none = new MenuItem("(none)");
                    none.setDisable(true);
                    items.add(none);
                }
                sub.getItems().setAll(items);
            });
            item = sub;
        } else if (a.selected() != null) {
            CheckMenuItem check = new CheckMenuItem(a.label());
            check.setSelected(a.selected().get());
            // Not bound: the item flips itself when fired; the listener and the action handler set it back in step.
            a.selected().addListener((o, was, is) -> check.setSelected(is));
            check.setOnAction(e -> {
                a.run();
                check.setSelected(a.selected().get());
            });
            item = check;
        } else {
            item = new MenuItem(a.label());
        }
        item.setId(a.id());
        item.setMnemonicParsing(false);
        if (a.keys() != null) {
            item.setAccelerator(a.keys());
        }
        if (a.enabledWhen() != null) {
            item.disableProperty().bind(Bindings.not(a.enabledWhen()));
        }
        if (a.children() == null && a.selected() == null) {
            item.setOnAction(e -> a.run());
        }
        return item;
    }

    /** A toolbar with one button per action id, in this order. */
    public ToolBar toolBar(String... ids) {
        ToolBar bar = new ToolBar();
        for (String id : ids) {
            Action a = actions.get(id);
            if (a == null) {
                throw new IllegalArgumentException("No action " + id);
            }
            Button b = new Button(a.label().replace("…", ""));
            b.setFocusTraversable(false);
            b.setId("tool-" + id);
            b.setOnAction(e -> a.run());
            if (a.enabledWhen() != null) {
                b.disableProperty().bind(Bindings.not(a.enabledWhen()));
            }
            if (a.keys() != null) {
                b.setTooltip(new Tooltip(a.label() + " (" + a.keys().getDisplayText() + ")"));
            }
            bar.getItems().add(b);
        }
        return bar;
    }
}
