package org.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunMetricsTest {

    @Test
    void map_at_5_is_the_mean_reciprocal_rank_within_five_for_one_right_answer() {
        var ranked = Map.of("q1", List.of("a", "b", "c"), "q2", List.of("x", "y", "z", "w", "v", "right"),
                "q3", List.of("p", "right3"));
        var relevant = Map.of("q1", Set.of("a"), "q2", Set.of("right"), "q3", Set.of("right3"));
        var metrics = RunMetrics.of(ranked, relevant);
        assertThat(metrics.queries()).isEqualTo(3);
        assertThat(metrics.map5()).isCloseTo((1.0 + 0 + 0.5) / 3, within(1e-9));
        assertThat(metrics.precision1()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(metrics.recall5()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void a_query_with_no_run_counts_as_a_miss() {
        var metrics = RunMetrics.of(Map.of(), Map.of("q1", Set.of("a")));
        assertThat(metrics.queries()).isEqualTo(1);
        assertThat(metrics.map5()).isZero();
    }
}
