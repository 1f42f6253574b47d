package org.factdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.factdesk.IntegrationTest;
import org.factdesk.attribution.AttributionDraft;
import org.factdesk.attribution.AttributionService;
import org.factdesk.attribution.ClaimantDraft;
import org.factdesk.attribution.ClaimantKind;
import org.factdesk.attribution.ClaimantService;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimView;
import org.factdesk.claim.NewClaim;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.factdesk.verification.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Claims screen as a work queue: sorted by what other features know, and searches saved per person. */
@IntegrationTest
class ClaimQueueTest {

    @Autowired
    ClaimSearchService search;
    @Autowired
    SavedFilterService filters;
    @Autowired
    DocumentService documents;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService reviews;
    @Autowired
    AttributionService attributions;
    @Autowired
    ClaimantService claimants;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contexts;

    private long claim(String title, String run) {
        var text = "Claim of " + run + " in " + title + ".";
        var doc = documents.create(DocumentMetadata.titled(title + " " + run), text).id();
        return claims.create(doc, NewClaim.at(0, text.length())).id();
    }

    private List<Long> ids(String run, ClaimSort by, boolean descending) {
        var query = new ClaimQuery(null, java.util.Set.of(), run, null, java.util.Set.of(), null, null,
                java.util.Set.of());
        return search.search(query, new ClaimSort.Order(by, descending), 0, 50).getContent().stream()
                .map(ClaimView::id).toList();
    }

    @Test
    @WithUserDetails("editor")
    void claims_sort_by_verdict_on_the_scale_by_names_and_by_document_title_with_empty_cells_last() {
        var run = UUID.randomUUID().toString().substring(0, 8);
        long a = claim("Charlie", run);
        long b = claim("alpha", run);
        long c = claim("Bravo", run);
        long none = claim("Delta", run);
        reviews.setVerdict(a, null, "FALSE", "Checked.", null); // 5th on the scale
        reviews.setVerdict(b, null, "TRUE", "Checked.", null); // 1st
        reviews.setVerdict(c, null, "MIXED", "Checked.", null); // 3rd
        reviews.assign(a, null, "reviewer2");
        reviews.assign(c, null, "reviewer");
        var zelensky = claimants.create(ClaimantDraft.named("Zelensky " + run, ClaimantKind.PERSON)).id();
        var ahmed = claimants.create(ClaimantDraft.named("\u00c1hmed " + run, ClaimantKind.PERSON)).id();
        attributions.set(b, null, AttributionDraft.of(zelensky, null, "said", null));
        attributions.set(none, null, AttributionDraft.of(ahmed, null, "said", null));

        assertThat(ids(run, ClaimSort.VERDICT, false)).containsExactly(b, c, a, none);
        assertThat(ids(run, ClaimSort.VERDICT, true)).as("empty cells last either way").containsExactly(a, c, b, none);
        assertThat(ids(run, ClaimSort.ASSIGNEE, false).subList(0, 2)).as("reviewer before reviewer2, the unassigned after")
                .containsExactly(c, a);
        assertThat(ids(run, ClaimSort.CLAIMANT, false).subList(0, 2)).as("accents aside: Áhmed before Zelensky")
                .containsExactly(none, b);
        assertThat(ids(run, ClaimSort.DOCUMENT, false)).containsExactly(b, c, a, none);
        assertThat(ids(run, ClaimSort.DOCUMENT, true)).containsExactly(none, a, c, b);
        assertThat(ids(run, ClaimSort.UPDATED, true).getFirst()).as("the last change first").isEqualTo(none);
        assertThat(search.search(new ClaimQuery(null, java.util.Set.of(), run, null, java.util.Set.of(), null, null,
                java.util.Set.of(), java.util.Set.of(), "reviewer2"), ClaimSort.Order.NEWEST_CHANGE, 0, 50)
                .getContent()).extracting(ClaimView::id).containsExactly(a);
    }

    @Test
    @WithUserDetails("reviewer")
    void a_saved_filter_is_written_canonically_changed_by_its_name_and_seen_by_its_owner_only() {
        var name = "In review " + UUID.randomUUID().toString().substring(0, 6);
        var saved = filters.save("  " + name + " ", "?sort=updated,desc&assignee=reviewer&status=in_review");
        assertThat(saved.name()).isEqualTo(name);
        assertThat(saved.search()).isEqualTo("status=IN_REVIEW&assignee=reviewer");
        filters.save(name, "status=IN_REVIEW&sort=verdict");
        assertThat(filters.mine()).filteredOn(f -> f.name().equals(name)).singleElement()
                .extracting(SavedFilterView::search).isEqualTo("status=IN_REVIEW&sort=verdict%2Casc");

        as("reviewer2", () -> {
            assertThat(filters.mine()).extracting(SavedFilterView::name).doesNotContain(name);
            assertThatThrownBy(() -> filters.delete(name)).isInstanceOf(NotFoundException.class);
        });
        filters.delete(name);
        assertThat(filters.mine()).extracting(SavedFilterView::name).doesNotContain(name);
    }

    @Test
    @WithUserDetails("reviewer")
    void a_filter_that_cannot_be_read_or_named_is_refused_and_writes_nothing() {
        var before = filters.mine();
        assertThatThrownBy(() -> filters.save("Broken", "stauts=IN_REVIEW"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("stauts"));
        assertThatThrownBy(() -> filters.save(" ", "status=IN_REVIEW"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> filters.save("x".repeat(101), "status=IN_REVIEW"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("100");
        assertThat(filters.mine()).isEqualTo(before);
    }

    private void as(String username, Runnable work) {
        var outer = contexts.getContext();
        var user = users.loadUserByUsername(username);
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts.setContext(context);
        try {
            work.run();
        } finally {
            contexts.setContext(outer);
        }
    }
}
