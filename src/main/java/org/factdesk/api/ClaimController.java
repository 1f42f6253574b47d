package org.factdesk.api;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.audit.AuditRecord;
import org.factdesk.audit.AuditTrail;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.StaleVersionException;
import org.factdesk.claim.AnchorState;
import org.factdesk.claim.ClaimEdit;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.NewClaim;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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

/** Claims: created on a document's span, searched, read, changed with If-Match, deleted. */
@RestController
@RequestMapping("/api/v1")
class ClaimController {

    private final ClaimService claims;
    private final AuditTrail audit;

    ClaimController(ClaimService claims, AuditTrail audit) {
        this.claims = claims;
        this.audit = audit;
    }

    record CreateClaimRequest(@Nullable Integer start, @Nullable Integer end, @Nullable String exact,
            @Nullable String claimText, @Nullable List<String> tags) {
    }

    @PostMapping(value = "/documents/{documentId}/claims", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@PathVariable long documentId, @RequestBody CreateClaimRequest request) {
        if (request.start() == null) {
            throw new InvalidInputException("start", "Give the claim's start offset in code points ('start')");
        }
        if (request.end() == null) {
            throw new InvalidInputException("end", "Give the claim's end offset in code points ('end', exclusive)");
        }
        var created = claims.create(documentId, new NewClaim(request.start(), request.end(), request.exact(),
                request.claimText(), request.tags() == null ? List.of() : request.tags()));
        return ResponseEntity.created(URI.create("/api/v1/claims/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(ClaimJson.of(created));
    }

    @GetMapping("/documents/{documentId}/claims")
    List<Map<String, Object>> forDocument(@PathVariable long documentId) {
        return claims.forDocument(documentId).stream().map(ClaimJson::of).toList();
    }

    @GetMapping("/claims")
    PageResponse<Map<String, Object>> search(@RequestParam(required = false) @Nullable Long documentId,
            @RequestParam(required = false) @Nullable List<String> status,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable List<String> anchorState,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var filter = new ClaimFilter(documentId, enums(ClaimStatus.class, status, "status"), q,
                enums(AnchorState.class, anchorState, "anchorState"), tag, null);
        var result = claims.search(filter, Paging.of(page, size,
                Sort.by("documentId", "start", "id")));
        return PageResponse.of(result, ClaimJson::of);
    }

    @GetMapping("/claims/{id}")
    ResponseEntity<Map<String, Object>> get(@PathVariable long id) {
        var claim = claims.get(id);
        return ResponseEntity.ok().eTag(ETags.of(claim.version())).body(ClaimJson.of(claim));
    }

    record UpdateClaimRequest(@Nullable String claimText, @Nullable List<String> tags, @Nullable Integer start,
            @Nullable Integer end, @Nullable String exact) {
    }

    @PatchMapping(value = "/claims/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> update(@PathVariable long id, @RequestBody UpdateClaimRequest request,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        var expected = ETags.parseIfMatch(ifMatch);
        var claim = claims.get(id);
        if (request.start() != null || request.end() != null) {
            if (request.start() == null || request.end() == null) {
                throw new InvalidInputException(request.start() == null ? "start" : "end",
                        "To move a claim, give both 'start' and 'end'");
            }
            claim = claims.reselect(id, expected, request.start(), request.end(), request.exact());
            expected = claim.version();
        }
        if (request.claimText() != null || request.tags() != null) {
            claim = claims.update(id, expected, new ClaimEdit(request.claimText(), request.tags()));
        }
        return ResponseEntity.ok().eTag(ETags.of(claim.version())).body(ClaimJson.of(claim));
    }

    @DeleteMapping("/claims/{id}")
    ResponseEntity<Void> delete(@PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        claims.delete(id, ETags.parseIfMatch(ifMatch));
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    /** The audit trail; it outlives a deleted claim. */
    @GetMapping("/claims/{id}/history")
    List<AuditRecord> history(@PathVariable long id) {
        var entries = audit.history(id);
        if (entries.isEmpty()) {
            claims.get(id);
        }
        return entries;
    }

    /** A stale If-Match: 412 with the claim as it is now, so the client sees what changed and by whom. */
    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        if (e.id() instanceof Long claimId && "claim".equals(e.what())) {
            var current = claims.get(claimId);
            problem.setProperty("current", ClaimJson.of(current));
            problem.setDetail(e.getMessage() + " Last changed by " + current.updatedBy() + " at " + current.updatedAt() + ".");
        }
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(ETags.of(e.currentVersion()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static <E extends Enum<E>> Set<E> enums(Class<E> type, @Nullable List<String> values, String field) {
        var result = EnumSet.noneOf(type);
        if (values == null) {
            return result;
        }
        for (var raw : values) {
            for (var value : raw.split(",")) {
                if (value.isBlank()) {
                    continue;
                }
                try {
                    result.add(Enum.valueOf(type, value.strip().toUpperCase()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(field, "'" + value.strip() + "' is not a " + field + "; use one of "
                            + EnumSet.allOf(type));
                }
            }
        }
        return result;
    }
}
