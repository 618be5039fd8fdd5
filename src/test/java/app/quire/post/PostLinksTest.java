package app.quire.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostLinksTest {
    @Test
    void findsImagesLinksAndPostUrlsWithPositions() {
        String body = "Intro ![a](/x.png \"t\") and [b](other.md#s).\n"
                + "<img alt=\"\" src='/y.jpg'> {% post_url 2020-01-01-x %}\n"
                + "![nested [brackets]](<space name.png>)\r\n";
        assertThat(PostLinks.scan(body)).containsExactly(
                new PostLinks.Ref(PostLinks.Type.IMAGE, "/x.png", 0, 6),
                new PostLinks.Ref(PostLinks.Type.LINK, "other.md#s", 0, 27),
                new PostLinks.Ref(PostLinks.Type.IMAGE, "/y.jpg", 1, 0),
                new PostLinks.Ref(PostLinks.Type.POST_URL, "2020-01-01-x", 1, 26),
                new PostLinks.Ref(PostLinks.Type.IMAGE, "space name.png", 2, 0));
    }

    @Test
    void skipsCode() {
        String body = "`![no](/a.png)` text\n\n```md\n![no](/b.png)\n```\n\n    ![no](/c.png)\n\n~~~\n[x](y.md)\n~~~\nok ![yes](/d.png)";
        List<PostLinks.Ref> refs = PostLinks.scan(body);
        assertThat(refs).extracting(PostLinks.Ref::target).containsExactly("/d.png");
        assertThat(refs.get(0).line()).isEqualTo(11);
    }

    @Test
    void referenceDefinitionsButNotFootnotes() {
        List<PostLinks.Ref> refs = PostLinks.scan("See ![pic][p].\n\n[p]: /img/p.png \"Title\"\n  [doc]: <other post.md>\n[^1]: a note\n");
        assertThat(refs).containsExactly(
                new PostLinks.Ref(PostLinks.Type.DEFINITION, "/img/p.png", 2, 5),
                new PostLinks.Ref(PostLinks.Type.DEFINITION, "other post.md", 3, 9));
    }
}
