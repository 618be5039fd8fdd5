package app.quire.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * The bare {@code scheme://} links flexmark 0.64.8's autolinker adds to autolink-java's links, found in one pass.
 * flexmark finds them with the pattern {@code \b([a-z][a-z0-9+.-]*://)(?:\s|$)}; from every word start inside a
 * long run of {@code [a-z0-9+.-]} (say {@code www.awww.a...}) its greedy star reads to the end of the run and
 * back, so a run of n characters costs ~n²/10 steps (docs/decisions/0190). The same matches, in one pass: a
 * match can only end where a run is followed by {@code ://} and a white space or the end, and it starts at the
 * leftmost character of that run that is in {@code [a-z]} and starts a word (the run's first character, if the
 * character before the run is no word character, or any character after {@code +}, {@code .} or {@code -}).
 * The word test at a run's start and the test after {@code ://} are left to java.util.regex, on a window of a
 * few characters, so they mean exactly what they mean in flexmark's pattern.
 */
final class SchemeLinks {
    private static final Pattern WORD_START = Pattern.compile("\\b");
    private static final Pattern TAIL = Pattern.compile("://(?:\\s|$)");

    private SchemeLinks() {
    }

    /** The [start, end) of each match of flexmark's pattern's group 1, in order, as pairs. */
    static int[] find(CharSequence text) {
        String s = text.toString();
        int n = s.length();
        int[] found = new int[8];
        int count = 0;
        Matcher wordStart = null;
        Matcher tail = null;
        int i = 0;
        while (i < n) {
            if (!inRun(s.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < n && inRun(s.charAt(i))) {
                i++;
            }
            int end = i; // the run is [runStart, end); s[end] is no run character
            if (end + 2 < n && s.charAt(end) == ':' && s.charAt(end + 1) == '/' && s.charAt(end + 2) == '/') {
                if (tail == null) {
                    tail = TAIL.matcher(s);
                }
                tail.region(end, n);
                if (tail.lookingAt()) {
                    if (wordStart == null) {
                        wordStart = WORD_START.matcher(s).useTransparentBounds(true);
                    }
                    int start = matchStart(s, runStart, end, wordStart);
                    if (start >= 0) {
                        if (count + 2 > found.length) {
                            found = Arrays.copyOf(found, found.length * 2);
                        }
                        found[count++] = start;
                        found[count++] = end + 3;
                    }
                }
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** The leftmost start of a match in the run [runStart, end), or -1. */
    private static int matchStart(String s, int runStart, int end, Matcher wordStart) {
        if (isLower(s.charAt(runStart))) {
            wordStart.region(runStart, s.length());
            if (wordStart.lookingAt()) {
                return runStart;
            }
        }
        for (int p = runStart + 1; p < end; p++) {
            char before = s.charAt(p - 1);
            if ((before == '+' || before == '.' || before == '-') && isLower(s.charAt(p))) {
                return p;
            }
        }
        return -1;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** {@code [a-z0-9+.-]} */
    private static boolean inRun(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-';
    }

    /**
     * The links in flexmark's order: {@code links} (autolink-java's) with each scheme match put in as flexmark
     * does: skipped when a link holds it, else before the first link that begins after its end, else at the end.
     * flexmark tries every link for every match; when the links are in order (begins and ends never decreasing,
     * as autolink-java gives them) the same places are found with two cursors.
     */
    static List<LinkSpan> merge(List<LinkSpan> links, int[] schemes) {
        if (schemes.length == 0) {
            return links;
        }
        if (!ordered(links)) {
            return mergeOneByOne(links, schemes);
        }
        int size = links.size();
        List<List<LinkSpan>> before = new ArrayList<>(size);
        for (int j = 0; j < size; j++) {
            before.add(null);
        }
        List<LinkSpan> atEnd = new ArrayList<>();
        int holder = 0; // first link whose end is not before the match's end
        int after = 0;  // first link that begins after the match's end
        for (int k = 0; k < schemes.length; k += 2) {
            int start = schemes[k];
            int end = schemes[k + 1];
            while (holder < size && links.get(holder).getEndIndex() < end) {
                holder++;
            }
            if (holder < size && links.get(holder).getBeginIndex() <= start) {
                continue;
            }
            while (after < size && links.get(after).getBeginIndex() <= end) {
                after++;
            }
            Span span = new Span(start, end);
            if (after < size) {
                if (before.get(after) == null) {
                    before.set(after, new ArrayList<>());
                }
                before.get(after).add(span);
            } else {
                atEnd.add(span);
            }
        }
        List<LinkSpan> merged = new ArrayList<>(size + schemes.length / 2);
        for (int j = 0; j < size; j++) {
            if (before.get(j) != null) {
                merged.addAll(before.get(j));
            }
            merged.add(links.get(j));
        }
        merged.addAll(atEnd);
        return merged;
    }

    private static boolean ordered(List<LinkSpan> links) {
        for (int j = 1; j < links.size(); j++) {
            LinkSpan a = links.get(j - 1);
            LinkSpan b = links.get(j);
            if (b.getBeginIndex() < a.getBeginIndex() || b.getEndIndex() < a.getEndIndex()) {
                return false;
            }
        }
        return true;
    }

    /** flexmark's way, for links out of order: each match tried against every link. */
    static List<LinkSpan> mergeOneByOne(List<LinkSpan> links, int[] schemes) {
        List<LinkSpan> merged = new ArrayList<>(links);
        for (int k = 0; k < schemes.length; k += 2) {
            int start = schemes[k];
            int end = schemes[k + 1];
            int place = merged.size();
            for (int j = 0, size = merged.size(); j < size; j++) {
                LinkSpan link = merged.get(j);
                if (end < link.getBeginIndex()) {
                    place = j;
                    break;
                }
                if (start >= link.getBeginIndex() && end <= link.getEndIndex()) {
                    place = -1;
                    break;
                }
            }
            if (place >= 0) {
                merged.add(place, new Span(start, end));
            }
        }
        return merged;
    }

    /** A scheme match: a URL link. */
    record Span(int getBeginIndex, int getEndIndex) implements LinkSpan {
        @Override
        public LinkType getType() {
            return LinkType.URL;
        }
    }
}
