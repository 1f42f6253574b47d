package org.factdesk.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** "Already checked?": the library entries that best match a claim's text, best first. */
public final class ClaimMatcher {

    /** A library entry that matches, with the ranker's score and its place (1 = best). */
    public record Match(VerifiedClaim claim, double score, int rank) {
    }

    private final MatchIndex index;
    private final MatchRanker ranker;

    public ClaimMatcher(MatchIndex index, MatchRanker ranker) {
        this.index = index;
        this.ranker = ranker;
    }

    public List<Match> match(String text, int limit) {
        record Scored(MatchIndex.Candidate candidate, double score) {
        }
        var scored = new ArrayList<Scored>();
        for (var candidate : index.candidates(text, Math.max(limit, MatchIndex.CANDIDATES), ranker.readsFeatures())) {
            scored.add(new Scored(candidate, ranker.score(candidate)));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingInt(s -> s.candidate().rank()));
        var matches = new ArrayList<Match>();
        for (int i = 0; i < Math.min(limit, scored.size()); i++) {
            matches.add(new Match(scored.get(i).candidate().claim(), scored.get(i).score(), i + 1));
        }
        return matches;
    }
}
