package app.quire.markdown;

import com.vladsch.flexmark.util.sequence.Range;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;
import com.vladsch.flexmark.util.sequence.ReplacedTextRegion;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ReplacedTextMapper#originalOffset} (the offset in the escaped text of an offset in the un-escaped text)
 * with a binary search per level of replacements. flexmark's mapper walks its regions from the first on every
 * call, and the autolinker calls it twice per link: a text with many escapes and many links (say
 * {@code a@b.c\! } repeated) took quadratic time (docs/decisions/0190). Same answers: the region found is the
 * first that holds the offset, as in flexmark's walk; a mapper with few regions, or with regions out of order,
 * is asked directly.
 */
final class OriginalOffsets {
    /** Up to this many regions (all levels together) flexmark's walk is as quick. */
    static final int WALK_LIMIT = 32;

    private final ReplacedTextMapper mapper;
    private final List<Level> levels;

    private OriginalOffsets(ReplacedTextMapper mapper, List<Level> levels) {
        this.mapper = mapper;
        this.levels = levels;
    }

    static OriginalOffsets of(ReplacedTextMapper mapper) {
        return of(mapper, WALK_LIMIT);
    }

    /** {@code walkLimit} below 0 builds the levels always (for tests). */
    static OriginalOffsets of(ReplacedTextMapper mapper, int walkLimit) {
        int total = 0;
        for (ReplacedTextMapper m = mapper; m != null; m = m.getParent()) {
            total += m.getRegions().size();
        }
        if (total <= walkLimit) {
            return new OriginalOffsets(mapper, null);
        }
        List<Level> levels = new ArrayList<>();
        for (ReplacedTextMapper m = mapper; m != null; m = m.getParent()) {
            Level level = Level.of(m);
            if (level == null) {
                return new OriginalOffsets(mapper, null);
            }
            levels.add(level);
        }
        return new OriginalOffsets(mapper, levels);
    }

    int originalOffset(int index) {
        if (levels == null) {
            return mapper.originalOffset(index);
        }
        for (Level level : levels) {
            if (level.starts.length > 0 && index == level.replacedLength) {
                // the end of this level's text: its mapper knows the length it replaced (and asks its parents)
                return level.mapper.originalOffset(index);
            }
            index = level.map(index);
        }
        return index;
    }

    /** One mapper's regions as arrays; null when their replaced ranges are out of order. */
    private record Level(ReplacedTextMapper mapper, int replacedLength, int[] starts, int[] ends,
            int[] originalStarts, int[] originalEnds) {

        static Level of(ReplacedTextMapper m) {
            List<ReplacedTextRegion> regions = m.getRegions();
            int n = regions.size();
            int[] starts = new int[n];
            int[] ends = new int[n];
            int[] originalStarts = new int[n];
            int[] originalEnds = new int[n];
            for (int r = 0; r < n; r++) {
                Range replaced = regions.get(r).getReplacedRange();
                Range original = regions.get(r).getOriginalRange();
                starts[r] = replaced.getStart();
                ends[r] = replaced.getEnd();
                originalStarts[r] = original.getStart();
                originalEnds[r] = original.getEnd();
                if (r > 0 && (starts[r] < starts[r - 1] || ends[r] < ends[r - 1])) {
                    return null;
                }
            }
            return new Level(m, m.getReplacedLength(), starts, ends, originalStarts, originalEnds);
        }

        /**
         * This level's step of flexmark's walk: the first region holding the index (start &lt;= index &lt; end)
         * is the first whose end lies after it, if it starts at or before it (starts and ends never decrease).
         */
        int map(int index) {
            int lo = 0;
            int hi = ends.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ends[mid] > index) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            if (lo == ends.length || starts[lo] > index) {
                return index;
            }
            return Math.min(originalStarts[lo] + index - starts[lo], originalEnds[lo]);
        }
    }
}
