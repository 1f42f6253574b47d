package org.factdesk.api;

import java.net.URI;
import java.util.Map;
import org.factdesk.base.InvalidInputException;
import org.factdesk.document.DocumentDetails;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/documents}: the texts under review. */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentController {

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping
    PageResponse<DocumentResponse> list(@RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var result = documents.list(q, Paging.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")));
        return PageResponse.of(result, d -> DocumentResponse.of(d, Map.of(), null));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DocumentResponse> create(@RequestBody CreateDocumentRequest request) {
        if (request.text() == null) {
            throw new InvalidInputException("text", "Send the document's text in 'text' (with a 'title')");
        }
        if (request.title() == null || request.title().isBlank()) {
            throw new InvalidInputException("title", "A document needs a title");
        }
        var metadata = new DocumentMetadata(request.title(), request.sourceUrl(), request.publisher(),
                request.author(), request.publishedAt(), request.language());
        return created(documents.create(metadata, request.text()));
    }

    private ResponseEntity<DocumentResponse> created(DocumentDetails document) {
        return ResponseEntity.created(URI.create("/api/v1/documents/" + document.id()))
                .eTag(ETags.of(document.summary().version()))
                .body(DocumentResponse.of(document.summary(), Map.of(), document.text()));
    }

    @GetMapping("/{id}")
    ResponseEntity<DocumentResponse> get(@PathVariable long id) {
        var document = documents.get(id);
        return ResponseEntity.ok()
                .eTag(ETags.of(document.summary().version()))
                .body(DocumentResponse.of(document.summary(), Map.of(), document.text()));
    }
}
