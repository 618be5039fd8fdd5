package app.quire.ui.posts;

import java.nio.file.Path;

/**
 * One post in the list.
 *
 * @param date    the day shown under the title ({@code YYYY-MM-DD}), or "" when unknown
 * @param sortKey newest-first ordering key: the date and time as written, normalised to {@code YYYY-MM-DD HH:MM:SS}
 */
public record PostEntry(Path path, String title, String date, String sortKey) {
}
