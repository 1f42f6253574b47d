package org.factdesk.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggesterTest {

    @Test
    void the_sample_article_suggests_the_troop_figure_psakis_statement_the_kremlin_quote_and_shoigus_explanation()
            throws Exception {
        var text = Files.readString(Path.of("sample-data/documents/biden-invited-putin.txt"));
        var suggestions = new Suggester(CheckWorthiness.bundled()).suggest(text);
        var attributed = suggestions.stream().filter(s -> s.attribution() != null).toList();

        assertThat(attributed).anySatisfy(s -> {
            assertThat(s.speaker()).isEqualTo("Kiev");
            assertThat(s.attribution().cue().of(text)).isEqualTo("accused");
            assertThat(s.span().of(text)).contains("more than 80,000 troops");
            assertThat(s.quantities()).anyMatch(q -> q.span().of(text).equals("more than 80,000 troops"));
        });
        assertThat(attributed).anySatisfy(s -> {
            assertThat(s.speaker()).isEqualTo("Jen Psaki");
            assertThat(s.role()).isEqualTo("US State Department spokeswoman");
            assertThat(s.span().of(text)).contains("more than at any time since 2014");
        });
        assertThat(attributed).anySatisfy(s -> {
            assertThat(s.attribution().source().of(text)).isEqualTo("the press service of the Russian president");
            assertThat(s.attribution().quoted()).isTrue();
            assertThat(s.span().of(text)).startsWith("\u201CBoth sides expressed their readiness");
        });
        assertThat(attributed).anySatisfy(s -> {
            assertThat(s.speaker()).isEqualTo("Sergei Shoigu");
            assertThat(s.attribution().cue().of(text)).isEqualTo("explained");
        });
        assertThat(suggestions).allSatisfy(s -> assertThat(s.score()).isBetween(0.0, 1.0));
    }

    @Test
    void a_pronoun_source_is_resolved_to_the_last_named_speaker() {
        var text = "Jen Psaki said the talks would continue. She added that no date had been set.";
        var suggestions = new Suggester(CheckWorthiness.bundled()).suggest(text);
        assertThat(suggestions).extracting(Suggester.Suggestion::speaker).containsExactly("Jen Psaki", "Jen Psaki");
    }

    @Test
    void a_statistical_claim_scores_higher_than_small_talk() {
        var model = CheckWorthiness.bundled();
        double claim = model.score(tokens("Unemployment fell to 3.5 percent, the lowest rate in fifty years."));
        double talk = model.score(tokens("Thank you all for being here tonight, it is great to see you."));
        assertThat(claim).isGreaterThan(talk * 3);
    }

    private static List<TextAnalysis.Token> tokens(String s) {
        return TextAnalysis.analyse(s).getFirst().tokens();
    }

    @Test
    void an_institution_with_an_adjective_in_its_name_is_named_whole_with_no_role() {
        var text = "The summit would take place in a third country, the White House said on Tuesday.";
        var suggestions = new Suggester(CheckWorthiness.bundled()).suggest(text);
        assertThat(suggestions).filteredOn(s -> s.attribution() != null).singleElement().satisfies(s -> {
            assertThat(s.speaker()).isEqualTo("White House");
            assertThat(s.role()).isNull();
        });
    }

    @Test
    void a_surname_used_after_the_full_name_is_the_same_speaker() {
        var text = "Joe Biden said the sanctions would stay in place. Later Biden said talks were possible.";
        var suggestions = new Suggester(CheckWorthiness.bundled()).suggest(text);
        assertThat(suggestions).filteredOn(s -> s.attribution() != null).extracting(Suggester.Suggestion::speaker)
                .containsExactly("Joe Biden", "Joe Biden");
    }

    @Test
    void a_surname_shared_by_two_full_names_is_left_alone() {
        var suggestions = Suggester.sameSpeakerSameName(List.of(speaking("Joe Biden"), speaking("Jill Biden"),
                speaking("Biden")));
        assertThat(suggestions).extracting(Suggester.Suggestion::speaker).containsExactly("Joe Biden", "Jill Biden",
                "Biden");
    }

    private static Suggester.Suggestion speaking(String speaker) {
        return new Suggester.Suggestion(new Span(0, 1), 0.5, null, speaker, null, List.of(), List.of());
    }

    /** Issue 36: "The governor of Texas" is not the claimant "Texas" with the role "governor of". */
    @Test
    void a_speaker_named_as_an_office_of_a_place_or_an_institution_of_something_is_named_whole() {
        var suggester = new Suggester(CheckWorthiness.bundled());
        assertThat(speakerAndRole(suggester, "The governor of Texas said the state had created more jobs than any other."))
                .containsExactly("Governor of Texas", null);
        assertThat(speakerAndRole(suggester, "The mayor of New York said the bridge would reopen within a month."))
                .containsExactly("Mayor of New York", null);
        assertThat(speakerAndRole(suggester, "The Ministry of Defence said the exercise had been planned for months."))
                .containsExactly("Ministry of Defence", null);
        assertThat(speakerAndRole(suggester, "The chief executive of Pfizer, Albert Bourla, said the vaccine was safe."))
                .containsExactly("Albert Bourla", "chief executive of Pfizer");
    }

    private static java.util.List<String> speakerAndRole(Suggester suggester, String text) {
        var attributed = suggester.suggest(text).stream().filter(s -> s.attribution() != null).toList();
        assertThat(attributed).as(text).hasSize(1);
        var list = new java.util.ArrayList<String>();
        list.add(attributed.getFirst().speaker());
        list.add(attributed.getFirst().role());
        return list;
    }
}
