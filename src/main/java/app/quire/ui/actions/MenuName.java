package app.quire.ui.actions;

/** The menus of the menu bar, in their order. */
public enum MenuName {
    FILE("_File"), EDIT("_Edit"), INSERT("_Insert"), FORMAT("F_ormat"), VIEW("_View"), BLOG("_Blog"), HELP("_Help");

    private final String label;

    MenuName(String label) {
        this.label = label;
    }

    /** The menu's label with its mnemonic marked by an underscore. */
    public String label() {
        return label;
    }
}
