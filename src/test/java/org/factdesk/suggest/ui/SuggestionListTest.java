package org.factdesk.suggest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.attribution.AttributionForm;
import org.factdesk.suggest.SuggestionView;
import org.junit.jupiter.api.Test;

class SuggestionListTest {

    private static final SuggestionView.Part PART = new SuggestionView.Part(0, 4, "said");
    private static final SuggestionView.AttributionSuggestion SAID = new SuggestionView.AttributionSuggestion(PART, PART,
            PART, AttributionForm.INDIRECT, "White House", null, null, null, 0.8);
    private static final SuggestionView.Signal TROOPS = new SuggestionView.Signal(0, 4, "80,000 troops", "COUNT");

    @Test
    void a_card_says_worth_checking_only_when_the_model_thinks_so() {
        assertThat(SuggestionList.reason(suggestion(0.62, null, List.of()))).isEqualTo("Worth checking");
        assertThat(SuggestionList.reason(suggestion(0.02, SAID, List.of(TROOPS)))).isEqualTo("Attributed statement");
        assertThat(SuggestionList.reason(suggestion(0.05, null, List.of(TROOPS)))).isEqualTo("Asserts a quantity");
        assertThat(SuggestionList.reason(suggestion(0.2, null, List.of()))).isEqualTo("Possibly worth checking");
    }

    private static SuggestionView suggestion(double score, SuggestionView.AttributionSuggestion a,
            List<SuggestionView.Signal> quantities) {
        return new SuggestionView("0-4", 0, 4, "text", score, a, quantities, List.of());
    }
}
