package org.factdesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A field of a partial update: left alone, emptied, or set; converting a value keeps the state. */
class PatchTest {

    @Test
    void each_state_applies_to_the_current_value_as_a_patch_means() {
        assertThat(Patch.<String>absent().or("kept")).isEqualTo("kept");
        assertThat(Patch.<String>cleared().or("kept")).isNull();
        assertThat(Patch.of("new").or("kept")).isEqualTo("new");
        assertThat(Patch.of(null)).isEqualTo(Patch.cleared());
        assertThat(Patch.ifGiven(null)).isEqualTo(Patch.absent());
        assertThat(Patch.ifGiven("x")).isEqualTo(Patch.of("x"));
    }

    @Test
    void present_is_named_in_the_update_and_the_value_is_only_a_set_one() {
        assertThat(Patch.absent().present()).isFalse();
        assertThat(Patch.cleared().present()).isTrue();
        assertThat(Patch.of(3).present()).isTrue();
        assertThat(Patch.<Integer>cleared().valueOrNull()).isNull();
        assertThat(Patch.of(3).valueOrNull()).isEqualTo(3);
    }

    @Test
    void a_conversion_touches_only_a_value_and_a_null_result_empties_the_field() {
        assertThat(Patch.<String>absent().map(String::length)).isEqualTo(Patch.absent());
        assertThat(Patch.<String>cleared().map(String::length)).isEqualTo(Patch.cleared());
        assertThat(Patch.of("four").map(String::length)).isEqualTo(Patch.of(4));
        assertThat(Patch.of("  ").map(s -> s.isBlank() ? null : s)).isEqualTo(Patch.cleared());
        assertThatThrownBy(() -> Patch.<String>of("x").map(s -> {
            throw new InvalidInputException("field", "refused");
        })).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_value_is_never_null() {
        assertThatThrownBy(() -> new Patch.Value<String>(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("Patch.cleared()");
    }
}
