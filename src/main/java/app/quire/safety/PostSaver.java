package app.quire.safety;

import app.quire.post.FileChangedOnDiskException;
import app.quire.post.PostFile;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;

/**
 * The save action in one place: keep the version on disk in {@link LocalHistory}, save atomically through
 * {@link PostFile}, then (with {@link #save}) drop the autosaved recovery text. Call it off the FX thread: the
 * editor calls {@link #write} on its save lane and drops the recovery text itself once it knows the editor still
 * shows the text that was written (docs/decisions/0173).
 */
public final class PostSaver {
    private static final System.Logger LOG = System.getLogger(PostSaver.class.getName());
    private final LocalHistory history;
    private final AutosaveScheduler autosave;

    /** @param autosave may be null (then no recovery entry is dropped) */
    public PostSaver(LocalHistory history, AutosaveScheduler autosave) {
        this.history = history;
        this.autosave = autosave;
    }

    /**
     * Saves {@code text}. With {@code overwrite} false a file changed on disk is refused
     * ({@link FileChangedOnDiskException}); with true it is replaced (and its version kept first).
     * A history failure is logged and does not stop the save. Drops the document's recovery entry.
     */
    public void save(PostFile pf, String docId, String text, boolean overwrite) throws IOException {
        write(pf, text, overwrite);
        if (autosave != null) {
            autosave.saved(docId);
        }
    }

    /** As {@link #save} but leaves the recovery entry alone (the caller decides whether the post is now saved). */
    public void write(PostFile pf, String text, boolean overwrite) throws IOException {
        if (!overwrite && pf.changedOnDisk()) {
            throw new FileChangedOnDiskException(pf.path());
        }
        try {
            String previous = pf.changedOnDisk() && Files.exists(pf.path())
                    ? PostFile.open(pf.path(), PostFile.Decoding.DETECT).text() : pf.text();
            if (!previous.equals(text)) {
                history.keep(pf.path(), previous);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not keep the previous version of {0}: {1}", pf.path(), e.getMessage());
        }
        pf.saveOverwriting(text);
    }
}
