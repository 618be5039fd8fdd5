package app.quire.ui.posts;

import app.quire.post.PostNames;
import app.quire.post.schema.FrontMatterSchema;
import app.quire.site.PostOperations;
import app.quire.site.RenameRedirect;
import app.quire.site.Site;
import app.quire.ui.DocumentCommands;
import app.quire.ui.Prompter;
import app.quire.ui.workspace.DocumentModel;
import app.quire.ui.workspace.WorkspaceModel;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The Blog menu's file commands: new post (or draft) by the site's convention, rename, delete to the trash,
 * publish a draft. Questions go through the prompters on the FX thread; the file work runs in the background
 * and the sidebar is refreshed afterwards. A post open in a tab is closed first (which asks to save unsaved
 * changes; cancelling stops the command) and reopened at its new path.
 */
public final class BlogCommands {
    private final WorkspaceModel workspace;
    private final DocumentCommands documents;
    private final Prompter prompter;
    private BlogPrompts prompts;
    private final Executor background;
    private final Executor fx;
    private final Runnable refresh;
    private Function<Path, PostOperations.Trash> trash = DesktopTrash::new;
    private Clock clock = Clock.systemDefaultZone();

    public BlogCommands(WorkspaceModel workspace, DocumentCommands documents, Prompter prompter, BlogPrompts prompts,
            Executor background, Executor fx, Runnable refresh) {
        this.workspace = workspace;
        this.documents = documents;
        this.prompter = prompter;
        this.prompts = prompts;
        this.background = background;
        this.fx = fx;
        this.refresh = refresh;
    }

    /** The text and confirmation questions (tests answer them). */
    public void setPrompts(BlogPrompts prompts) {
        this.prompts = prompts;
    }

    /** Where deleted posts go, per blog root (tests use a folder trash). */
    public void setTrash(Function<Path, PostOperations.Trash> trash) {
        this.trash = trash;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** A blocking step that may fail. */
    private interface Work<T> {
        T run() throws IOException;
    }

    private <T> void inBackground(String failure, Work<T> work, java.util.function.Consumer<T> then) {
        background.execute(() -> {
            try {
                T result = work.run();
                fx.execute(() -> then.accept(result));
            } catch (IOException | RuntimeException e) {
                fx.execute(() -> {
                    refresh.run();
                    prompter.showError(failure + " " + reason(e), e);
                });
            }
        });
    }

    private static String reason(Exception e) {
        if (e instanceof FileAlreadyExistsException) {
            return "A file with that name already exists; choose another name.";
        }
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return e.getMessage() + ".";
        }
        return "Check that the blog folder is writable.";
    }

    private Optional<Path> blog() {
        Optional<Path> b = workspace.blogFolder();
        if (b.isEmpty()) {
            prompter.showInfo("No Blog Open", "Open a blog folder first (File > Open Blog Folder…, Ctrl+Shift+O).");
        }
        return b;
    }

    /** Asks for a title, creates the post by the site's convention right away and opens it. */
    public void newPost(boolean draft) {
        Optional<Path> blog = blog();
        if (blog.isEmpty()) {
            return;
        }
        String what = draft ? "Draft" : "Post";
        Optional<String> title = prompts.askText("New " + what + " in Blog", "Title of the new " + what.toLowerCase()
                + ":", "");
        if (title.isEmpty()) {
            return;
        }
        FrontMatterSchema schema = workspace.schemaProperty().get();
        ZonedDateTime now = ZonedDateTime.now(clock);
        inBackground("Quire could not create the post.", () -> {
            Site site = Site.open(blog.get());
            FrontMatterSchema s = schema != null && schema.siteRoot().isPresent() ? schema
                    : FrontMatterSchema.load(blog.get());
            return PostOperations.newPost(site, s, title.get(), now.withZoneSameInstant(
                    s.zone().orElse(now.getZone())), draft);
        }, path -> {
            refresh.run();
            documents.open(path).ifPresent(d -> d.editor().area().moveTo(d.editor().area().getLength()));
        });
    }

