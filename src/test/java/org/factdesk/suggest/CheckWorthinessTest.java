package org.factdesk.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckWorthinessTest {

    private static List<TextAnalysis.Token> tokens(String sentence) {
        var tokens = new ArrayList<TextAnalysis.Token>();
        TextAnalysis.analyse(sentence).forEach(s -> tokens.addAll(s.tokens()));
        return tokens;
    }

    @Test
    void a_statistical_sentence_gives_up_to_three_reasons_in_words_and_small_talk_gives_none_that_are_not_positive() {
        var model = CheckWorthiness.bundled();
        var reasons = model.reasons(tokens("Unemployment fell to 4 percent last year, the lowest rate in 50 years."), 3);

        assertThat(reasons).hasSizeBetween(1, 3).doesNotHaveDuplicates()
                .allSatisfy(r -> assertThat(r).doesNotContain("=").doesNotContain("_"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).containsAnyOf("comparison", "percent", "number"));
        assertThat(model.reasons(tokens("Thank you."), 3)).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void reasons_follow_the_model_a_feature_that_lowers_the_score_is_never_a_reason() throws Exception {
        // A model trained where sentences with "percent" are never worth checking cannot give it as a reason.
        var examples = new ArrayList<CheckWorthiness.Example>();
        for (int i = 0; i < 40; i++) {
            examples.add(new CheckWorthiness.Example(tokens("Taxes rose by " + i + " percent."), false));
            examples.add(new CheckWorthiness.Example(tokens("We cut taxes for " + i + " million families."), true));
        }
        var families = EnumSet.allOf(CheckWorthiness.Family.class);
        var model = new CheckWorthiness(CheckWorthiness.train(examples, families, 0.1, 100), families);

        var percent = model.reasons(tokens("Taxes rose by 7 percent."), 3);
        var cut = model.reasons(tokens("We cut taxes for 7 million families."), 3);

        assertThat(percent).noneMatch(r -> r.contains("percent"));
        assertThat(cut).isNotEmpty();
        assertThat(model.score(tokens("We cut taxes for 7 million families."))).isGreaterThan(model.score(tokens("Taxes rose by 7 percent.")));
        var out = new ByteArrayOutputStream();
        CheckWorthiness.write(CheckWorthiness.train(examples, families, 0.1, 100), out);
        assertThat(out.size()).isPositive();
    }

    @Test
    void only_features_a_reader_understands_have_labels() {
        assertThat(CheckWorthiness.label("w=percent")).isEqualTo("the word \u201Cpercent\u201D");
        assertThat(CheckWorthiness.label("b=<s>_we")).isEqualTo("starts with \u201Cwe\u201D");
        assertThat(CheckWorthiness.label("number-unit")).isEqualTo("a number with what it counts");
        assertThat(CheckWorthiness.label("p=NUM")).isNull();
        assertThat(CheckWorthiness.label("pp=DET_NOUN")).isNull();
        assertThat(CheckWorthiness.label("names=0")).isNull();
    }

    @Test
    void the_form_features_describe_the_sentence_without_its_words() {
        var form = EnumSet.of(CheckWorthiness.Family.FORM);
        assertThat(CheckWorthiness.features(tokens("We will create 2 million jobs."), form))
                .contains("promise", "number-unit").noneMatch(f -> f.startsWith("w="));
        assertThat(CheckWorthiness.features(tokens("Is that the biggest deficit?"), form)).contains("question", "superlative");
        assertThat(CheckWorthiness.features(tokens("I think Senator Smith voted against it."), form))
                .contains("hedge", "past", "names=2");
    }

    @Test
    void debates_are_dated_from_their_names_and_the_newest_third_is_held_out() {
        assertThat(CheckWorthinessEvaluation.date("20160926_1pres.tsv")).isEqualTo(LocalDate.of(2016, 9, 26));
        assertThat(CheckWorthinessEvaluation.date("20182601_trump_world.tsv")).isEqualTo(LocalDate.of(2018, 1, 26));
        var split = CheckWorthinessEvaluation.olderAndNewest(List.of("20190108_c", "20160209_a", "20182601_b",
                "20170216_x", "20180916_y", "20161005_z"));
        assertThat(split.get(0)).containsExactly("20160209_a", "20161005_z", "20170216_x", "20182601_b");
        assertThat(split.get(1)).containsExactly("20180916_y", "20190108_c");
    }
}
