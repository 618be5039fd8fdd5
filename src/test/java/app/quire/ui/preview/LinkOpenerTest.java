package app.quire.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.ui.export.BrowserOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web links of the preview: opened in a browser, or the writer is told that none started; other schemes never. */
class LinkOpenerTest {
    @TempDir
    Path temp;

    /** A stand-in browser: a shell script running {@code line} with the address as $1. */
    private BrowserOpener browser(String line) throws Exception {
        Path script = temp.resolve("browser.sh");
        Files.writeString(script, "#!/bin/sh\n" + line + "\n");
        script.toFile().setExecutable(true);
        return new BrowserOpener(List.of(script.toString()));
    }

    @Test
    void saysSoWhenNoBrowserStarts() throws Exception {
        BlockingQueue<List<String>> told = new LinkedBlockingQueue<>();
        var open = LinkOpener.with(new BrowserOpener(List.of("false")), (url, why) -> told.add(List.of(url, why)));

        open.accept("https://example.org/a?b=c");

        List<String> note = told.poll(10, TimeUnit.SECONDS);
        assertThat(note).isNotNull();
        assertThat(note.get(0)).isEqualTo("https://example.org/a?b=c");
        assertThat(note.get(1)).contains("No web browser could be started");
    }

    @Test
    void aBrowserThatStartsIsNotReportedAndGetsTheAddress() throws Exception {
        Path got = temp.resolve("got.txt");
        BlockingQueue<String> told = new LinkedBlockingQueue<>();
        var open = LinkOpener.with(browser("printf '%s' \"$1\" > '" + got + "'"), (url, why) -> told.add(why));

        open.accept("mailto:writer@example.org");

        for (int i = 0; i < 100 && !(Files.exists(got) && Files.size(got) > 0); i++) {
            Thread.sleep(50);
        }
        assertThat(got).hasContent("mailto:writer@example.org");
        assertThat(told.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void neverRunsAnythingForFileOrScriptLinks() throws Exception {
        Path ran = temp.resolve("ran.txt");
        BlockingQueue<String> told = new LinkedBlockingQueue<>();
        var open = LinkOpener.with(browser("touch '" + ran + "'"), (url, why) -> told.add(why));

        open.accept("file:///etc/passwd");
        open.accept("javascript:alert(1)");

        Thread.sleep(300);
        assertThat(ran).doesNotExist();
        assertThat(told).isEmpty();
    }
}
