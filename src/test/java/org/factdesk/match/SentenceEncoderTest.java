package org.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The encoder's stop (issue 43): it waits for a load or an encoding in progress, and no native call begins after it. */
class SentenceEncoderTest {

    @Test
    void a_stop_waits_for_the_model_being_loaded_and_no_call_begins_afterwards() throws Exception {
        var encoder = new SentenceEncoder();
        // The first call loads the model (about a second): the stop below arrives while it loads.
        var first = CompletableFuture.supplyAsync(() -> encoder.encode(List.of("Kyiv said Moscow had deployed 80,000 troops.")));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!encoder.busy() && !first.isDone() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(first).as("still loading when the stop comes").isNotDone();
        encoder.stopBeforeExit(Duration.ofSeconds(30));
        // The call released the encoder before the stop returned (its future completes a moment later,
        // after the call's own return), and it ended with its vector, not torn down under it.
        assertThat(encoder.busy()).as("a call in progress after the stop returned").isFalse();
        assertThat(first.get(10, TimeUnit.SECONDS).getFirst()).hasSize(384);
        assertThatThrownBy(() -> encoder.encode("Another sentence.")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stopping");
    }

    @Test
    void a_context_close_stops_new_calls_without_touching_the_model() {
        var encoder = new SentenceEncoder();
        assertThat(encoder.encode("Psaki said the summit was offered.")).hasSize(384);
        encoder.stopCalls(Duration.ofSeconds(5));
        assertThatThrownBy(() -> encoder.encode("A sentence after the close.")).isInstanceOf(IllegalStateException.class);
    }
}
