package app.quire.site;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Front matter of every post of a generated blog read once, as an export's index does, in a fresh JVM: the flat
 * fast path (decision 0156) or SnakeYAML alone. Prints CPU ms of the reading thread. Not a test.
 * {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "target/test-classes:target/classes:target/lib/*"
 * app.quire.site.FlatYamlBench SITE fast|snake}
 */
public final class FlatYamlBench {
    private FlatYamlBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> blocks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".md")).sorted()::iterator) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                PostMetadata.Split split = PostMetadata.split(text);
                String block = split.block();
                if (!block.isEmpty()) {
                    int first = block.indexOf('\n') + 1;
                    int last = block.lastIndexOf("\n", block.length() - 2);
                    blocks.add(last >= first ? block.substring(first, last + 1) : "");
                }
            }
        }
        boolean fast = args[1].equals("fast");
        var bean = ManagementFactory.getThreadMXBean();
        long t0 = bean.getCurrentThreadCpuTime();
        int keys = 0;
        for (String yaml : blocks) {
            List<Problem> problems = new ArrayList<>();
            keys += (fast ? YamlReader.readMap(yaml, "f", 1, problems)
                    : YamlReader.loadWithSnakeYaml(yaml, "f", 1, problems)).size();
        }
        System.out.printf("%s: %d front matters, %d keys, %.1f ms CPU%n", args[1], blocks.size(), keys,
                (bean.getCurrentThreadCpuTime() - t0) / 1e6);
    }
}
