package org.factdesk.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.anchoring.Reanchoring.Flag;
import org.factdesk.anchoring.Reanchoring.Outcome;
import org.junit.jupiter.api.Test;

class ReanchorerTest {

    private static final String ARTICLE = """
            The Kremlin has confirmed that Biden has offered Putin a meeting.
            US State Department spokeswoman Jen Psaki claimed the current concentration of Russian troops in the region is more than at any time since 2014.
            Kiev accused Moscow of deploying more than 80,000 troops on the Ukrainian border and in the annexed Crimea.
            Russian Defense Minister Sergei Shoigu explained the concentration of servicemen in these areas by "control checks.\"""";

    private static TextAnchor anchor(String text, String quote) {
        int at = text.indexOf(quote);
        var cp = new CodePointText(text);
        return Anchors.at(cp, cp.toCodePoint(at), cp.toCodePoint(at) + quote.codePointCount(0, quote.length()), quote);
    }

    private static Reanchoring reanchor(String before, String after, String quote) {
        return new Reanchorer(before, after).reanchor(anchor(before, quote));
    }

    private static String at(String text, TextAnchor a) {
        return new CodePointText(text).slice(a.start(), a.end());
    }

    @Test
    void an_edit_after_the_claim_leaves_it_anchored_at_the_same_offsets() {
        var after = ARTICLE.replace("control checks", "routine control checks");
        var result = reanchor(ARTICLE, after, "more than 80,000 troops");

        assertThat(result.outcome()).isEqualTo(Outcome.ANCHORED);
        assertThat(result.flag()).isEqualTo(Flag.NONE);
        assertThat(at(after, result.anchor())).isEqualTo("more than 80,000 troops");
    }

    @Test
    void an_insertion_before_the_claim_moves_it_with_its_words() {
        var after = "Updated on Wednesday. " + ARTICLE;
        var result = reanchor(ARTICLE, after, "more than 80,000 troops");

        assertThat(result.outcome()).isEqualTo(Outcome.MOVED);
        assertThat(result.flag()).isEqualTo(Flag.NONE);
        assertThat(result.anchor().start()).isEqualTo(anchor(ARTICLE, "more than 80,000 troops").start() + 22);
        assertThat(at(after, result.anchor())).isEqualTo("more than 80,000 troops");
    }

    @Test
    void a_sentence_moved_elsewhere_takes_its_claim_along() {
        var kiev = "Kiev accused Moscow of deploying more than 80,000 troops on the Ukrainian border and in the annexed Crimea.\n";
        var after = kiev + ARTICLE.replace(kiev, "");
        var result = reanchor(ARTICLE, after, "Kiev accused Moscow");

        assertThat(result.outcome()).isEqualTo(Outcome.MOVED);
        assertThat(result.anchor().start()).isZero();
        assertThat(at(after, result.anchor())).isEqualTo("Kiev accused Moscow");
    }

    @Test
    void of_two_occurrences_the_one_with_matching_context_wins() {
        var before = "Alpha said 80,000 troops. Beta said nothing. Gamma said 80,000 troops were there.";
        var after = "Intro. Gamma said 80,000 troops were there. Alpha said 80,000 troops. Beta said nothing.";
        var result = new Reanchorer(before, after).reanchor(anchor(before, "80,000 troops were"));

        assertThat(at(after, result.anchor())).isEqualTo("80,000 troops were");
        assertThat(result.flag()).isEqualTo(Flag.NONE);
    }

    @Test
    void a_one_letter_edit_inside_the_quote_is_followed_but_flagged_inexact() {
        var after = ARTICLE.replace("more than 80,000 troops", "more than 85,000 troops");
        var result = reanchor(ARTICLE, after, "Kiev accused Moscow of deploying more than 80,000 troops on the Ukrainian border");

        assertThat(result.outcome()).isEqualTo(Outcome.MOVED);
        assertThat(result.flag()).isEqualTo(Flag.INEXACT);
        assertThat(result.similarity()).isGreaterThanOrEqualTo(Reanchorer.MIN_SIMILARITY);
        assertThat(at(after, result.anchor())).contains("85,000");
    }

    @Test
    void a_case_change_is_followed_but_flagged() {
        var after = ARTICLE.replace("Kiev accused Moscow", "KIEV ACCUSED MOSCOW");
        var result = reanchor(ARTICLE, after, "Kiev accused Moscow");

        assertThat(result.outcome()).isNotEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(result.flag()).isEqualTo(Flag.INEXACT);
        assertThat(at(after, result.anchor())).isEqualTo("KIEV ACCUSED MOSCOW");
    }

