package org.factdesk.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that encodes the library's sentence vectors ahead of questions and keeps them in
 * {@code match_vector}: the vectors that questions encoded on the way, then the entries that have
 * none yet, a few at a time; the rows of entries that left the library are deleted here too, so a
 * question never writes. It gives way to questions: on a small server the encoder's core is the one
 * a question (and the reader's requests around it) would otherwise share.
 */
final class EncodingAhead {

    private static final Logger LOG = LoggerFactory.getLogger(EncodingAhead.class);

    /**
     * How long encoding ahead waits after a question. Two seconds is a reviewer's pause between two
     * claims; chosen by reasoning, not tuned on a measurement.
     */
    static final long QUIET_NANOS = 2_000_000_000L;

    /** Vectors encoded in one go: about a tenth of a second on one core, so a question waits little. */
    static final int BATCH = 16;

    private final MatchIndex index;
    private final MatchVectors vectors;
    private final MatchVectorTable table;
    private final Runnable refresh;
    private final java.time.Duration pauseOnError;
    private final ConcurrentLinkedQueue<String> forgotten = new ConcurrentLinkedQueue<>();
    private volatile long lastQuestion = System.nanoTime() - QUIET_NANOS;
    private volatile @Nullable Thread thread;

    EncodingAhead(MatchIndex index, MatchVectors vectors, MatchVectorTable table, Runnable refresh) {
        this(index, vectors, table, refresh, java.time.Duration.ofSeconds(30));
    }

    /** {@code pauseOnError}: how long the thread waits after a failure (the database away, say) before it tries again. */
    EncodingAhead(MatchIndex index, MatchVectors vectors, MatchVectorTable table, Runnable refresh,
            java.time.Duration pauseOnError) {
        this.index = index;
        this.vectors = vectors;
        this.table = table;
        this.refresh = refresh;
        this.pauseOnError = pauseOnError;
    }

    /** A question is being asked: encoding ahead waits for {@link #QUIET_NANOS}. */
    void asked() {
        lastQuestion = System.nanoTime();
    }

    /** These entries left the library: their kept rows are deleted on this thread. */
    void forget(Collection<String> keys) {
        forgotten.addAll(keys);
    }

    void start() {
        var started = Thread.ofPlatform().daemon().name("claim-matching-vectors").unstarted(() -> {
            try {
                refresh.run();
            } catch (RuntimeException e) {
                LOG.warn("Claim matching index not built in advance (questions build it): {}", e.getMessage());
            }
            run();
        });
        thread = started;
        started.start();
    }

    void stop() throws InterruptedException {
        var running = thread;
        if (running != null) {
            running.interrupt();
            running.join(10_000);
        }
    }

    private void run() {
        long encodedHere = 0;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                keep(); // also what questions encoded
                if (System.nanoTime() - lastQuestion < QUIET_NANOS) {
                    Thread.sleep(250); // someone is asking: their questions come first
                    continue;
                }
                var batch = vectors.missing(index.entries(), BATCH);
                if (!batch.isEmpty()) {
                    vectors.of(batch);
                    encodedHere += batch.size();
                    continue;
                }
                if (encodedHere > 0) {
                    LOG.info("Claim matching: {} sentence vectors encoded, {} in all", encodedHere, vectors.size());
                    encodedHere = 0;
                }
                Thread.sleep(5_000);
                refresh.run();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // The database away for a moment, say: questions still work (they encode what they need), and
                // this thread tries again a little later.
                LOG.warn("Claim matching: encoding ahead paused for {} s: {}", pauseOnError.toMillis() / 1000.0, e.toString());
                try {
                    Thread.sleep(pauseOnError);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** Keeps the vectors encoded since the last call (of entries still in the library) and deletes the forgotten ones. */
    private void keep() {
        var fresh = vectors.drainEncoded().stream().filter(v -> index.get(v.key()) != null).toList();
        try {
            table.keep(fresh);
        } catch (RuntimeException e) {
            vectors.requeue(fresh); // kept after the pause
            throw e;
        }
        var gone = new ArrayList<String>();
        for (String key; (key = forgotten.poll()) != null; ) {
            gone.add(key);
        }
        try {
            table.delete(gone);
        } catch (RuntimeException e) {
            forgotten.addAll(gone); // tried again after the pause
            throw e;
        }
    }
}
