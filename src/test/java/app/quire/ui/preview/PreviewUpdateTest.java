package app.quire.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.markdown.PreviewBlock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewUpdateTest {
    private static ShownPreview page(String header, String... html) {
        List<PreviewBlock> blocks = new ArrayList<>();
        for (int i = 0; i < html.length; i++) {
            blocks.add(new PreviewBlock(i * 2, i * 2, html[i]));
        }
        return new ShownPreview(blocks, header);
    }

    @Test
    void replacesOnlyTheChangedMiddle() {
        PreviewUpdate u = PreviewUpdate.between(page("h", "<p>a</p>", "<p>b</p>", "<p>c</p>"),
                page("h", "<p>a</p>", "<p>B</p>", "<p>c</p>"));
        assertThat(u.from()).isEqualTo(1);
        assertThat(u.removeCount()).isEqualTo(1);
        assertThat(u.insertedCount()).isEqualTo(1);
        assertThat(u.insertedHtml()).isEqualTo("<p>B</p>");
        assertThat(u.headerHtml()).isNull();
    }

    @Test
    void insertionsJoinTheirHtmlWithTheSeparator() {
        PreviewUpdate u = PreviewUpdate.between(page("h", "<p>a</p>"),
                page("h", "<p>a</p>", "<p>x\u001ey</p>", "<p>z</p>"));
        assertThat(u.from()).isEqualTo(1);
        assertThat(u.removeCount()).isZero();
        assertThat(u.insertedCount()).isEqualTo(2);
        assertThat(u.insertedHtml().split("\u001e")).containsExactly("<p>x\ufffdy</p>", "<p>z</p>");
    }

    @Test
    void sameTextIsAnEmptyUpdateAndHeaderChangesAreReported() {
        assertThat(PreviewUpdate.between(page("h", "<p>a</p>"), page("h", "<p>a</p>")).isEmpty()).isTrue();
        PreviewUpdate header = PreviewUpdate.between(page("h", "<p>a</p>"), page("H", "<p>a</p>"));
        assertThat(header.isEmpty()).isFalse();
        assertThat(header.headerHtml()).isEqualTo("H");
        assertThat(header.removeCount() + header.insertedCount()).isZero();
    }

    @Test
    void blocksThatOnlyMovedLinesAreKept() {
        PreviewBlock before = new PreviewBlock(3, 3, "<p data-line-start=\"3\" data-line-end=\"3\">same</p>");
        PreviewBlock after = new PreviewBlock(5, 5, "<p data-line-start=\"5\" data-line-end=\"5\">same</p>");
        PreviewBlock edited = new PreviewBlock(5, 5, "<p data-line-start=\"5\" data-line-end=\"5\">other</p>");
        assertThat(PreviewUpdate.sameHtml(before, after)).isTrue();
        assertThat(PreviewUpdate.sameHtml(before, edited)).isFalse();
        assertThat(PreviewUpdate.sameHtml(new PreviewBlock(0, 0, "<p class=\"a\">x</p>"),
                new PreviewBlock(0, 0, "<p class=\"b\">x</p>"))).isFalse();
    }

    /** What the page does with an update, on a list of HTML strings. */
    static List<String> applyTo(List<String> page, PreviewUpdate u) {
        List<String> out = new ArrayList<>(page);
        for (int i = 0; i < u.removeCount(); i++) {
            out.remove(u.from());
        }
        if (u.insertedCount() > 0) {
            out.addAll(u.from(), List.of(u.insertedHtml().split("\u001e", -1)));
        }
        return out;
    }
}
