package org.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.factdesk.IntegrationTest;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.NewClaim;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The "already checked" badge: a strong enough match that is a fact-check, or a published claim of the desk. */
@IntegrationTest
class AlreadyCheckedTest {

    @Autowired
    MatchService matches;
    @Autowired
    FactCheckLibraryService library;
    @Autowired
    DocumentService documents;
    @Autowired
    ClaimService claims;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long claim(String text) {
        var doc = documents.create(DocumentMetadata.titled("Badge " + text.hashCode()), text).id();
        return claims.create(doc, NewClaim.at(0, text.length())).id();
    }

    @Test
    @WithUserDetails("editor")
    void a_claim_a_fact_check_answers_is_already_checked_and_one_nobody_checked_is_not() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var checkedText = "The ferry to Ostrand " + run + " stopped running in the winter of 2019.";
        var imported = library.importFile("badge-" + run + ".tsv", ("id\tclaim\ttitle\turl\trating\tpublisher\n1\t" + checkedText
                + "\t" + checkedText + "\thttps://checks.example/badge-" + run + "\tFalse\tIsland Desk\n")
                .getBytes(StandardCharsets.UTF_8));
        // Badges re-rank only candidates whose vectors are kept: the app encodes an import in the background.
        var key = "factcheck:" + jdbc.sql("select id from fact_check where collection_id = ?")
                .param(imported.collection().id()).query(Long.class).single();
        long deadline = System.currentTimeMillis() + 60_000;
        while (jdbc.sql("select count(*) from match_vector where entry_key = ?").param(key).query(Long.class).single() == 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        long answered = claim(checkedText);
        long unchecked = claim("Velmora's " + run + " glassblowers melt sand from the northern dunes.");
        long alsoHere = claim("The glassblowers of Velmora " + run + " melt sand from its northern dunes.");

        var found = matches.alreadyChecked(List.of(answered, unchecked, alsoHere));
        assertThat(found).containsOnlyKeys(answered);
        var badge = found.get(answered);
        assertThat(badge.origin()).isEqualTo("IMPORTED");
        assertThat(badge.publisher()).isEqualTo("Island Desk");
        assertThat(badge.verdict()).isEqualTo("False");
        assertThat(badge.score()).isGreaterThanOrEqualTo(MatchService.ALREADY_CHECKED);
        // (Words no other test's fact-checks use: the suite shares one library.)
        // The two glassblowers' claims say the same, but neither was checked: a claim in research is no badge.
        assertThat(matches.matchClaim(unchecked, 1)).extracting(MatchService.MatchView::claimId)
                .containsExactly(alsoHere);
    }
}
