package app.quire.site;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Texts for the written-out theme pages' properties: markup, entities, URLs of every kind, Liquid-looking text. */
final class ThemeTexts {
    private ThemeTexts() {
    }

    static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.of("Plain", "", "A & B <c> \"d\" 'e'", "caf\u00e9 \u00b7 \ud83d\ude00", "&amp;", "{{ x }}",
                        "https://example.org/a", "/rel/path/", "rel/path", "//cdn.example/x", "#frag", "mailto:a@b"),
                Arbitraries.strings().withChars("ab&<>\"' /:#.\u00e9").ofMinLength(1).ofMaxLength(12));
    }
}
