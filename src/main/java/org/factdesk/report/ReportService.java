package org.factdesk.report;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimView;
import org.factdesk.document.DocumentService;
import org.factdesk.publication.PublicationService;
import org.factdesk.publication.PublishingProperties;
import org.factdesk.report.export.BratExporter;
import org.factdesk.report.export.ClaimReviewExporter;
import org.factdesk.report.export.CsvExporter;
import org.factdesk.report.export.DocumentReport;
import org.factdesk.report.export.Exporter;
import org.factdesk.report.export.HtmlExporter;
import org.factdesk.report.export.JsonExporter;
import org.factdesk.report.export.MarkdownExporter;
import org.factdesk.report.export.PdfExporter;
import org.factdesk.report.export.ReportClaim;
import org.factdesk.report.export.W3cExporter;
import org.factdesk.search.ClaimQuery;
import org.factdesk.search.ClaimSearchService;
import org.factdesk.security.CurrentUser;
import org.factdesk.verification.ClaimRecordService;
import org.factdesk.verification.VerdictScaleService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds verification reports and writes them in any export format. Everyone who can read may export. */
@Service
@PreAuthorize("hasRole('VIEWER')")
public class ReportService {

    /** Formats for one document. */
    public static final List<String> DOCUMENT_FORMATS = List.of("html", "pdf", "md", "csv", "json", "claimreview", "w3c",
            "brat");
    /** Formats for a report over many documents. */
    public static final List<String> FILTER_FORMATS = List.of("html", "csv", "json");
    private static final int MAX_FILTER_CLAIMS = 20_000;

    private final Map<String, Exporter> exporters = new HashMap<>();
    private final DocumentService documents;
    private final ClaimService claims;
    private final ClaimRecordService records;
    private final VerdictScaleService scale;
    private final ClaimSearchService search;
    private final CurrentUser currentUser;
    private final PublishingProperties publishing;

    private final org.factdesk.match.MatchService matching;
    private final PublicationService publications;

    ReportService(DocumentService documents, ClaimService claims, ClaimRecordService records,
            VerdictScaleService scale, ClaimSearchService search, CurrentUser currentUser,
            PublishingProperties publishing, org.factdesk.match.MatchService matching, PublicationService publications) {
        this.matching = matching;
        this.publications = publications;
        this.documents = documents;
        this.claims = claims;
        this.records = records;
        this.scale = scale;
        this.search = search;
        this.currentUser = currentUser;
        this.publishing = publishing;
        for (var exporter : List.of(new HtmlExporter(), new PdfExporter(), new MarkdownExporter(), new CsvExporter(),
                new JsonExporter(), new ClaimReviewExporter(), new W3cExporter(), new BratExporter())) {
            exporters.put(exporter.format(), exporter);
        }
    }

