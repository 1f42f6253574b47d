package org.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimMatcherTest {

    /** A small library in the shape of fact-checkers' claims (written for this test). */
    static List<VerifiedClaim> library() {
        return List.of(
                VerifiedClaim.imported("1", "The city council voted to ban gas stoves in all new homes.",
                        "Did the Council Ban Gas Stoves?"),
                VerifiedClaim.imported("2", "A photograph shows a shark swimming on a flooded highway after the hurricane.",
                        "Shark on a Flooded Highway"),
                VerifiedClaim.imported("3", "Drinking hot water every fifteen minutes cures the flu.",
                        "Does Hot Water Cure the Flu?"),
                VerifiedClaim.imported("4", "The governor cut the state's school budget by 40 percent in 2019.",
                        "Governor's School Budget Cut"),
                VerifiedClaim.imported("5", "The senator said unemployment fell to 3 percent last year.",
                        "Unemployment at 3 Percent?"),
                VerifiedClaim.imported("6", "The school budget grew by 12 percent under the new governor.",
                        "School Budget Growth"));
    }

    @Test
    void the_fact_check_of_the_same_claim_comes_first() {
        try (var index = new MatchIndex()) {
            index.putAll(library());
            index.refresh();
            var matcher = new ClaimMatcher(index, MatchRanker.bm25());
            var top = matcher.match("BREAKING: a shark was seen swimming down the highway after the hurricane flooded it!"
                    + " https://t.co/x — Some One (@someone) August 28, 2017", 3);
            assertThat(top).isNotEmpty();
            assertThat(top.getFirst().claim().key()).isEqualTo("2");
            assertThat(top.getFirst().rank()).isEqualTo(1);
            assertThat(top).extracting(ClaimMatcher.Match::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        }
    }

    @Test
    void entries_can_be_replaced_and_removed_while_the_index_is_in_use() {
        try (var index = new MatchIndex()) {
            index.putAll(library());
            index.refresh();
            var matcher = new ClaimMatcher(index, MatchRanker.bm25());
            assertThat(matcher.match("gas stoves banned in new homes", 1).getFirst().claim().key()).isEqualTo("1");

            index.put(VerifiedClaim.imported("1", "Wind turbines cause cancer in nearby residents.", null));
            index.refresh();
            assertThat(matcher.match("gas stoves banned in new homes", 5)).extracting(m -> m.claim().key())
                    .doesNotContain("1");
            assertThat(matcher.match("wind turbines cancer", 1).getFirst().claim().claim()).startsWith("Wind turbines");

            index.removeAll(List.of("1", "unknown"));
            index.refresh();
            assertThat(index.size()).isEqualTo(library().size() - 1);
            assertThat(matcher.match("wind turbines cancer", 5)).extracting(m -> m.claim().key()).doesNotContain("1");
        }
    }

    @Test
    void a_ranker_that_reads_no_feature_gets_the_same_candidates_without_them() {
        try (var index = new MatchIndex()) {
            index.putAll(library());
            index.refresh();
            var query = "The governor cut the school budget by 40 percent";
            var plain = index.candidates(query, 10, false);
            var full = index.candidates(query, 10);
            assertThat(plain).extracting(c -> c.claim().key()).isEqualTo(full.stream().map(c -> c.claim().key()).toList());
            assertThat(plain).extracting(MatchIndex.Candidate::bm25).isEqualTo(
                    full.stream().map(MatchIndex.Candidate::bm25).toList());
            assertThat(plain).allMatch(c -> c.features().length == 0);
            assertThat(full).allMatch(c -> c.features().length == MatchIndex.FEATURES.size());
            assertThat(MatchRanker.bm25().readsFeatures()).isFalse();
        }
    }

    @Test
    void a_text_with_no_words_to_match_finds_nothing() {
        try (var index = new MatchIndex()) {
            index.putAll(library());
            index.refresh();
            assertThat(new ClaimMatcher(index, MatchRanker.bm25()).match("the and of — @nobody https://t.co/x", 5))
                    .isEmpty();
        }
    }

    @Test
    void numbers_that_disagree_are_a_feature_the_ranker_can_weigh() {
        try (var index = new MatchIndex()) {
            index.putAll(library());
            index.refresh();
            var candidates = index.candidates("The governor cut the school budget by 40 percent", 10);
            var cut = candidates.stream().filter(c -> c.claim().key().equals("4")).findFirst().orElseThrow();
            var grew = candidates.stream().filter(c -> c.claim().key().equals("6")).findFirst().orElseThrow();
            int shared = MatchIndex.FEATURES.indexOf("numbers_shared");
            int missing = MatchIndex.FEATURES.indexOf("numbers_missing");
            assertThat(cut.features()[shared]).isGreaterThan(0);
            assertThat(cut.features()[missing]).isZero();
            assertThat(grew.features()[shared]).isZero();
            assertThat(grew.features()[missing]).isEqualTo(1.0);
        }
    }

    @Test
    void a_trained_ranker_learns_from_labelled_queries_and_survives_a_round_trip() throws Exception {
        try (var index = new MatchIndex()) {
            index.putAll(library());
            index.refresh();
            var labelled = new ArrayList<MatchRanker.Labelled>();
            labelled.add(new MatchRanker.Labelled("council bans gas stoves for new houses", Set.of("1")));
            labelled.add(new MatchRanker.Labelled("shark photographed on highway during hurricane flood", Set.of("2")));
            labelled.add(new MatchRanker.Labelled("hot water cures flu if you drink it often", Set.of("3")));
            labelled.add(new MatchRanker.Labelled("governor cut school budget 40 percent", Set.of("4")));
            labelled.add(new MatchRanker.Labelled("unemployment fell to 3 percent says senator", Set.of("5")));
            labelled.add(new MatchRanker.Labelled("school budget grew 12 percent with new governor", Set.of("6")));
            var trained = MatchRanker.train(index, labelled);
            var copy = MatchRanker.Trained.fromBytes(trained.toBytes());
            var matcher = new ClaimMatcher(index, copy);
            assertThat(matcher.match("the governor cut the school budget by 40 percent", 1).getFirst().claim().key())
                    .isEqualTo("4");
            var candidate = index.candidates("school budget 12 percent growth", 5).getFirst();
            assertThat(copy.score(candidate)).isEqualTo(trained.score(candidate)).isBetween(0.0, 1.0);
        }
    }

    @Test
    void a_question_waits_only_for_its_first_candidates_vectors_and_leaves_out_the_others_until_encoded() {
        try (var index = new MatchIndex()) {
            index.putAll(library());
            index.refresh();
            var vectors = new MatchVectors(new SentenceEncoder());
            var matcher = new ClaimMatcher(index, vectors, 2);
            var question = "the governor, the council and the senator on school budgets, stoves, sharks and the flu";
            assertThat(index.candidates(question, 10, false)).as("candidates").hasSizeGreaterThan(2);
            var first = matcher.match(question, 10);
            assertThat(vectors.size()).as("vectors encoded while the question waited").isEqualTo(2);
            assertThat(first).as("only candidates with a vector are ranked").hasSize(2);

            vectors.of(library()); // the encoding thread catches up
            var later = matcher.match(question, 10);
            assertThat(later).hasSizeGreaterThan(2);
            assertThat(later.stream().map(m -> m.claim().key()))
                    .containsAll(first.stream().map(m -> m.claim().key()).toList());
        }
    }

    @Test
    void a_fact_check_is_represented_by_its_title_and_a_claim_without_one_by_its_text() {
        var titled = VerifiedClaim.imported("1", "The council voted to ban gas stoves.", "Did the Council Ban Gas Stoves?");
        var bare = VerifiedClaim.imported("2", "The council voted to ban gas stoves.", " ");
        assertThat(titled.meaningText()).isEqualTo("Did the Council Ban Gas Stoves?");
        assertThat(bare.meaningText()).isEqualTo("The council voted to ban gas stoves.");
    }
}
