package org.factdesk.api;

import org.factdesk.exchange.ClaimJson;
import org.factdesk.exchange.SourceJson;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.evidence.DuplicateSourceException;
import org.factdesk.evidence.EvidenceService;
import org.factdesk.evidence.SourceFilter;
import org.factdesk.evidence.SourceKind;
import org.factdesk.evidence.SourceService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/sources}: the source library. The same page posted twice is one source. */
@RestController
@RequestMapping("/api/v1/sources")
class SourceController {

    private final SourceService sources;
    private final EvidenceService evidence;

    SourceController(SourceService sources, EvidenceService evidence) {
        this.sources = sources;
        this.evidence = evidence;
    }

    @GetMapping
    PageResponse<SourceJson> list(@RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String publisher,
            @RequestParam(required = false) @Nullable Integer minReliability, @RequestParam(required = false) @Nullable String url,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (url != null && !url.isBlank()) {
            var found = sources.findByUrl(url).map(SourceJson::of).stream().toList();
            return new PageResponse<>(found, 0, size, found.size());
        }
        var filter = new SourceFilter(q, EnumNames.parse(SourceKind.class, kind, "kind"), publisher,
                minReliability);
        return PageResponse.of(sources.search(filter, Paging.of(page, size, Sort.by("title"))), SourceJson::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<SourceJson> get(@PathVariable long id) {
        var s = sources.get(id);
        return ResponseEntity.ok().eTag(ETags.of(s.version())).body(SourceJson.of(s));
    }

    /**
     * Adds a source: 201 with the new source, or 200 with the existing one when the page (by its
     * canonical address) is already in the library, marked {@code "existing": true}.
     */
    /** The source the library already has, as {@link SourceJson} with {@code existing} and why. */
    record ExistingSource(@com.fasterxml.jackson.annotation.JsonUnwrapped SourceJson source, boolean existing,
            @Nullable String detail) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> create(@RequestBody SourceRequest body) {
        try {
            var created = sources.create(body.draft());
            return ResponseEntity.created(URI.create("/api/v1/sources/" + created.id())).eTag(ETags.of(created.version()))
                    .body(SourceJson.of(created));
        } catch (DuplicateSourceException e) {
            return ResponseEntity.ok().location(URI.create("/api/v1/sources/" + e.existing().id()))
                    .eTag(ETags.of(e.existing().version())).body(new ExistingSource(SourceJson.of(e.existing()), true, e.getMessage()));
        }
    }

    @PatchMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SourceJson> update(@PathVariable long id, @RequestBody SourceRequest body,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        // The fields not sent are the source as read here: without If-Match the change is made against
        // that version, so another person's change in between is refused (409), never overwritten.
        var current = sources.get(id);
        var expected = ETags.parseIfMatch(ifMatch);
        var saved = sources.update(id, expected == null ? current.version() : expected, body.over(current.fields()));
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(SourceJson.of(saved));
    }

    /** Every claim that cites the source, with the stance and excerpt. */
    @GetMapping("/{id}/claims")
    List<ClaimJson.Evidence> citing(@PathVariable long id) {
        sources.get(id);
        return evidence.citing(id).stream().map(ClaimJson.Evidence::of).toList();
    }

    @ExceptionHandler(DuplicateSourceException.class)
    ResponseEntity<Map<String, Object>> duplicate(DuplicateSourceException e) {
        var json = new LinkedHashMap<String, Object>();
        json.put("type", "about:blank");
        json.put("title", "Conflict");
        json.put("status", 409);
        json.put("detail", e.getMessage());
        json.put("existing", SourceJson.of(e.existing()));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(json);
    }
}
