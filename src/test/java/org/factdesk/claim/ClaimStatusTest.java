package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimStatusTest {

    /** The workflow as specified: every pair not listed here is forbidden. */
    private static final Map<ClaimStatus, Set<ClaimStatus>> ALLOWED = Map.of(
            ClaimStatus.UNCHECKED, EnumSet.of(ClaimStatus.IN_RESEARCH, ClaimStatus.DISMISSED),
            ClaimStatus.IN_RESEARCH, EnumSet.of(ClaimStatus.IN_REVIEW, ClaimStatus.DISMISSED),
            ClaimStatus.IN_REVIEW, EnumSet.of(ClaimStatus.PUBLISHED, ClaimStatus.IN_RESEARCH),
            ClaimStatus.PUBLISHED, EnumSet.of(ClaimStatus.IN_RESEARCH),
            ClaimStatus.DISMISSED, EnumSet.noneOf(ClaimStatus.class));

    @Test
    void every_allowed_step_is_taken_and_every_other_one_is_refused_naming_the_allowed_ones() {
        for (var from : ClaimStatus.values()) {
            for (var to : ClaimStatus.values()) {
                if (ALLOWED.get(from).contains(to)) {
                    assertThat(from.transition(to)).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> from.transition(to)).as(from + " -> " + to)
                            .isInstanceOf(ClaimStatus.IllegalTransitionException.class)
                            .hasMessageContaining(from.name())
                            .satisfies(e -> assertThat(((ClaimStatus.IllegalTransitionException) e).allowed())
                                    .isEqualTo(ALLOWED.get(from)));
                }
            }
        }
    }
}
