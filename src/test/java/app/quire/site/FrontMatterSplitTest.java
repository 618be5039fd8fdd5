package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.Post;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PostMetadata.split cuts every text exactly as Post.parse does (it skips Post.parse's YAML composing). */
class FrontMatterSplitTest {
    private static final List<String> LINES = List.of("---", "--- \t", "...", "+++", "title: a", "", "body #",
            "-- -", "---x");

    @Test
    void splitsLikePostParseForAllShortTexts() {
        List<String> texts = new ArrayList<>();
        combine("", 0, texts);
        int checked = 0;
        for (String base : texts) {
            for (String text : List.of(base, base.replace("\n", "\r\n"), "\uFEFF" + base, base + "\n",
                    base.replace("\n", "\r\n") + "\r\n")) {
                Post post = Post.parse(text);
                PostMetadata.Split split = PostMetadata.split(text);
                assertThat(split.block()).as(text).isEqualTo(post.frontMatterBlock());
                assertThat(split.body()).as(text).isEqualTo(post.body());
                assertThat(split.bodyStartLine()).as(text).isEqualTo(post.bodyStartLine());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    private static void combine(String prefix, int depth, List<String> out) {
        out.add(prefix);
        if (depth == 4) {
            return;
        }
        for (String line : LINES) {
            combine(depth == 0 ? line : prefix + "\n" + line, depth + 1, out);
        }
    }
}
