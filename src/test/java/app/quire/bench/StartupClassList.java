package app.quire.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regenerates src/main/resources/app/quire/ui/startup-classes.txt, the classes a start-up loads from jars and
 * from the JDK outside its default CDS archive, in load order (read by StartupClassPreloader). Run after UI
 * changes, under a display:
 *
 * <pre>
 * mvn -q -B package -DskipTests &amp;&amp; mvn -q -B test-compile
 * xvfb-run -a -s '-screen 0 1280x800x24' java -cp target/test-classes app.quire.bench.StartupClassList
 * mvn -q -B package -DskipTests
 * </pre>
 */
public final class StartupClassList {
    private static final Pattern LINE = Pattern.compile("^(\\S+) source: (.*)$");

    private StartupClassList() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/quire.jar");
        Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/app/quire/ui/startup-classes.txt");
        Path tmp = Files.createTempDirectory("quire-classlist-");
        Path log = tmp.resolve("classes.log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log + ":none", "-Dquire.startupProbe=true", "-Dquire.preload=false",
                "-jar", jar.toString());
        pb.environment().put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        pb.environment().put("XDG_DATA_HOME", tmp.resolve("data").toString());
        // The session file lives in the state folder; user.home comes from the passwd entry, not $HOME.
        pb.environment().put("XDG_STATE_HOME", tmp.resolve("state").toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(tmp.resolve("stderr.log").toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("Quire did not exit");
        }
        Set<String> names = new LinkedHashSet<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches() || m.group(2).contains("shared objects file")) {
                continue;
            }
            String name = m.group(1);
            String source = m.group(2);
            boolean named = !name.contains("/") && !name.contains("$$Lambda") && !name.startsWith("app.quire.bench");
            if (named && (source.startsWith("file:") || source.startsWith("jar:") || source.startsWith("jrt:"))) {
                names.add(name);
            }
        }
        List<String> lines = new ArrayList<>(names);
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.println("Wrote " + lines.size() + " class names to " + out);
    }
}
