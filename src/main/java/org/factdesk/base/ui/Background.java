package org.factdesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Asks a slow question away from the request and pushes the answer: the screen shows at once, and
 * the answer arrives when it is ready. The question runs on a virtual thread as the signed-in user
 * (their security context goes with it); the answer, or the failure's message, is handed to the
 * screen inside {@code ui.access}. Without a UI (a browserless test, a background call) it is asked
 * and answered in place.
 *
 * <p>A screen that may ask again before the answer comes passes a {@link Generation}: an answer to
 * an earlier question is dropped.
 */
public final class Background {

    /** Counts a screen's questions, so that only the answer to the latest one is shown. */
    public static final class Generation {
        private volatile long current;

        /** A new question: answers to earlier ones will be dropped. */
        public long next() {
            return ++current;
        }

        boolean isCurrent(long asked) {
            return asked == current;
        }
    }

    private Background() {
    }

    /**
     * Asks {@code question} in the background and hands {@code answer} its result, or null and the
     * failure's message when it threw; nothing is handed over if {@code generation} has moved on.
     */
    public static <T> void ask(@Nullable UI ui, String name, Generation generation, Supplier<T> question,
            BiConsumer<@Nullable T, @Nullable String> answer) {
        long asked = generation.next();
        Runnable work = () -> {
            T result = null;
            String failure = null;
            try {
                result = question.get();
            } catch (RuntimeException e) {
                failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            var found = result;
            var error = failure;
            Runnable show = () -> {
                if (generation.isCurrent(asked)) {
                    answer.accept(found, error);
                }
            };
            if (ui == null) {
                show.run();
            } else {
                try {
                    ui.access(show::run);
                } catch (UIDetachedException e) {
                    // The screen was closed while the question was on its way: there is no one to answer.
                }
            }
        };
        if (ui == null) {
            work.run();
        } else {
            Thread.ofVirtual().name(name).start(new DelegatingSecurityContextRunnable(work));
        }
    }
}
