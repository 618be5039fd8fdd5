package app.quire.ui.posts;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One post in the sidebar.
 *
 * @param source   path inside the blog, '/'-separated
 * @param date     the post's date, or null when it has none
 * @param dateText the day shown under the title ({@code 2021-12-10}), or ""
 */
public record SidebarItem(Path path, String source, String title, ZonedDateTime date, String dateText,
        Status status, List<String> categories, List<String> tags) {

    /** Whether (and why not) the post is on the exported site. */
    public enum Status {
        PUBLISHED(""), DRAFT("Draft"), FUTURE("Scheduled"), UNPUBLISHED("Unpublished"), EXPIRED("Expired");

        private final String badge;

        Status(String badge) {
            this.badge = badge;
        }

        /** The badge text shown next to the title; "" for a published post. */
        public String badge() {
            return badge;
        }
    }
}
