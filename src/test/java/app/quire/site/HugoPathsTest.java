package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hugo 0.111's path cleaning, value by value, as its Debian package gave them (HugoComparisonTest checks live). */
class HugoPathsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Café & Crème: Ünïcode!|/t/café-crème-ünïcode/",
        "Weird: Title (2) & More +x? #tag|/t/weird-title-2-more-x-#tag/",
        "a+b c++ x~y a@b|/t/a-b-c-x~y-a@b/",
        "f + g|/t/f--g/",
        "+start end+|/t/-start-end-/",
        "50% off %41 %zz|/t/50-off-a-zz/",
        "' lead and trail '|/t/lead-and-trail/",
        "dash - spaced -- double|/t/dash-spaced--double/",
        "dots... and.dot|/t/dots...-and.dot/",
        "slash/in/title|/t/slash/in/title/",
        "a/../b|/t/b/",
        "İstanbul|/t/istanbul/",
        "emoji \uD83C\uDF89 party|/t/emoji-party/",
        "non\u00A0breaking space|/t/non-breaking-space/",
        "ＦＵＬＬ width|/t/ｆｕｌｌ-width/",
        "''|/t/",
    })
    void aTitleInAPatternBecomesWhatHugoWrites(String title, String path) {
        assertThat(HugoPaths.finish("/t/" + HugoPaths.clean(title) + "/")).isEqualTo(path);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "C++|c++", "Node.js|node.js", "Big Data|big-data", "a/b|a/b", "x+y|x+y", "'  Spaced  Out '|spaced-out",
        "50%|50", "%41bc|%41bc", "e=mc2|emc2", "GO-LANG|go-lang", "../../up|up", "Ünï Code|ünï-code",
    })
    void aTermKeepsWhatHugoKeeps(String term, String folder) {
        assertThat(HugoPaths.term(term)).isEqualTo(folder);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Weird (Name) & Co+x|weird-name-co+x", "Mixed Case Name|mixed-case-name"})
    void aFileNameWithoutAPatternIsNotUnescaped(String name, String folder) {
        assertThat(HugoPaths.fromFolders("/posts/" + HugoPaths.clean(name) + "/")).isEqualTo("/posts/" + folder + "/");
    }
}
