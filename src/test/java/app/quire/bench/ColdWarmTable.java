package app.quire.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Per-pass measurements of child JVMs, kept per variant as "cold" (the first pass in a fresh JVM) and "warm" (the
 * median of the later half of the warm passes: C2 is still compiling early on); medians over the child JVMs.
 * Also runs a child JVM and reads its passes.
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

    /**
     * Runs a child JVM whose last output line holds its passes as space-separated "a/b/c" groups of measures
     * (ms); returns {@code passes[pass][measure]}.
     */
    static double[][] runChild(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                last = line;
            }
        }
        if (p.waitFor() != 0 || last == null) {
            throw new IllegalStateException("child failed: " + String.join(" ", cmd));
        }
        return Arrays.stream(last.trim().split(" "))
                .map(pass -> Arrays.stream(pass.split("/")).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
