package app.quire.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every post of the shared corpus opens and saves back byte for byte. Skipped when the corpus is absent (a fresh
 * clone); {@code -Dquire.corpus=DIR} points it at another folder (e.g. one made by gen_corpus.py).
 */
class CorpusRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyCorpusPostRoundTripsByteIdentically() throws IOException {
        Path corpus = Path.of(System.getProperty("quire.corpus", "/work/shared/corpus"));
        assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus);
        List<Path> posts;
        try (Stream<Path> files = Files.walk(corpus)) {
            posts = files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".markdown"))
                    .collect(Collectors.toList());
        }
        assumeTrue(!posts.isEmpty(), "corpus has no posts");
        int i = 0;
        for (Path original : posts) {
            Path copy = dir.resolve((i++) + ".md");
            Files.copy(original, copy);
            copy.toFile().setWritable(true, true); // the corpus is read-only, and PostFile refuses to save read-only files
            PostFile pf = PostFile.open(copy);
            Post post = pf.post();
            assertThat(post.frontMatterBlock() + post.body()).isEqualTo(pf.text());
            Post same = post.frontMatter().editable() && post.frontMatter().kind() == FrontMatter.Kind.YAML
                    ? post.withFrontMatter(post.frontMatter().withTitle(post.title().orElse("x")).remove("zz-none"))
                    : post;
            if (post.title().isPresent()) {
                assertThat(same.text()).as(original.toString()).isEqualTo(post.text());
            }
            pf.save(same.text());
            assertThat(Files.readAllBytes(copy)).as(original.toString()).isEqualTo(Files.readAllBytes(original));
        }
    }

    @Test
    void seedPostReadsAsExpected() throws IOException {
        Path seed = Path.of("/work/shared/corpus/2021-12-10-aws-serverless-badge.md");
        assumeTrue(Files.isRegularFile(seed), "seed post not present");
        Post post = PostFile.open(seed).post();
        assertThat(post.title()).contains("AWS Serverless Badge: Value and Potential for Cloud Professionals");
        assertThat(post.date().orElseThrow().toIso()).isEqualTo("2021-12-10T00:00:00+10:00");
        assertThat(post.date().orElseThrow().style()).isEqualTo(DateStyle.JEKYLL);
        assertThat(post.heroImage()).hasValueSatisfying(h -> assertThat(h).startsWith("/assets/images/posts/"));
        assertThat(post.categories()).containsExactly("blog");
        assertThat(post.text()).doesNotEndWith("\n");
    }
}
