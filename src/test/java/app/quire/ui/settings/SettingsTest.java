package app.quire.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path tmp;

    @Test
    void roundTripsSessionThemeAndRecentFiles() throws IOException {
        Path file = tmp.resolve("cfg/quire/settings.properties");
        Settings s = Settings.load(file);
        assertThat(s.isEmpty()).isTrue();
        s.setDarkTheme(true);
        s.setLastFolder(Path.of("/blogs/ünïcode blog"));
        s.setOpenFiles(List.of(Path.of("/blogs/a.md"), Path.of("/blogs/b.md")));
        s.setCurrentFile(Path.of("/blogs/b.md"));
        s.addRecentFile(Path.of("/blogs/a.md"));
        s.addRecentFile(Path.of("/blogs/b.md"));
        s.addRecentFile(Path.of("/blogs/a.md"));
        s.save(file);

        Settings back = Settings.load(file);
        assertThat(back.darkTheme()).isTrue();
        assertThat(back.lastFolder()).contains(Path.of("/blogs/ünïcode blog"));
        assertThat(back.openFiles()).containsExactly(Path.of("/blogs/a.md"), Path.of("/blogs/b.md"));
        assertThat(back.currentFile()).contains(Path.of("/blogs/b.md"));
        assertThat(back.recentFiles()).containsExactly(Path.of("/blogs/a.md"), Path.of("/blogs/b.md"));
        assertThat(file).content(StandardCharsets.UTF_8).contains("ünïcode");
    }

    @Test
    void keepsAtMostTenRecentFiles() {
        Settings s = new Settings();
        IntStream.range(0, 15).forEach(i -> s.addRecentFile(Path.of("/p/" + i + ".md")));
        assertThat(s.recentFiles()).hasSize(Settings.MAX_RECENT).first().isEqualTo(Path.of("/p/14.md"));
    }

    @Test
    void shorterOpenFileListReplacesLongerOne() {
        Settings s = new Settings();
        s.setOpenFiles(List.of(Path.of("/a"), Path.of("/b"), Path.of("/c")));
        s.setOpenFiles(List.of(Path.of("/z")));
        assertThat(s.openFiles()).containsExactly(Path.of("/z"));
    }

    @Test
    void unreadableFileGivesDefaults() throws IOException {
        Path file = tmp.resolve("settings.properties");
        Files.write(file, new byte[] {'a', '=', '\\', 'u', '1'});
        assertThat(Settings.load(file).darkTheme()).isFalse();
    }

    @Test
    void followsXdgVariablesAndOverrides() {
        AppDirs d = AppDirs.resolve(Map.of("XDG_CONFIG_HOME", "/x/cfg", "XDG_DATA_HOME", "/x/data"), "/home/u",
                null, null);
        assertThat(d.settingsFile()).isEqualTo(Path.of("/x/cfg/quire/settings.properties"));
        assertThat(d.sampleBlogDir()).isEqualTo(Path.of("/x/data/quire/sample-blog"));
        AppDirs def = AppDirs.resolve(Map.of("XDG_CONFIG_HOME", "relative"), "/home/u", null, null);
        assertThat(def.configDir()).isEqualTo(Path.of("/home/u/.config/quire"));
        assertThat(def.dataDir()).isEqualTo(Path.of("/home/u/.local/share/quire"));
        assertThat(AppDirs.resolve(Map.of(), "/h", "/o/c", "/o/d").sampleBlogDir())
                .isEqualTo(Path.of("/o/d/sample-blog"));
    }

    @Test
    void editorPreferencesRoundTripAndBadValuesGiveDefaults() throws IOException {
        Path file = tmp.resolve("prefs.properties");
        Settings s = Settings.load(file);
        assertThat(s.editorFontSize()).isEqualTo(Settings.DEFAULT_FONT);
        assertThat(s.softWrap()).isTrue();
        assertThat(s.scrollSync()).isTrue();
        s.setEditorFontSize(15);
        s.setSoftWrap(false);
        s.setScrollSync(false);
        s.setPostListShown(false);
        s.save(file);
        Settings back = Settings.load(file);
        assertThat(back.editorFontSize()).isEqualTo(15);
        assertThat(back.softWrap()).isFalse();
        assertThat(back.scrollSync()).isFalse();
        assertThat(back.postListShown()).isFalse();

        Files.writeString(file, "editor.fontSize=huge\n");
        assertThat(Settings.load(file).editorFontSize()).isEqualTo(Settings.DEFAULT_FONT);
        Files.writeString(file, "editor.fontSize=400\n");
        assertThat(Settings.load(file).editorFontSize()).isEqualTo(Settings.DEFAULT_FONT);
    }
}
