package app.quire.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Per-pass measurements of child JVMs, kept per variant as "cold" (the first pass in a fresh JVM) and "warm" (the
 * median of the later half of the warm passes: C2 is still compiling early on); medians over the child JVMs.
 */
final class ColdWarmTable {
    private final int measures;
    private final int repeats;
    private final int warm;
    /** key -> measure -> one value per child JVM */
    private final Map<String, double[][]> cold = new LinkedHashMap<>();
    private final Map<String, double[][]> hot = new LinkedHashMap<>();

    ColdWarmTable(int measures, int repeats, int warm) {
        this.measures = measures;
        this.repeats = repeats;
        this.warm = warm;
    }

    /** Records child JVM number {@code round} of a variant: {@code passes[pass][measure]}. */
    void add(String key, int round, double[][] passes) {
        double[][] c = cold.computeIfAbsent(key, k -> new double[measures][repeats]);
        double[][] h = hot.computeIfAbsent(key, k -> new double[measures][repeats]);
        int from = 1 + warm / 2;
        for (int m = 0; m < measures; m++) {
            c[m][round] = passes[0][m];
            double[] rest = new double[passes.length - from];
            for (int i = from; i < passes.length; i++) {
                rest[i - from] = passes[i][m];
            }
            h[m][round] = median(rest);
        }
    }

    Set<String> keys() {
        return cold.keySet();
    }

    double cold(String key, int measure) {
        return median(cold.get(key)[measure]);
    }

    double warm(String key, int measure) {
        return median(hot.get(key)[measure]);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
