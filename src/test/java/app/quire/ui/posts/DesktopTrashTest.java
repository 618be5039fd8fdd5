package app.quire.ui.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The freedesktop.org home trash as Quire writes it (a temp folder stands in for ~/.local/share/Trash). */
class DesktopTrashTest {
    @TempDir
    Path tmp;

    @Test
    void movesTheFileWithATrashInfoAndNumbersRepeatedNames() throws IOException {
        Path blog = Files.createDirectories(tmp.resolve("my blog/_posts"));
        Path trash = tmp.resolve("Trash");
        Path post = Files.writeString(blog.resolve("2021-12-10-a b.md"), "one", StandardCharsets.UTF_8);
        DesktopTrash t = new DesktopTrash(tmp.resolve("my blog"), trash);

        Path first = t.freedesktop(post);
        Files.writeString(post, "two", StandardCharsets.UTF_8);
        Path second = t.freedesktop(post);

        assertThat(post).doesNotExist();
        assertThat(first).isEqualTo(trash.resolve("files/2021-12-10-a b.md")).hasContent("one");
        assertThat(second).isEqualTo(trash.resolve("files/2021-12-10-a b.2.md")).hasContent("two");
        String info = Files.readString(trash.resolve("info/2021-12-10-a b.md.trashinfo"), StandardCharsets.UTF_8);
        assertThat(info).startsWith("[Trash Info]\nPath=/").contains("/my%20blog/_posts/2021-12-10-a%20b.md")
                .containsPattern("DeletionDate=\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
    }

    @Test
    void fallsBackToTheBlogTrashFolderWithoutAHomeTrash() throws IOException {
        Path blog = Files.createDirectories(tmp.resolve("blog/_posts"));
        Path post = Files.writeString(blog.resolve("x.md"), "x", StandardCharsets.UTF_8);
        Path where = new DesktopTrash(tmp.resolve("blog"), null).moveToTrash(post);
        assertThat(where).isEqualTo(tmp.resolve("blog/.quire-trash/_posts/x.md"));
    }

    @Test
    void theDeletionDateKeepsItsSecondsAtAWholeMinute() {
        // LocalDateTime.toString gives "2026-11-28T09:23" then; this test failed once at 09:23:00 for that reason
        assertThat(DesktopTrash.DELETION_DATE.format(java.time.LocalDateTime.of(2026, 11, 28, 9, 23, 0, 5)))
                .isEqualTo("2026-11-28T09:23:00");
    }
}
