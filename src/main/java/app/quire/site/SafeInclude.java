package app.quire.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import liqp.TemplateContext;
import liqp.antlr.CharStreamWithLocation;
import liqp.nodes.LNode;
import liqp.org.antlr.v4.runtime.CharStreams;
import liqp.tags.Include;

/**
 * Jekyll's {@code {% include name key=value %}} (parameters are {@code include.key} inside), reading only from
 * the site's {@code _includes/} folder ({@link IncludeFiles}); Liqp's own include would follow {@code ../}.
 * Includes nest at most {@link #MAX_DEPTH} deep. A problem (a refused name, a Liquid error inside, nesting too
 * deep) either renders the tag as nothing and is kept in {@link #troubles()} for the caller to report at the tag
 * (post bodies), or fails the render with the reason (layouts, which report it for the page).
 */
final class SafeInclude extends Include {
    /** How deep includes may nest (an include that includes itself stops here). */
    static final int MAX_DEPTH = 8;
    /** How many includes one top-level include may render in all (one that includes itself ten times...). */
    static final int MAX_RENDERS = 1000;

    /** A problem met while rendering an include; {@code topName} is the body's own include it came from. */
    record Trouble(String topName, String why) {
    }

    private final java.util.function.Supplier<IncludeFiles> files;
    private final boolean failRender;
    private final ThreadLocal<List<Trouble>> troubles = ThreadLocal.withInitial(ArrayList::new);
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    private final ThreadLocal<String[]> top = ThreadLocal.withInitial(() -> new String[1]);
    private final ThreadLocal<int[]> renders = ThreadLocal.withInitial(() -> new int[1]);

    SafeInclude(IncludeFiles files, boolean failRender) {
        this("include", () -> files, failRender);
    }

    /**
     * A tag of this name reading from the folder {@code files} gives at render time (for
     * {@code include_relative}: the folder of the post being rendered on this thread; null: none).
     */
    SafeInclude(String name, java.util.function.Supplier<IncludeFiles> files, boolean failRender) {
        super(name);
        this.files = files;
        this.failRender = failRender;
    }

    /** This thread's problems since it last cleared the list. */
    List<Trouble> troubles() {
        return troubles.get();
    }

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        int[] d = depth.get();
        String[] t = top.get();
        int[] count = renders.get();
        if (d[0] == 0) {
            t[0] = nodes.length == 0 ? null : String.valueOf(nodes[0].render(context));
            count[0] = 0;
        }
        if (++count[0] > MAX_RENDERS) {
            return count[0] == MAX_RENDERS + 1 ? trouble(t[0], "more than " + MAX_RENDERS
                    + " includes rendered from one (do includes include each other?); the rest left out") : "";
        }
        if (d[0] >= MAX_DEPTH) {
            return trouble(t[0], "includes nested more than " + MAX_DEPTH
                    + " deep (does an include include itself?); the deepest left out");
        }
        d[0]++;
        try {
            return super.render(context, nodes);
        } catch (RuntimeException e) {
            if (failRender && d[0] > 1) {
                throw e; // the outermost include reports it
            }
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return trouble(t[0], String.valueOf(cause.getMessage()).replace('\n', ' ') + "; the include is left out");
        } finally {
            d[0]--;
        }
    }

    private String trouble(String topName, String why) {
        if (failRender) {
            throw new IllegalStateException(why);
        }
        troubles.get().add(new Trouble(topName, why));
        return "";
    }

    @Override
    protected CharStreamWithLocation detectSource(TemplateContext context, String name) throws IOException {
        IncludeFiles folder = files.get();
        if (folder == null) {
            throw new IOException("include_relative needs the post to be saved in the blog");
        }
        IncludeFiles.Found found = folder.read(name);
        if (found instanceof IncludeFiles.Text text) {
            return new CharStreamWithLocation(CharStreams.fromString(text.text()), text.file());
        }
        throw new IOException(((IncludeFiles.Refused) found).why());
    }
}
