package org.factdesk.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantitiesTest {

    private static java.util.List<String> find(String text) {
        return Quantities.find(text, 0, text.length()).stream().map(f -> f.kind() + ":" + f.span().of(text)).toList();
    }

    @Test
    void numbers_with_what_they_count_dates_and_comparisons() {
        assertThat(find("Kiev accused Moscow of deploying more than 80,000 troops on the border."))
                .containsExactly("QUANTITY:more than 80,000 troops");
        assertThat(find("The concentration is more than at any time since 2014."))
                .containsExactly("COMPARISON:more than at any time since 2014", "DATE:since 2014");
        assertThat(find("The call took place on Tuesday, April 13.")).containsExactly("DATE:on Tuesday", "DATE:April 13");
        assertThat(find("Spending rose 45 percent to $2.6bn, the largest increase.")).contains("QUANTITY:45 percent",
                "COMPARISON:the largest increase");
    }

    @Test
    void ordinal_words_that_count_nothing_are_not_quantities() {
        assertThat(find("Biden invited Putin to meet in a third country.")).isEmpty();
    }

    @Test
    void the_signals_of_a_part_taken_from_the_whole_text_are_those_of_the_part() {
        var text = "Kiev accused Moscow of deploying more than 80,000 troops on the border. The call took place on "
                + "Tuesday, April 13. Spending rose 45 percent to $2.6bn, the largest increase since 2014. Nothing here.";
        var all = Quantities.all(text);
        for (var sentence : TextAnalysis.analyse(text)) {
            assertThat(Quantities.in(text, all, sentence.start(), sentence.end()))
                    .isEqualTo(Quantities.find(text, sentence.start(), sentence.end()));
        }
        // One that runs on past the part is cut where the part ends.
        int end = text.indexOf("80,000") + "80,000".length();
        assertThat(Quantities.in(text, all, 0, end)).extracting(f -> f.span().of(text)).containsExactly("more than 80,000");
        assertThat(Quantities.in(text, all, end, end)).isEmpty();
    }

    /** Issue 36: "6.6 m" for "6.6 million", and quantities that ran on into "for". */
    @Test
    void a_quantity_keeps_its_scale_word_and_stops_before_a_preposition() {
        assertThat(find("The economy added 6.6 million jobs last year.")).contains("QUANTITY:6.6 million jobs");
        assertThat(find("Officials counted 10 million voters and 30 million ballots."))
                .contains("QUANTITY:10 million voters", "QUANTITY:30 million ballots");
        assertThat(find("The state created more than 700,000 jobs for its workers."))
                .contains("QUANTITY:more than 700,000 jobs");
        assertThat(find("Prices rose 5 m in a week.")).contains("QUANTITY:5 m");
    }
}
