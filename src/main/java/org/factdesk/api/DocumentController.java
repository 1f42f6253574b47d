package org.factdesk.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.ClaimQueries;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ReanchorReport;
import org.factdesk.document.DocumentDetails;
import org.factdesk.document.DocumentImportService;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.factdesk.document.DocumentSummary;
import org.factdesk.document.SpansReport;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/documents}: the texts under review. */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentController {

    private final DocumentService documents;
    private final DocumentImportService imports;
    private final ClaimQueries claims;

    DocumentController(DocumentService documents, DocumentImportService imports, ClaimQueries claims) {
        this.documents = documents;
        this.imports = imports;
        this.claims = claims;
    }

    @GetMapping
    PageResponse<DocumentResponse> list(@RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(defaultValue = "false") boolean archived) {
        var result = documents.list(q, archived, Paging.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")));
        var counts = claims.countsByStatus(result.getContent().stream().map(DocumentSummary::id).toList());
        return PageResponse.of(result, d -> DocumentResponse.of(d, counts(counts.get(d.id())), null));
    }

    @GetMapping("/{id}")
    ResponseEntity<DocumentResponse> get(@PathVariable long id) {
        var document = documents.get(id);
        return ResponseEntity.ok()
                .eTag(ETags.of(document.summary().version()))
                .body(DocumentResponse.of(document.summary(), counts(claims.countsByStatus(id)), document.text()));
    }

    /** JSON {title, text, ...metadata} or JSON {url}. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DocumentResponse> create(@RequestBody CreateDocumentRequest request) {
        if (request.url() != null && !request.url().isBlank()) {
            return created(imports.importUrl(request.url(), request.title()));
        }
        if (request.text() == null) {
            throw new InvalidInputException("text", "Send the document's text in 'text' (with a 'title'), "
                    + "or a web address in 'url'");
        }
        if (request.title() == null || request.title().isBlank()) {
            throw new InvalidInputException("title", "A document needs a title");
        }
        var metadata = new DocumentMetadata(request.title(), request.sourceUrl(), request.publisher(),
                request.author(), request.publishedAt(), request.language());
        return created(documents.create(metadata, request.text()));
    }

    /** Multipart: a {@code file} (.txt, .md, .html) and an optional {@code title}. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentResponse> upload(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String title) throws IOException {
        var name = file.getOriginalFilename() == null ? "upload.txt" : file.getOriginalFilename();
        // Only the last path element of a file name counts: "../../etc/passwd" is "passwd".
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return created(imports.importUpload(name, file.getBytes(), title));
    }

    /**
     * The article's details to change: only the fields sent change, a field sent as null clears it. The
     * document's read-only fields, as a client echoes them back, are ignored; any other field is refused.
     */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"id", "revision", "wordCount", "charCount", "createdAt",
            "createdBy", "updatedAt", "version", "claimCounts", "text"})
    record DocumentChange(@Nullable Given<String> title, @Nullable Given<String> sourceUrl,
            @Nullable Given<String> publisher, @Nullable Given<String> author,
            @Nullable Given<java.time.LocalDate> publishedAt, @Nullable Given<String> language) {
    }

    @PatchMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DocumentResponse> update(@PathVariable long id, @RequestBody DocumentChange change,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        var current = documents.summary(id);
        var expected = ETags.parseIfMatch(ifMatch);
        var m = current.metadata();
        var updated = new DocumentMetadata(Given.or(change.title(), m.title()),
                Given.or(change.sourceUrl(), m.sourceUrl()), Given.or(change.publisher(), m.publisher()),
                Given.or(change.author(), m.author()), Given.or(change.publishedAt(), m.publishedAt()),
                Given.or(change.language(), m.language()));
        var saved = documents.updateMetadata(id, updated, expected == null ? current.version() : expected);
        return ResponseEntity.ok().eTag(ETags.of(saved.version()))
                .body(DocumentResponse.of(saved, counts(claims.countsByStatus(id)), null));
    }

    /** Replaces the text with a new revision and answers what became of every claim. */
    /** {@code {"archived": true}} leaves the document out of lists, whole; {@code false} brings it back. */
    record ArchiveRequest(@Nullable Boolean archived) {
    }

    @PutMapping(value = "/{id}/archived", consumes = MediaType.APPLICATION_JSON_VALUE)
    DocumentResponse archive(@PathVariable long id, @RequestBody ArchiveRequest request) {
        if (request.archived() == null) {
            throw new InvalidInputException("archived", "Say {\"archived\": true} or {\"archived\": false}");
        }
        var summary = documents.archive(id, request.archived());
        return DocumentResponse.of(summary, counts(claims.countsByStatus(id)), null);
    }

    @PutMapping("/{id}/text")
    ReanchorResponse replaceText(@PathVariable long id, @RequestBody ReplaceTextRequest request,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        if (request.text() == null) {
            throw new InvalidInputException("text", "Send the new text in 'text'");
        }
        var expectedVersion = ETags.parseIfMatch(ifMatch);
        if (expectedVersion != null) {
            var current = documents.summary(id);
            if (current.version() != expectedVersion) {
                throw new org.factdesk.base.StaleVersionException("document", id, expectedVersion, current.version());
            }
        }
        var replaced = documents.replaceText(id, request.text(), request.revision());
        return ReanchorResponse.of(replaced.report(ReanchorReport.class), replaced.reports(SpansReport.class));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        documents.delete(id);
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    private ResponseEntity<DocumentResponse> created(DocumentDetails document) {
        return ResponseEntity.created(URI.create("/api/v1/documents/" + document.id()))
                .eTag(ETags.of(document.summary().version()))
                .body(DocumentResponse.of(document.summary(), counts(Map.of()), document.text()));
    }

    static Map<String, Long> counts(@Nullable Map<ClaimStatus, Long> counts) {
        var result = new TreeMap<String, Long>();
        for (var status : ClaimStatus.values()) {
            result.put(status.name(), counts == null ? 0L : counts.getOrDefault(status, 0L));
        }
        return result;
    }

    record ReplaceTextRequest(@Nullable String text, @Nullable Long revision) {
    }
}
