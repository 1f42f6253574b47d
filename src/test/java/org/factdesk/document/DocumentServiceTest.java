package org.factdesk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.factdesk.IntegrationTest;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class DocumentServiceTest {

    @Autowired
    DocumentService documents;

    @Test
    @WithUserDetails("viewer")
    void the_sample_article_is_imported_on_first_start_with_its_metadata() {
        var sample = documents.get(1);
        assertThat(sample.metadata().title()).isEqualTo("Biden Invited Putin to Meet in a Third Country");
        assertThat(sample.metadata().publishedAt()).isEqualTo(LocalDate.of(2021, 4, 13));
        assertThat(sample.text()).contains("Kiev accused Moscow of deploying more than 80,000 troops");
        assertThat(sample.summary().createdBy()).isEqualTo("system");
    }

    @Test
    @WithUserDetails("reviewer")
    void a_created_document_keeps_canonical_text_and_is_found_by_title_publisher_or_author() {
        var created = documents.create(new DocumentMetadata("Budget vote  delayed\n", null, "The Ledger",
                "A. Writer", null, "en-gb"), "First line.\r\nSecond line.");

        assertThat(created.text()).isEqualTo("First line.\nSecond line.");
        assertThat(created.metadata().title()).isEqualTo("Budget vote delayed");
        assertThat(created.metadata().language()).isEqualTo("en-GB");
        assertThat(created.revision()).isEqualTo(1);
        assertThat(created.summary().wordCount()).isEqualTo(4);
        assertThat(created.summary().createdBy()).isEqualTo("reviewer");
        assertThat(documents.list("LEDGER", PageRequest.of(0, 10)).getContent()).extracting(DocumentSummary::id)
                .contains(created.id());
        assertThat(documents.list("a. writer", PageRequest.of(0, 10)).getContent()).extracting(DocumentSummary::id)
                .contains(created.id());
        assertThat(documents.list("100%", PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    @WithUserDetails("reviewer")
    void a_metadata_edit_based_on_an_old_version_is_refused() {
        var created = documents.create(DocumentMetadata.titled("Versioned"), "Text.");
        var v = created.summary().version();
        documents.updateMetadata(created.id(), DocumentMetadata.titled("Renamed"), v);

        assertThatThrownBy(() -> documents.updateMetadata(created.id(), DocumentMetadata.titled("Again"), v))
                .isInstanceOf(StaleVersionException.class);
        assertThat(documents.summary(created.id()).title()).isEqualTo("Renamed");
    }

    @Test
    @WithUserDetails("reviewer")
    void only_web_addresses_are_accepted_as_source_urls() {
        assertThatThrownBy(() -> new DocumentMetadata("t", "javascript:alert(1)", null, null, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("http");
        assertThatThrownBy(() -> new DocumentMetadata("t", "file:///etc/passwd", null, null, null, null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_cannot_create_documents() {
        assertThatThrownBy(() -> documents.create(DocumentMetadata.titled("No"), "text"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
