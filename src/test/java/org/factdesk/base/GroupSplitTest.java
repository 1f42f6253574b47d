package org.factdesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GroupSplitTest {

    private final List<String> groups = IntStream.range(0, 77).mapToObj(i -> "site" + i + ".example").toList();

    @Test
    void every_group_is_in_one_half_and_the_halves_differ_by_at_most_one() {
        var split = GroupSplit.of(groups);
        long tuning = groups.stream().filter(g -> split.half(g) == GroupSplit.Half.TUNING).count();
        assertThat(tuning).isBetween(38L, 39L);
    }

    @Test
    void the_split_depends_on_the_names_only_not_their_order_or_repetition() {
        var shuffled = new ArrayList<>(groups);
        shuffled.addAll(groups.subList(0, 10));
        Collections.shuffle(shuffled, new Random(7));
        var a = GroupSplit.of(groups);
        var b = GroupSplit.of(shuffled);
        assertThat(groups).allSatisfy(g -> assertThat(b.half(g)).isEqualTo(a.half(g)));
    }

    @Test
    void a_group_outside_the_split_is_refused() {
        assertThatThrownBy(() -> GroupSplit.of(groups).half("other.example")).isInstanceOf(IllegalArgumentException.class);
    }
}
