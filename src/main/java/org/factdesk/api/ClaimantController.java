package org.factdesk.api;

import org.factdesk.exchange.ClaimJson;
import org.factdesk.exchange.ClaimantJson;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factdesk.attribution.ClaimantService;
import org.factdesk.attribution.ClaimantView;
import org.factdesk.base.InvalidInputException;
import org.factdesk.search.ClaimQuery;
import org.factdesk.search.ClaimSearchService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/claimants}: who claims are attributed to, with aliases and roles; merging; track record. */
@RestController
@RequestMapping("/api/v1/claimants")
class ClaimantController {

    private final ClaimantService claimants;
    private final ClaimSearchService search;
    private final ClaimAssembler assembler;

    ClaimantController(ClaimantService claimants, ClaimSearchService search, ClaimAssembler assembler) {
        this.claimants = claimants;
        this.search = search;
        this.assembler = assembler;
    }

    @GetMapping
    PageResponse<ClaimantJson> list(@RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var result = claimants.search(q, Paging.of(page, size, Sort.by("name")));
        return PageResponse.of(result, c -> json(c, claimants.claimCount(c.id())));
    }

    @GetMapping("/{id}")
    ResponseEntity<ClaimantJson> get(@PathVariable long id) {
        var c = claimants.get(id);
        return ResponseEntity.ok().eTag(ETags.of(c.version())).body(json(c, claimants.claimCount(id)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ClaimantJson> create(@RequestBody ClaimantRequest body) {
        var created = claimants.create(body.draft());
        return ResponseEntity.created(URI.create("/api/v1/claimants/" + created.id())).eTag(ETags.of(created.version()))
                .body(json(created, 0));
    }

    @PatchMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ClaimantJson> update(@PathVariable long id, @RequestBody ClaimantRequest body,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        var updated = claimants.update(id, ETags.parseIfMatch(ifMatch), body.draft());
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(json(updated, claimants.claimCount(id)));
    }

    record MergeRequest(@Nullable Long into) {
    }

    /** Merges this claimant into another: {@code {into: targetId}}; every claim moves over. */
    @PostMapping(value = "/{id}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    ClaimantJson merge(@PathVariable long id, @RequestBody MergeRequest request) {
        if (request.into() == null) {
            throw new InvalidInputException("into", "Name the claimant to merge into: {\"into\": id}");
        }
        var target = claimants.merge(id, request.into());
        return json(target, claimants.claimCount(target.id()));
    }

    /** The claimant's track record: every claim attributed to them, across documents. */
    @GetMapping("/{id}/claims")
    PageResponse<ClaimJson> claims(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        claimants.get(id);
        var query = new ClaimQuery(null, java.util.Set.of(), null, null, java.util.Set.of(), null, id, java.util.Set.of());
        var result = search.search(query, Paging.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")));
        return new PageResponse<>(assembler.many(result.getContent()), result.getNumber(), result.getSize(),
                result.getTotalElements());
    }

    static ClaimantJson json(ClaimantView c, long claims) {
        return ClaimantJson.of(c, claims);
    }
}