    /**
     * Asks for a new file name (the slug; a Jekyll date prefix stays) and renames the file; when that moves the post
     * to another address in a Hugo blog (or a Jekyll blog with jekyll-redirect-from), offers to keep the old one
     * working first (decision 0238).
     */
    public void rename(SidebarItem item) {
        if (item == null) {
            return;
        }
        String name = item.path().getFileName().toString();
        String slug = PostNames.parseJekyll(name).map(PostNames.JekyllName::slug).orElse(PostNames.stem(name));
        Optional<String> answer = prompts.askText("Rename Post", renameQuestion(item.title(), name), slug);
        if (answer.isEmpty() || answer.get().equals(slug)) {
            return;
        }
        closeIfOpen(item.path()).thenAccept(reopen -> {
            if (reopen.isEmpty()) {
                return;
            }
            Optional<Path> root = workspace.blogFolder().or(() -> Site.findRoot(item.path()));
            inBackground("Quire could not rename " + name + ".", () -> root.isEmpty() ? null
                    : RenameRedirect.plan(Site.open(root.get()), item.path(), answer.get()), offer -> {
                        Optional<Boolean> keep = offer == null || !asksToKeep(offer) ? Optional.of(false)
                                : prompts.askKeepOldAddress(item.title(), offer);
                        if (keep.isEmpty()) { // cancelled: the post stays as it was
                            if (reopen.get()) {
                                documents.open(item.path());
                            }
                            return;
                        }
                        inBackground("Quire could not rename " + name + ".", () -> offer == null
                                ? PostOperations.rename(item.path(), answer.get())
                                : RenameRedirect.rename(offer, keep.get()), path -> {
                                    refresh.run();
                                    if (reopen.get()) {
                                        documents.open(path);
                                    }
                                });
                    });
        });
    }

    /** The address question is asked where a redirect can exist: Hugo, and Jekyll with its redirect plugin. */
    private static boolean asksToKeep(RenameRedirect.Offer offer) {
        return offer.urlChanges() && offer.key() != null
                && (offer.availability() == RenameRedirect.Availability.OFFERED
                || offer.availability() == RenameRedirect.Availability.NOT_OFFERED);
    }

    /** Rename's question: a date prefix is mentioned only when the file has one (Hugo and plain names do not). */
    static String renameQuestion(String title, String fileName) {
        boolean dated = PostNames.parseJekyll(fileName).isPresent();
        return "New file name for “" + title + "” ("
                + (dated ? "the date prefix and extension stay" : "the extension stays") + "):";
    }

    /** Asks, then moves the post to the trash. */
    public void delete(SidebarItem item) {
        if (item == null) {
            return;
        }
        Optional<Path> blog = blog();
        if (blog.isEmpty()) {
            return;
        }
        boolean system = trash.apply(blog.get()) instanceof DesktopTrash;
        if (!prompts.confirm("Delete Post", "Move “" + item.title() + "” (" + item.source() + ") to the "
                + (system ? "trash" : "blog's .quire-trash folder") + "?", "Move to Trash")) {
            return;
        }
        closeIfOpen(item.path()).thenAccept(closed -> {
            if (closed.isEmpty()) {
                return;
            }
            PostOperations.Trash t = trash.apply(blog.get());
            inBackground("Quire could not delete " + item.path().getFileName() + ".",
                    () -> Optional.ofNullable(PostOperations.delete(item.path(), t)), where -> refresh.run());
        });
    }

    /** Publishes a draft (Jekyll: moves it to _posts with today's date; else draft: false) and refreshes. */
    public void publish(SidebarItem item) {
        if (item == null) {
            return;
        }
        if (item.status() != SidebarItem.Status.DRAFT && item.status() != SidebarItem.Status.UNPUBLISHED) {
            prompter.showInfo("Publish Draft", "“" + item.title() + "” is not a draft.");
            return;
        }
        Optional<Path> blog = blog();
        if (blog.isEmpty()) {
            return;
        }
        closeIfOpen(item.path()).thenAccept(reopen -> {
            if (reopen.isEmpty()) {
                return;
            }
            FrontMatterSchema schema = workspace.schemaProperty().get();
            ZonedDateTime now = ZonedDateTime.now(clock);
            inBackground("Quire could not publish " + item.path().getFileName() + ".",
                    () -> PostOperations.publish(Site.open(blog.get()), item.path(), now.withZoneSameInstant(
                            schema == null ? now.getZone() : schema.zone().orElse(now.getZone())), schema),
                    path -> {
                        refresh.run();
                        if (reopen.get()) {
                            documents.open(path);
                        }
                    });
        });
    }

    /**
     * Closes the post's tab if it is open (asking to save changes; a save runs off the FX thread, so this
     * completes on the FX thread once the tab is closed). Empty when the tab stayed open; else whether it was open.
     */
    private CompletableFuture<Optional<Boolean>> closeIfOpen(Path file) {
        Optional<DocumentModel> open = workspace.findOpen(file);
        if (open.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.of(false));
        }
        return documents.close(open.get()).thenApply(closed -> closed ? Optional.of(true) : Optional.empty());
    }
}
