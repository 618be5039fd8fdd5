package app.quire.site;

import java.util.Map;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.filters.Filter;
import liqp.parser.Flavor;
import liqp.tags.Tag;

/** Jekyll filters Quire provides itself, so that URLs always use the exporting site's url and baseurl. */
final class LiquidFilters {
    /**
     * Loop iterations one render may run (all {@code for}/{@code tablerow} loops together) before it stops with
     * an error: a hang guard for runaway loops in posts and layouts, far above what a theme needs (decision 0176).
     */
    static final int MAX_ITERATIONS = 10_000_000;

    private LiquidFilters() {
    }

    /** A Jekyll-flavoured parser with Quire's URL filters and the given extra tags. */
    static TemplateParser parser(Tag... tags) {
        TemplateParser.Builder b = new TemplateParser.Builder().withFlavor(Flavor.JEKYLL)
                .withMaxIterations(MAX_ITERATIONS).withShowExceptionsFromInclude(true)
                .withFilter(new RelativeUrl()).withFilter(new AbsoluteUrl()).withFilter(new XmlEscape());
        for (liqp.filters.Filter f : JekyllFilters.all()) {
            b.withFilter(f);
        }
        for (Tag t : tags) {
            b.withTag(t);
        }
        return b.build();
    }

    static String siteValue(TemplateContext context, String key) {
        Object site = context.get("site");
        if (site instanceof Map) {
            Object v = ((Map<?, ?>) site).get(key);
            return v == null ? "" : String.valueOf(v);
        }
        return "";
    }

    /** Prefixes the baseurl to a site path ({@code /x} becomes {@code /blog/x}); leaves full URLs alone. */
    static String relative(String baseurl, String value) {
        if (value.isEmpty()) {
            return baseurl.isEmpty() ? "/" : baseurl + "/";
        }
        if (value.contains("://") || value.startsWith("//") || value.startsWith("#") || value.startsWith("mailto:")) {
            return value;
        }
        return baseurl + (value.startsWith("/") ? value : "/" + value);
    }

    private static final class RelativeUrl extends Filter {
        RelativeUrl() {
            super("relative_url");
        }

        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            return relative(siteValue(context, "baseurl"), value == null ? "" : String.valueOf(value));
        }
    }

    private static final class AbsoluteUrl extends Filter {
        AbsoluteUrl() {
            super("absolute_url");
        }

        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            String v = value == null ? "" : String.valueOf(value);
            if (v.contains("://")) {
                return v;
            }
            return siteValue(context, "url") + relative(siteValue(context, "baseurl"), v);
        }
    }

    private static final class XmlEscape extends Filter {
        XmlEscape() {
            super("xml_escape");
        }

        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            return Html.escape(value == null ? "" : String.valueOf(value));
        }
    }
}