    @Test
    void a_rewritten_quote_needs_review_and_is_never_attached_to_other_words() {
        var after = ARTICLE.replace("Kiev accused Moscow of deploying more than 80,000 troops",
                "Ukraine's government said Russia had sent a large force");
        var result = reanchor(ARTICLE, after, "more than 80,000 troops");

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(result.anchor()).isNull();
    }

    @Test
    void a_deleted_quote_needs_review() {
        var after = ARTICLE.replace("Russian Defense Minister Sergei Shoigu explained the concentration of servicemen in these areas by \"control checks.\"", "");
        var result = reanchor(ARTICLE, after, "control checks");

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    }

    @Test
    void emoji_and_combining_marks_before_a_claim_shift_it_by_code_points() {
        var before = "Caf\u00e9 report: troops arrived.";
        var after = "\uD83D\uDCF0 Cafe\u0301 report: troops arrived.";
        var result = new Reanchorer(before, after).reanchor(anchor(before, "troops arrived"));

        assertThat(result.anchor().start()).isEqualTo(anchor(before, "troops arrived").start() + 3);
        assertThat(at(after, result.anchor())).isEqualTo("troops arrived");
    }

    /** The desk's report: a cue kept without context went to the "said" of another sentence, unflagged. */
    @Test
    void a_cue_kept_without_context_follows_its_sentence_not_another_said() {
        var whiteHouse = "The White House said on Friday that the economy added 467,000 jobs in January.";
        var critics = "Critics said the figures were misleading.";
        var texas = "The governor of Texas said the state had created more jobs than any other.";
        var before = whiteHouse + "\n\n" + critics + "\n\n" + texas;
        var after = texas + "\n\n" + whiteHouse.replace("467,000", "476,000") + "\n\n" + critics;
        var cp = new CodePointText(before);
        int texasSaid = cp.toCodePoint(before.indexOf(texas) + texas.indexOf("said"));
        int houseSaid = cp.toCodePoint(before.indexOf("said"));
        var reanchorer = new Reanchorer(before, after);
        // As an attribution keeps them: start, end and the words, no context.
        var texasCue = reanchorer.reanchor(new TextAnchor(texasSaid, texasSaid + 4, "said", "", ""));
        var houseCue = reanchorer.reanchor(new TextAnchor(houseSaid, houseSaid + 4, "said", "", ""));

        assertThat(texasCue.flag()).isEqualTo(Reanchoring.Flag.NONE);
        assertThat(texasCue.anchor().start()).isEqualTo(after.indexOf("said"));
        // Its own sentence changed ("476,000"), and a sentence deleted beside one that begins alike looks the
        // same from here: placed, but a person is asked.
        assertThat(houseCue.flag()).isEqualTo(Reanchoring.Flag.AMBIGUOUS);
        assertThat(houseCue.anchor().start()).isEqualTo(after.indexOf(whiteHouse.substring(0, 20)) + 16);
    }

    @Test
    void a_cue_whose_sentence_was_deleted_is_not_placed_on_a_sentence_that_begins_alike() {
        var before = "Kyiv said on Friday the report was wrong. Kyiv said on Friday the state had created jobs.";
        var after = "Kyiv said on Friday the state had created jobs.";
        var result = new Reanchorer(before, after).reanchor(new TextAnchor(5, 9, "said", "", ""));

        assertThat(result.needsAttention()).as("%s", result).isTrue();
    }

    @Test
    void a_figure_corrected_in_front_of_the_quote_flags_it_rather_than_placing_it_mid_number() {
        var before = "The audit found 31 cases of fraud among a million forms filed last year.";
        var after = before.replace("found 31", "found 131");
        var result = reanchor(before, after, "31 cases of fraud among a million forms filed");

        assertThat(result.flag()).isEqualTo(Reanchoring.Flag.INEXACT);
    }

    @Test
    void a_passage_the_text_repeats_does_not_take_the_claim_of_a_deleted_copy_unflagged() {
        var repeated = "the new rules would cost small farms about two thousand dollars a year";
        var first = "On Monday the minister said " + repeated + ".";
        var second = "Farmers' groups repeated that " + repeated + ", and asked for a delay.";
        var before = first + "\n\nThe debate went on for hours.\n\n" + second;
        var after = "The debate went on for hours.\n\n" + second;
        var result = reanchor(before, after, repeated);

        assertThat(result.needsAttention()).as("%s", result).isTrue();
    }
}
