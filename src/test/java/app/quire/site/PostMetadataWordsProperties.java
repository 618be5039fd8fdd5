package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Categories and tags written as one string are split into words exactly as trim().split("\\s+") splits them. */
class PostMetadataWordsProperties {
    @Property(tries = 3000)
    void sameWordsAsTheRegexSplit(@ForAll @Chars({'a', 'B', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u0001',
            '\u001C', '\u00A0', '\u2003', '-', 'e'}) @StringLength(max = 12) String s) {
        List<String> expected = s.isBlank() ? List.of() : Arrays.asList(s.trim().split("\\s+"));
        assertThat(PostMetadata.words(s)).isEqualTo(expected);
    }
}
