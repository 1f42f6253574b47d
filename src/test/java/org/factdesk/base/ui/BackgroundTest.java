package org.factdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundTest {

    private final Background.Generation generation = new Background.Generation();
    private final List<String> shown = new ArrayList<>();

    @Test
    void without_a_ui_the_answer_is_handed_over_in_place() {
        Background.ask(null, "t", generation, () -> "found", (answer, error) -> shown.add(answer + "/" + error));

        assertThat(shown).containsExactly("found/null");
    }

    @Test
    void a_failure_is_handed_over_as_its_message_not_thrown() {
        Background.ask(null, "t", generation, () -> {
            throw new IllegalStateException("library closed");
        }, (answer, error) -> shown.add(answer + "/" + error));

        assertThat(shown).containsExactly("null/library closed");
    }

    @Test
    void an_answer_to_a_question_asked_before_the_latest_one_is_dropped() {
        Background.ask(null, "t", generation, () -> {
            generation.next(); // the screen asked again while this question was on its way
            return "stale";
        }, (answer, error) -> shown.add(answer));

        assertThat(shown).isEmpty();
    }
}
