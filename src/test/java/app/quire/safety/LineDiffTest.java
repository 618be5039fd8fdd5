package app.quire.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LineDiffTest {
    @Test
    void identicalTextsHaveNoHunks() {
        assertThat(LineDiff.diff("a\nb\n", "a\nb\n").identical()).isTrue();
        assertThat(LineDiff.diff("", "").summary()).isEqualTo("no changes");
    }

    @Test
    void findsAChangedLineBetweenCommonOnes() {
        LineDiff.Result r = LineDiff.diff("one\ntwo\nthree\n", "one\nTWO\nthree\n");
        assertThat(r.hunks()).containsExactly(new LineDiff.Hunk(1, 1, List.of("two"), List.of("TWO")));
        assertThat(r.summary()).isEqualTo("+1 \u22121 lines in 1 place");
        assertThat(r.unified("one\ntwo\nthree\n", 1)).isEqualTo("@@ line 2 @@\n one\n-two\n+TWO\n three\n");
    }

    @Test
    void insertionsAndDeletionsInSeveralPlaces() {
        LineDiff.Result r = LineDiff.diff("a\nb\nc\nd\ne\n", "a\nx\nb\nc\ne\nf\n");
        assertThat(r.addedLines()).isEqualTo(2);
        assertThat(r.removedLines()).isEqualTo(1);
        assertThat(r.hunks()).hasSize(3);
        assertThat(r.summary()).isEqualTo("+2 \u22121 lines in 3 places");
    }

    @Test
    void aMissingFinalNewlineIsAChange() {
        LineDiff.Result r = LineDiff.diff("a\nb", "a\nb\n");
        assertThat(r.identical()).isFalse();
        assertThat(r.hunks().get(0).removed()).containsExactly("b (no newline at end)");
    }

    @Test
    void hugeDifferencesFallBackToOneBlock() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            a.append("a").append(i).append('\n');
            b.append("b").append(i).append('\n');
        }
        LineDiff.Result r = LineDiff.diff(a.toString(), b.toString());
        assertThat(r.hunks()).hasSize(1);
        assertThat(r.removedLines()).isEqualTo(3000);
        assertThat(r.addedLines()).isEqualTo(3000);
    }

    @Property(tries = 300)
    void applyingTheHunksTurnsOldIntoNew(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 4) Integer> a,
            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 4) Integer> b) {
        String[] la = a.stream().map(i -> "line" + i).toArray(String[]::new);
        String[] lb = b.stream().map(i -> "line" + i).toArray(String[]::new);
        LineDiff.Result r = LineDiff.diff(la, lb);
        List<String> out = new ArrayList<>();
        int pos = 0;
        for (LineDiff.Hunk h : r.hunks()) {
            out.addAll(Arrays.asList(la).subList(pos, h.oldStart()));
            assertThat(Arrays.asList(la).subList(h.oldStart(), h.oldStart() + h.removed().size()))
                    .isEqualTo(h.removed());
            out.addAll(h.added());
            pos = h.oldStart() + h.removed().size();
        }
        out.addAll(Arrays.asList(la).subList(pos, la.length));
        assertThat(out).containsExactly(lb);
        // minimal: never more edits than the LCS allows
        int lcs = lcs(la, lb);
        assertThat(r.removedLines()).isEqualTo(la.length - lcs);
        assertThat(r.addedLines()).isEqualTo(lb.length - lcs);
    }

    private static int lcs(String[] a, String[] b) {
        int[][] t = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                t[i][j] = a[i].equals(b[j]) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t[0][0];
    }
}
