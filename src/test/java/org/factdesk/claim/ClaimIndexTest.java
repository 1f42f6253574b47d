package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.factdesk.IntegrationTest;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** Search answers from the in-memory index; it must follow every change the database sees. */
@IntegrationTest
@WithUserDetails("editor")
class ClaimIndexTest {

    @Autowired
    ClaimService claims;
    @Autowired
    ClaimQueries queries;
    @Autowired
    DocumentService documents;
    @Autowired
    ClaimIndex index;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.factdesk.verification.ReviewService reviews;

    private List<Long> find(String text) {
        return queries.search(new ClaimFilter(null, Set.of(), text, Set.of(), null, null),
                PageRequest.of(0, 100, Sort.by("documentId", "start", "id"))).map(ClaimView::id).getContent();
    }

    @Test
    void search_follows_creation_edits_status_deletion_and_a_deleted_document() {
        long doc = documents.create(DocumentMetadata.titled("Index"), "Zanzibarians accused Quuxland of zorbing.").id();
        var claim = claims.create(doc, new NewClaim(0, 12, null, "Zanzibarians say quux", List.of("zorb")));
        var other = claims.create(doc, new NewClaim(21, 29, null, null, List.of()));
        assertThat(find("zanzibarians say")).containsExactly(claim.id());
        assertThat(find("QUUXLAND")).containsExactly(other.id());

        claims.update(claim.id(), null, ClaimEdit.text("Renamed to plover"));
        assertThat(find("zanzibarians say")).isEmpty();
        assertThat(find("plover")).containsExactly(claim.id());

        reviews.transition(claim.id(), null, ClaimStatus.IN_RESEARCH, null);
        var inResearch = queries.search(new ClaimFilter(doc, Set.of(ClaimStatus.IN_RESEARCH), null, Set.of(), "zorb", null),
                PageRequest.of(0, 10, Sort.by("documentId", "start", "id")));
        assertThat(inResearch.getContent()).extracting(ClaimView::id).containsExactly(claim.id());
        assertThat(inResearch.getTotalElements()).isEqualTo(1);

        claims.delete(other.id(), null);
        assertThat(find("quuxland")).isEmpty();

        documents.delete(doc);
        assertThat(find("plover")).isEmpty();
    }

    @Test
    void claims_written_by_another_process_are_found_through_their_audit_entries() {
        long doc = documents.create(DocumentMetadata.titled("Outside"), "Written elsewhere: grommets rose.").id();
        find("warm the index up");
        jdbc.sql("insert into claim (document_id, start_offset, end_offset, exact, prefix, suffix, anchor_state,"
                + " anchored_revision, claim_text, status, created_at, created_by, updated_at, updated_by, version)"
                + " values (?, 19, 27, 'grommets', '', '', 'ANCHORED', 1, 'grommets rose', 'UNCHECKED',"
                + " current_timestamp, 'other', current_timestamp, 'other', 0)").param(doc).update();
        long id = jdbc.sql("select max(id) from claim").query(Long.class).single();
        jdbc.sql("insert into audit_entry (claim_id, document_id, at, actor, action, event_type) values (?, ?,"
                + " current_timestamp, 'other', 'created', 'Untyped')").params(id, doc).update();
        assertThat(find("grommets")).containsExactly(id);
    }

    @Test
    void orders_the_index_does_not_know_are_answered_by_the_database() {
        long doc = documents.create(DocumentMetadata.titled("Order"), "Alpha beta gamma delta.").id();
        claims.create(doc, new NewClaim(0, 5, null, "bbb ordered", List.of()));
        claims.create(doc, new NewClaim(6, 10, null, "aaa ordered", List.of()));
        var byText = queries.search(new ClaimFilter(doc, Set.of(), "ordered", Set.of(), null, null),
                PageRequest.of(0, 10, Sort.by("claimText")));
        assertThat(byText.getContent()).extracting(ClaimView::claimText).containsExactly("aaa ordered", "bbb ordered");
    }
}
