package app.quire.site;

import java.util.Map;
import java.util.function.Consumer;
import liqp.Template;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.nodes.LNode;
import liqp.parser.v4.NodeVisitor;
import liqp.spi.BasicTypesSupport;

/**
 * A theme layout parsed and turned into Liqp's node tree once. {@code Template.render} walks the ANTLR parse tree
 * again on every call to build that tree, which was ~80 % of a layout's render time (docs/decisions/0171); the
 * render steps after it are the same as Liqp 0.9.2.3's unguarded render. Not thread-safe: one per worker.
 */
final class CompiledLayout {
    private final TemplateParser parser;
    private final LNode root;

    CompiledLayout(TemplateParser parser, String text) {
        this.parser = parser;
        Template template = parser.parse(text);
        this.root = (LNode) new NodeVisitor(parser.insertions, parser.filters, parser.liquidStyleInclude)
                .visit(template.getParseTree());
    }

    String render(Map<String, Object> vars) {
        BasicTypesSupport.clearReferences();
        TemplateContext context = new TemplateContext(parser, parser.evaluate(parser.mapper, vars));
        Consumer<Map<String, Object>> environment = parser.getEnvironmentMapConfigurator();
        if (environment != null) {
            environment.accept(context.getEnvironmentMap());
        }
        Object rendered = root.render(context);
        return parser.getRenderTransformer().transformObject(context, rendered).toString();
    }
}
