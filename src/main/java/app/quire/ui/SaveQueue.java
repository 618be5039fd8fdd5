package app.quire.ui;

import app.quire.ui.workspace.DocumentModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * Save operations per document, one after the other (docs/decisions/0173). An operation is everything a save
 * does: snapshot, write on the {@link SaveLane}, questions such as "overwrite?", and marking the post saved; it
 * ends when its future completes (on the FX thread). A second save of a post waits for the first; of several
 * saves of the same kind asked for meanwhile only one waits (it takes its snapshot when it starts, so it writes
 * the newest text). {@link #saving()} lists the posts with an operation running or waiting. FX thread only.
 */
final class SaveQueue {
    private static final System.Logger LOG = System.getLogger(SaveQueue.class.getName());

    /** How a wait for running saves ended. */
    enum Settled {
        DONE,
        STILL_RUNNING
    }

    private record Waiting(String kind, CompletableFuture<Boolean> future) {
    }

    private final Executor fx;
    private final Map<DocumentModel, CompletableFuture<Boolean>> last = new HashMap<>();
    private final Map<DocumentModel, Waiting> waiting = new HashMap<>();
    private final ObservableSet<DocumentModel> saving = FXCollections.observableSet();

    /** @param fx runs the end of a bounded wait on the FX thread ({@code Platform::runLater} in the app) */
    SaveQueue(Executor fx) {
        this.fx = fx;
    }

    /**
     * Runs {@code operation} for the document now, or after its running one. While one of the same
     * {@code kind} is already waiting, returns that one's future instead of queueing another.
     */
    CompletableFuture<Boolean> enqueue(DocumentModel doc, String kind,
            Supplier<CompletableFuture<Boolean>> operation) {
        CompletableFuture<Boolean> before = last.get(doc);
        if (before == null) {
            return track(doc, start(operation));
        }
        Waiting w = waiting.get(doc);
        if (w != null && w.kind().equals(kind)) {
            return w.future();
        }
        CompletableFuture<Boolean> next = new CompletableFuture<>();
        Waiting mine = new Waiting(kind, next);
        waiting.put(doc, mine);
        before.whenComplete((r, e) -> {
            waiting.remove(doc, mine);
            start(operation).whenComplete((ok, error) -> {
                if (error != null) {
                    next.completeExceptionally(error);
                } else {
                    next.complete(ok);
                }
            });
        });
        return track(doc, next);
    }

    private static CompletableFuture<Boolean> start(Supplier<CompletableFuture<Boolean>> operation) {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<Boolean> track(DocumentModel doc, CompletableFuture<Boolean> op) {
        last.put(doc, op);
        saving.add(doc);
        op.whenComplete((ok, error) -> {
            if (error != null) {
                LOG.log(System.Logger.Level.WARNING, "a save of " + doc.displayName() + " ended with an error",
                        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            }
            if (last.get(doc) == op) {
                last.remove(doc);
                saving.remove(doc);
            }
        });
        return op;
    }

    /** True while a save of the document runs or waits. */
    boolean isBusy(DocumentModel doc) {
        return last.containsKey(doc);
    }

    /** Completes (on the FX thread) when the document's saves asked for so far have ended, however they ended. */
    CompletableFuture<Void> settled(DocumentModel doc) {
        CompletableFuture<Boolean> op = last.get(doc);
        return op == null ? CompletableFuture.completedFuture(null) : op.handle((r, e) -> null);
    }

    /**
     * Completes on the FX thread when every save asked for so far has ended, or with {@link Settled#STILL_RUNNING}
     * after {@code bound}. Completes at once when nothing runs.
     */
    CompletableFuture<Settled> allSettled(Duration bound) {
        if (last.isEmpty()) {
            return CompletableFuture.completedFuture(Settled.DONE);
        }
        List<CompletableFuture<?>> all = new ArrayList<>();
        last.values().forEach(f -> all.add(f.handle((r, e) -> null)));
        CompletableFuture<Settled> result = new CompletableFuture<>();
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenRun(() -> result.complete(Settled.DONE));
        CompletableFuture.delayedExecutor(bound.toMillis(), TimeUnit.MILLISECONDS, fx)
                .execute(() -> result.complete(Settled.STILL_RUNNING));
        return result;
    }

    /** The posts with a save running or waiting (the status bar shows "Saving…" for a slow one). */
    ObservableSet<DocumentModel> saving() {
        return saving;
    }
}
