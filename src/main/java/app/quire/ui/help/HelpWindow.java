package app.quire.ui.help;

import app.quire.markdown.MarkdownRenderer;
import app.quire.post.Post;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;
import netscape.javascript.JSObject;

/**
 * The user guide in a window: a page of docs/guide (bundled under {@value #ROOT}) rendered like a post, with its
 * screenshots. A link to another guide page opens it here; a web link opens in the system browser; a link to the
 * developer documentation (outside the guide) names where it lives instead of failing (decision 0192).
 */
public final class HelpWindow {
    static final String ROOT = "/app/quire/help/guide/";
    static final String HOME = "README.md";
    private static final System.Logger LOG = System.getLogger(HelpWindow.class.getName());
    private static final String CLICKS = "document.addEventListener('click', function (e) {"
            + " var a = e.target.closest ? e.target.closest('a') : null;"
            + " if (!a) { return; } var href = a.getAttribute('href') || '';"
            + " if (href.charAt(0) === '#') { return; }"
            + " e.preventDefault(); if (window.quireHelp) { window.quireHelp.link(href); } }, true);";

    /** The article stylesheet's page made to fit a window: padding, wide pictures, tables and code scroll. */
    private static final String PAGE_CSS = " body{margin:0;}"
            + " .article{margin:0 auto;padding:1.5em 2em 3em;box-sizing:border-box;}"
            + " pre{overflow-x:auto;} table{display:block;overflow-x:auto;} .article img{max-width:100%;height:auto;}";

    private final WebView view = new WebView();
    private final WebEngine engine = view.getEngine();
    private final Label status = new Label();
    private final BorderPane root = new BorderPane(view);
    private final Consumer<String> openExternal;
    private final Bridge bridge = new Bridge(); // held here: the page holds it only weakly
    private String page = HOME;
    private String anchor;
    private final java.util.Deque<String> back = new java.util.ArrayDeque<>();
    private boolean goingBack;
    private final javafx.scene.control.Button backButton = new javafx.scene.control.Button("\u2190 Back");
    private final javafx.scene.control.Button contents = new javafx.scene.control.Button("Contents");
    private boolean dark;

    /** Called from the page's script on a link click (public for the JavaScript bridge). */
    public final class Bridge {
        public void link(String href) {
            follow(href);
        }
    }