    public Exporter exporter(String format, List<String> allowed) {
        var key = format == null ? "" : format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!allowed.contains(key)) {
            throw new InvalidInputException("format", "Unknown report format '" + format + "'; use one of " + allowed);
        }
        return exporters.get(key);
    }

    /** The verification report of one document. */
    @Transactional(readOnly = true)
    public DocumentReport documentReport(long documentId) {
        var document = documents.get(documentId);
        var list = claims.forDocument(documentId);
        return withPublications(new DocumentReport(document, reportClaims(list, false), scale.scale(), publisher(),
                Instant.now(), currentUser.usernameOrSystem(), "Verification report: " + document.metadata().title()));
    }

    /** A report over the claims of many documents, chosen by a filter. */
    @Transactional(readOnly = true)
    public DocumentReport filterReport(ReportFilter filter) {
        var query = new ClaimQuery(null, filter.statuses(), null, filter.tag(), Set.of(), filter.claimant(), null,
                Set.of(), filter.verdicts(), null);
        var found = search.search(query, PageRequest.of(0, MAX_FILTER_CLAIMS, Sort.by("documentId", "start", "id")))
                .getContent();
        var inRange = found.stream().filter(c -> {
            var day = c.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
            return (filter.from() == null || !day.isBefore(filter.from())) && (filter.to() == null || !day.isAfter(filter.to()));
        }).toList();
        var describe = new ArrayList<String>();
        if (filter.from() != null || filter.to() != null) {
            describe.add((filter.from() == null ? "…" : filter.from()) + " to " + (filter.to() == null ? "…" : filter.to()));
        }
        if (!filter.statuses().isEmpty()) {
            describe.add("status " + filter.statuses());
        }
        if (!filter.verdicts().isEmpty()) {
            describe.add("verdict " + filter.verdicts());
        }
        if (filter.claimant() != null && !filter.claimant().isBlank()) {
            describe.add("claimant \u201C" + filter.claimant() + "\u201D");
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            describe.add("tag " + filter.tag());
        }
        return withPublications(new DocumentReport(null, reportClaims(inRange, true), scale.scale(), publisher(),
                Instant.now(), currentUser.usernameOrSystem(),
                "Claims report" + (describe.isEmpty() ? "" : ": " + String.join(", ", describe))));
    }

    /** Writes a report in a format. */
    public void write(DocumentReport report, Exporter exporter, OutputStream out) throws java.io.IOException {
        write(report, exporter, out, false);
    }

    /**
     * Writes a report in a format; with {@code alreadyChecked}, the JSON export (Factdesk's
     * full-fidelity format) also carries each claim's best matches in the library of verified claims.
     * That is a question to the library per claim (a few milliseconds each once the library's vectors
     * are encoded, far more before), so it is asked for, not done on every export.
     */
    public void write(DocumentReport report, Exporter exporter, OutputStream out, boolean alreadyChecked)
            throws java.io.IOException {
        if (alreadyChecked && !(exporter instanceof JsonExporter)) {
            throw new InvalidInputException("alreadyChecked", "The matches in the library come with format=json only");
        }
        exporter.write(alreadyChecked ? withAlreadyChecked(report) : report, out);
    }

    /** How many matches per claim the JSON export carries. */
    static final int EXPORTED_MATCHES = 3;

    private DocumentReport withAlreadyChecked(DocumentReport report) {
        var matches = new java.util.LinkedHashMap<Long, List<DocumentReport.AlreadyChecked>>();
        var ids = report.claims().stream().map(c -> c.claim().id()).toList();
        matching.matchClaims(ids, EXPORTED_MATCHES).forEach((id, found) -> matches.put(id, found.stream()
                .map(m -> new DocumentReport.AlreadyChecked(m.rank(), m.score(), m.origin(), m.claim(), m.claimId(),
                        m.factCheckId(), m.status(), m.verdict(), m.publisher(), m.url()))
                .toList()));
        return report.withAlreadyChecked(matches);
    }

    /** Published claims are exported from their publications, which no later change of the live claim reaches. */
    private DocumentReport withPublications(DocumentReport report) {
        var published = publications.versionsOf(report.claims().stream().map(c -> c.claim().id()).toList());
        var codes = scale.byCode();
        var claims = report.claims().stream().map(c -> {
            var versions = published.get(c.claim().id());
            return new ReportClaim(c.number(), PublishedRecords.asPublished(c.record(),
                    versions == null ? null : versions.getLast(), codes), c.documentTitle());
        }).toList();
        return new DocumentReport(report.document(), claims, report.scale(), report.publisher(), report.generatedAt(),
                report.generatedBy(), report.title(), report.alreadyChecked(), java.util.Map.copyOf(published));
    }

    private List<ReportClaim> reportClaims(List<ClaimView> list, boolean withTitles) {
        var sorted = list.stream().sorted(Comparator.comparingLong(ClaimView::documentId).thenComparingInt(ClaimView::start)
                .thenComparingInt(ClaimView::end).thenComparingLong(ClaimView::id)).toList();
        var titles = new HashMap<Long, String>();
        var result = new ArrayList<ReportClaim>(sorted.size());
        int number = 0;
        for (var record : records.records(sorted)) {
            var c = record.claim();
            var title = withTitles ? titles.computeIfAbsent(c.documentId(), id -> documents.summary(id).title()) : null;
            result.add(new ReportClaim(++number, record, title));
        }
        return result;
    }

    private DocumentReport.Publisher publisher() {
        return new DocumentReport.Publisher(publishing.organizationName(), publishing.organizationUrl(),
                publishing.factCheckBaseUrl(), publishing.appBaseUrl(), publishing);
    }
}
