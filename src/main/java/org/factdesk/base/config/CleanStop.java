package org.factdesk.base.config;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Work that must end before the JVM's shutdown begins, not during it. The JVM runs all shutdown
 * hooks at once, in no order, and ONNX Runtime registers one of its own that frees its native
 * environment: a thread still inside the model (loading it, or encoding) then crashes the JVM
 * (SIGSEGV, issue 43). So SIGTERM and SIGINT are taken here first: each registered stop runs, bounded,
 * and only then does the JVM exit (with 143 or 130, as it would have), running its hooks: Spring's
 * context close and H2's compaction among them. No Spring here: the command line uses it too.
 */
public final class CleanStop {

    private static final Logger LOG = LoggerFactory.getLogger(CleanStop.class);
    private static final List<Stoppable> BEFORE_EXIT = new CopyOnWriteArrayList<>();
    private static volatile boolean installed;

    /** Something to stop before the JVM's shutdown begins. */
    public interface Stoppable {
        /** Ends the work within {@code within}, and lets none begin afterwards. */
        void stopBeforeExit(Duration within);
    }

    private CleanStop() {
    }

    /** Takes SIGTERM and SIGINT from the JVM's own handlers; once per process. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        for (var name : List.of("TERM", "INT")) {
            try {
                Signal.handle(new Signal(name), signal -> exit(128 + signal.getNumber()));
            } catch (IllegalArgumentException e) {
                // -Xrs, or a platform without the signal: the JVM's own handling stays
                LOG.debug("Signal {} is not taken: {}", name, e.getMessage());
            }
        }
        installed = true;
    }

    public static void beforeExit(Stoppable stoppable) {
        BEFORE_EXIT.add(stoppable);
    }

    public static void forget(Stoppable stoppable) {
        BEFORE_EXIT.remove(stoppable);
    }

    /** Runs every registered stop (10 s at most each), then exits as the signal would have. */
    static void exit(int status) {
        for (var stoppable : BEFORE_EXIT) {
            try {
                stoppable.stopBeforeExit(Duration.ofSeconds(10));
            } catch (RuntimeException e) {
                LOG.warn("Could not stop {} before exiting: {}", stoppable, e.toString());
            }
        }
        System.exit(status);
    }
}