    public HelpWindow(Consumer<String> openExternal) {
        this.openExternal = openExternal;
        status.getStyleClass().add("help-status");
        status.setId("help-status");
        status.setWrapText(true);
        status.setManaged(false);
        status.setVisible(false);
        root.setBottom(status);
        backButton.setId("help-back");
        contents.setId("help-contents");
        backButton.setDisable(true);
        backButton.setOnAction(e -> {
            if (!back.isEmpty()) {
                goingBack = true;
                open(back.pop());
                goingBack = false;
                backButton.setDisable(back.isEmpty());
            }
        });
        contents.setOnAction(e -> open(HOME));
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(8, backButton, contents);
        bar.setPadding(new javafx.geometry.Insets(6, 10, 6, 10));
        root.setTop(bar);
        engine.getLoadWorker().stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.SUCCEEDED) {
                ((JSObject) engine.executeScript("window")).setMember("quireHelp", bridge);
                if (anchor != null) {
                    engine.executeScript("(function(){var t=document.getElementById('" + anchor.replace("'", "")
                            + "');if(t){t.scrollIntoView();}})()");
                }
            }
        });
    }

    /** Shows the guide's home page in a window of its own (one per owner: a second call brings it forward). */
    public static void show(Window owner, boolean dark, Consumer<String> openExternal) {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && "Quire User Guide".equals(s.getTitle()) && s.getOwner() == owner) {
                s.toFront();
                return;
            }
        }
        HelpWindow help = new HelpWindow(openExternal);
        help.dark = dark;
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Quire User Guide");
        Scene scene = new Scene(help.root, 900, 700);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        help.open(HOME);
        stage.show();
    }

    public BorderPane node() {
        return root;
    }

    WebEngine engine() {
        return engine;
    }

    String page() {
        return page;
    }

    String status() {
        return status.getText();
    }

    /** Opens a guide page by file name, with an optional {@code #anchor}; false when the guide has no such page. */
    public boolean open(String name) {
        String file = name;
        String at = null;
        int hash = name.indexOf('#');
        if (hash >= 0) {
            file = name.substring(0, hash);
            at = name.substring(hash + 1);
        }
        URL url = HelpWindow.class.getResource(ROOT + file);
        if (url == null || file.contains("/")) {
            note("The guide has no page " + file + ".");
            return false;
        }
        String markdown;
        try (InputStream in = url.openStream()) {
            markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read guide page " + file, e);
            note("Quire could not read the guide page " + file + ".");
            return false;
        }
        if (!goingBack && engine.getLoadWorker().getState() != Worker.State.READY) {
            back.push(page); // the page being left, for Back
        }
        page = file;
        anchor = at;
        backButton.setDisable(back.isEmpty());
        note(null);
        engine.loadContent(html(Post.parse(markdown).body()));
        return true;
    }

    /** Where a clicked link goes: another guide page here, a web page in the browser, else a sentence. */
    void follow(String href) {
        String h = href.strip();
        String lower = h.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
            openExternal.accept(h);
            return;
        }
        String path = h.contains("#") ? h.substring(0, h.indexOf('#')) : h;
        if (path.endsWith(".md") && !path.contains("/") && !path.contains("\\")) {
            open(h);
            return;
        }
        String where = path.startsWith("../") ? "docs/" + path.substring(3) : "docs/guide/" + path;
        note(path.isEmpty() ? null : "That page is part of Quire's developer documentation, not of this guide: "
                + where + " in Quire's source.");
    }

    private void note(String text) {
        status.setText(text == null ? "" : text);
        status.setVisible(text != null);
        status.setManaged(text != null);
    }

    private String html(String markdownBody) {
        String css = css();
        return "<!DOCTYPE html><html class=\"" + (dark ? "dark" : "light") + "\"><head><meta charset=\"utf-8\">"
                + "<style>" + css
                + PAGE_CSS + "</style></head><body>"
                + "<article class=\"article\">" + inlineImages(MarkdownRenderer.shared().toHtml(markdownBody))
                + "</article>"
                + "<script>" + CLICKS + "</script></body></html>";
    }

    private static final java.util.regex.Pattern IMG_SRC =
            java.util.regex.Pattern.compile("(<img\\b[^>]*?\\ssrc=\")([^\"]+)(\")");

    /**
     * The guide's own pictures as data URLs: a page loaded from a string may not show local or bundled images
     * (preview-notes trap 1), and the pictures are in the app, not on disk. Other sources are left as they are.
     */
    static String inlineImages(String html) {
        java.util.regex.Matcher m = IMG_SRC.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String src = m.group(2);
            String data = src.contains(":") || !src.toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? null
                    : dataUrl(src);
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(m.group(1)
                    + (data == null ? src : data) + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A bundled picture ({@code img/x.png} or {@code ../img/x.png} from a guide page) as a data URL, or null. */
    private static String dataUrl(String src) {
        String path = java.nio.file.Path.of(ROOT, src).normalize().toString().replace('\\', '/');
        if (!path.startsWith("/app/quire/help/")) {
            return null;
        }
        try (InputStream in = HelpWindow.class.getResourceAsStream(path)) {
            return in == null ? null : "data:image/png;base64," + java.util.Base64.getEncoder()
                    .encodeToString(in.readAllBytes());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "guide picture " + path + ": " + e.getMessage());
            return null;
        }
    }

    private static String css() {
        try (InputStream in = HelpWindow.class.getResourceAsStream("/app/quire/markdown/article.css")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
