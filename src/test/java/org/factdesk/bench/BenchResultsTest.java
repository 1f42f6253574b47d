package org.factdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's figures do not flatter: a p95 needs 20 samples, and with fewer a p95 target is judged on the slowest. */
class BenchResultsTest {

    private static List<Double> oneTo(int n) {
        var samples = new ArrayList<Double>();
        for (int i = 1; i <= n; i++) {
            samples.add((double) i);
        }
        return samples;
    }

    @Test
    void a_p95_is_shown_from_twenty_samples_and_judges_its_target() {
        var figure = BenchResults.record("test: twenty", "ms", oneTo(20), 19.0, BenchResults.On.P95, "");
        assertThat(figure.hasP95()).isTrue();
        assertThat(figure.p95()).isEqualTo(19.0);
        assertThat(figure.status()).isEqualTo("meets");
    }

    @Test
    void with_fewer_samples_there_is_no_p95_and_a_p95_target_is_judged_on_the_slowest() {
        var figure = BenchResults.record("test: five", "ms", oneTo(5), 4.0, BenchResults.On.P95, "");
        assertThat(figure.hasP95()).isFalse();
        assertThat(figure.samples()).isEqualTo(5);
        // The nearest-rank p95 of five samples is the slowest, 5: above the target, so it misses.
        assertThat(figure.measured()).isEqualTo(5.0);
        assertThat(figure.status()).isEqualTo("misses");
        var median = BenchResults.record("test: five by median", "ms", oneTo(5), 3.0, BenchResults.On.MEDIAN, "");
        assertThat(median.hasP95()).isFalse();
        assertThat(median.status()).isEqualTo("meets");
    }
}
