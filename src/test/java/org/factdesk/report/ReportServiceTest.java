package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.factdesk.IntegrationTest;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.NewClaim;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.factdesk.report.export.Exporter;
import org.factdesk.verification.ReviewService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ReportServiceTest {

    @Autowired
    ReportService reports;
    @Autowired
    DocumentService documents;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService reviews;

    /** Issue 22: a claim's heading could end a PDF page with its quote and fields on the next. */
    @Test
    @WithUserDetails("reviewer")
    void a_pdf_report_never_ends_a_page_with_a_claims_heading() throws Exception {
        var sentence = "The ministry said that 80,000 troops moved towards the border overnight. ";
        var document = documents.create(DocumentMetadata.titled("Page breaks"), sentence.repeat(60));
        for (int i = 0; i < 60; i++) {
            claims.create(document.id(), NewClaim.at(i * sentence.length() + 23, i * sentence.length() + 36));
        }
        var out = new ByteArrayOutputStream();
        reports.write(reports.documentReport(document.id()), reports.exporter("pdf", ReportService.DOCUMENT_FORMATS), out);
        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                var lines = stripper.getText(pdf).strip().lines().filter(l -> !l.startsWith("Page ")).toList();
                var last = lines.getLast();
                // A heading is the claim's number, its text (here the quote) and its id: "[12] 80,000 troops claim 40".
                assertThat(last).as("last line of page %d", page).doesNotMatch("^\\[\\d+\\] 80,000 troops\\s+claim \\d+$");
            }
        }
    }

    @Autowired
    org.factdesk.evidence.SourceService sources;
    @Autowired
    org.factdesk.evidence.EvidenceService evidence;

    /** Issue 36, item 8: a stance and its source ended a page with their excerpt on the next. */
    @Test
    @WithUserDetails("reviewer")
    void a_pdf_report_never_ends_a_page_with_a_stance_whose_excerpt_is_on_the_next() throws Exception {
        var sentence = "The ministry said that 80,000 troops moved towards the border overnight. ";
        var document = documents.create(DocumentMetadata.titled("Evidence breaks"), sentence.repeat(30));
        var run = java.util.UUID.randomUUID().toString().substring(0, 8);
        var excerpt = "Satellite images taken that night show columns of vehicles on the roads near the border,"
                + " and the defence ministry's own briefing the next morning put the number lower than the"
                + " minister's statement of the evening before";
        for (int i = 0; i < 30; i++) {
            var claim = claims.create(document.id(), NewClaim.at(i * sentence.length() + 23, i * sentence.length() + 36));
            for (int k = 0; k < 1 + i % 3; k++) {
                var source = sources.create(org.factdesk.evidence.SourceDraft.web("https://example.org/" + run + "/" + i
                        + "/" + k, "Briefing " + i + "." + k, org.factdesk.evidence.SourceKind.NEWS_REPORT));
                evidence.add(claim.id(), org.factdesk.evidence.NewEvidence.of(source.id(),
                        k % 2 == 0 ? org.factdesk.evidence.Stance.SUPPORTS : org.factdesk.evidence.Stance.REFUTES,
                        excerpt.substring(0, 60 + 40 * ((i + k) % 4))));
            }
        }
        var out = new ByteArrayOutputStream();
        reports.write(reports.documentReport(document.id()), reports.exporter("pdf", ReportService.DOCUMENT_FORMATS), out);
        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
            int stanceLines = 0;
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                var lines = stripper.getText(pdf).strip().lines().filter(l -> !l.startsWith("Page ")).toList();
                stanceLines += (int) lines.stream().filter(l -> l.matches("^(Supports|Refutes):\\s+Briefing .*")).count();
                var last = lines.getLast().strip();
                assertThat(last).as("last line of page %d", page).doesNotMatch("^(Supports|Refutes):\\s+Briefing .*");
                if (last.startsWith("\u201C") || excerpt.contains(last)) {
                    assertThat(last).as("last line of page %d ends its excerpt", page).endsWith("\u201D");
                }
                var first = lines.getFirst().strip();
                assertThat(first.startsWith("\u201C") || !excerpt.contains(first.replace("\u201D", "").strip()))
                        .as("first line of page %d goes on with an excerpt begun on the page before: %s", page, first)
                        .isTrue();
            }
            assertThat(stanceLines).isEqualTo(60);
        }
    }

    /** Issue 36: the PDF numbers claims 1..n as a reader meets them in the text, each with its id small beside it. */
    @Test
    @WithUserDetails("reviewer")
    void the_pdf_numbers_claims_in_reading_order_and_names_their_ids() throws Exception {
        var document = documents.create(DocumentMetadata.titled("Reading order"),
                "Alpha said one thing. Beta said another thing. Gamma said a third thing.");
        var third = claims.create(document.id(), NewClaim.at(53, 71));
        var first = claims.create(document.id(), NewClaim.at(6, 20));
        var second = claims.create(document.id(), NewClaim.at(27, 45));
        var out = new ByteArrayOutputStream();
        reports.write(reports.documentReport(document.id()), reports.exporter("pdf", ReportService.DOCUMENT_FORMATS), out);
        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).containsSubsequence("one thing", "[1]", "another thing", "[2]", "a third thing", "[3]");
            assertThat(text).containsSubsequence("[1] said one thing", "claim " + first.id(), "[2] said another thing",
                    "claim " + second.id(), "[3] said a third thing", "claim " + third.id());
        }
    }

    /** Issue 22: reports numbered claims 1..n and printed unapproved verdicts as if they were published. */
    @Test
    @WithUserDetails("reviewer")
    void reports_show_claims_by_their_factdesk_id_and_mark_an_unapproved_verdict_as_proposed() throws Exception {
        var document = documents.create(DocumentMetadata.titled("Report labels"),
                "The ministry said 80,000 troops moved. The mayor said the bridge was closed.");
        var first = claims.create(document.id(), NewClaim.at(18, 37));
        var second = claims.create(document.id(), NewClaim.at(54, 75));
        reviews.setVerdict(second.id(), null, "FALSE", "The bridge was open that day.", null);
        var report = reports.documentReport(document.id());
        for (var format : new String[] {"md", "html"}) {
            var out = new ByteArrayOutputStream();
            reports.write(report, reports.exporter(format, ReportService.DOCUMENT_FORMATS), out);
            var text = out.toString(StandardCharsets.UTF_8);
            // Markdown labels claims by id; the HTML (and PDF) page numbers them in reading order with the id beside.
            var label = format.equals("md") ? "[%d]" : "claim %d";
            assertThat(text).as(format).contains(label.formatted(first.id())).contains(label.formatted(second.id()))
                    .contains("claim-" + second.id()).contains("Proposed verdict (unchecked, not yet approved)");
        }
    }

    @Test
    @WithUserDetails("viewer")
    void every_exporter_stops_when_its_thread_is_interrupted_and_writes_when_it_is_not() throws Exception {
        var id = documents.list("Biden Invited Putin", PageRequest.of(0, 1)).getContent().getFirst().id();
        var report = reports.documentReport(id);
        assertThat(report.claims()).isNotEmpty();
        for (var format : ReportService.DOCUMENT_FORMATS) {
            var exporter = reports.exporter(format, ReportService.DOCUMENT_FORMATS);
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> reports.write(report, exporter, new ByteArrayOutputStream()))
                        .as(format).isInstanceOf(Exporter.ExportCancelledException.class);
            } finally {
                Thread.interrupted();
            }
            var out = new ByteArrayOutputStream();
            reports.write(report, exporter, out);
            assertThat(out.size()).as(format).isGreaterThan(1);
        }
    }
}
