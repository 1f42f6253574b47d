package org.factdesk.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.report.AnnotationImportService;
import org.factdesk.report.Duplicates;
import org.factdesk.report.ImportService;
import org.factdesk.report.ReportFilter;
import org.factdesk.report.ReportService;
import org.factdesk.report.export.DocumentReport;
import org.factdesk.report.export.Exporter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reports and exports of a document or a filter, and imports of Factdesk JSON and W3C annotations. */
@RestController
class ReportController {

    private final ReportService reports;
    private final ImportService imports;
    private final AnnotationImportService annotations;

    ReportController(ReportService reports, ImportService imports, AnnotationImportService annotations) {
        this.reports = reports;
        this.imports = imports;
        this.annotations = annotations;
    }

    /**
     * {@code format}: html, pdf, md, csv, json, claimreview, w3c, brat; {@code alreadyChecked=true}
     * (JSON only) adds each claim's best matches in the library of verified claims.
     */
    @GetMapping("/api/v1/documents/{id}/report")
    ResponseEntity<byte[]> documentReport(@PathVariable long id,
            @RequestParam(defaultValue = "html") String format,
            @RequestParam(defaultValue = "false") boolean alreadyChecked) throws IOException {
        var exporter = reports.exporter(format, ReportService.DOCUMENT_FORMATS);
        var report = reports.documentReport(id);
        return download(report, exporter, alreadyChecked);
    }

    /** A report over many documents: claims chosen by date range, status, verdict, claimant and tag. */
    @GetMapping("/api/v1/reports")
    ResponseEntity<byte[]> filterReport(@RequestParam(defaultValue = "html") String format,
            @RequestParam(required = false) @Nullable LocalDate from, @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable List<String> status,
            @RequestParam(required = false) @Nullable List<String> verdict,
            @RequestParam(required = false) @Nullable String claimant, @RequestParam(required = false) @Nullable String tag,
            @RequestParam(defaultValue = "false") boolean alreadyChecked) throws IOException {
        var exporter = reports.exporter(format, ReportService.FILTER_FORMATS);
        var verdicts = new HashSet<String>();
        if (verdict != null) {
            verdict.forEach(v -> java.util.Arrays.stream(v.split(",")).map(String::strip).filter(x -> !x.isEmpty())
                    .map(String::toUpperCase).forEach(verdicts::add));
        }
        var report = reports.filterReport(new ReportFilter(from, to, ClaimController.enums(ClaimStatus.class, status,
                "status"), verdicts, claimant, tag));
        return download(report, exporter, alreadyChecked);
    }

    /** The report as a file named after it: {@code TITLE-DATE.FORMAT} (see {@link DocumentReport#fileName()}). */
    private ResponseEntity<byte[]> download(DocumentReport report, Exporter exporter, boolean alreadyChecked)
            throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        reports.write(report, exporter, out, alreadyChecked);
        var body = out.toByteArray();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, exporter.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.fileName() + "." + exporter.extension(), StandardCharsets.UTF_8).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    /** Imports a Factdesk JSON export as a new document (EDITOR). */
    @PostMapping(value = "/api/v1/documents/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> importJson(@RequestBody byte[] body,
            @RequestParam(name = "duplicate", required = false) @Nullable String duplicate) {
        var document = imports.importFactdeskJson(body, Duplicates.of(duplicate));
        return ResponseEntity.created(URI.create("/api/v1/documents/" + document.id()))
                .body(Map.of("id", document.id(), "title", document.metadata().title(), "revision", document.revision()));
    }

    /** Imports W3C Web Annotations (or Hypothesis results) as claims on a document. */
    @PostMapping(value = "/api/v1/documents/{id}/annotations", consumes = { MediaType.APPLICATION_JSON_VALUE,
            "application/ld+json" })
    Map<String, Object> importAnnotations(@PathVariable long id, @RequestBody byte[] body,
            @RequestParam(name = "duplicate", required = false) @Nullable String duplicate) throws IOException {
        var duplicates = Duplicates.of(duplicate);
        if (body.length == 0) {
            throw new InvalidInputException("annotations", "Send the annotations as JSON");
        }
        var result = annotations.importAnnotations(id, body, duplicates);
        return Map.of("created", result.created(), "skipped", result.skipped());
    }
}
