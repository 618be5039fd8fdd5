package app.quire.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.markdown.PreviewBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineMapTest {
    // blocks at lines 7, 9-12 (a 4-line code block), 14
    private final LineMap map = LineMap.of(List.of(new PreviewBlock(7, 7, "<p>a</p>"),
            new PreviewBlock(9, 12, "<pre/>"), new PreviewBlock(14, 14, "<p>b</p>")));

    @Test
    void locatesLinesInsideBlocksByFraction() {
        assertThat(map.locate(7)).isEqualTo(new LineMap.Position(0, 0));
        assertThat(map.locate(9)).isEqualTo(new LineMap.Position(1, 0));
        assertThat(map.locate(11)).isEqualTo(new LineMap.Position(1, 0.5));
        assertThat(map.locate(14)).isEqualTo(new LineMap.Position(2, 0));
    }

    @Test
    void linesOutsideBlocksGoToTheNearestSensiblePlace() {
        assertThat(map.locate(0)).isEqualTo(new LineMap.Position(0, 0));
        assertThat(map.locate(8)).isEqualTo(new LineMap.Position(0, 1));
        assertThat(map.locate(99)).isEqualTo(new LineMap.Position(2, 1));
        assertThat(LineMap.EMPTY.locate(3)).isNull();
    }

    @Test
    void mapsPreviewPositionsBackToLines() {
        assertThat(map.lineAt(1, 0)).isEqualTo(9);
        assertThat(map.lineAt(1, 0.5)).isEqualTo(11);
        assertThat(map.lineAt(1, 1)).isEqualTo(12);
        assertThat(map.lineAt(7, 0)).isEqualTo(14);
        assertThat(LineMap.EMPTY.lineAt(0, 0)).isEqualTo(-1);
    }
}
