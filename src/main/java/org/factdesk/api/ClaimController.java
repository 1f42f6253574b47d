package org.factdesk.api;

import org.factdesk.exchange.ClaimJson;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.attribution.AttributionService;
import org.factdesk.audit.AuditRecord;
import org.factdesk.audit.AuditTrail;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.StaleVersionException;
import org.factdesk.claim.ClaimEdit;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.NewClaim;
import org.factdesk.evidence.EvidenceService;
import org.factdesk.evidence.NewEvidence;
import org.factdesk.evidence.Stance;
import org.factdesk.search.ClaimSearchParameters;
import org.factdesk.search.ClaimSort;
import org.factdesk.search.ClaimSearchService;
import org.factdesk.verification.ClaimRecordEdit;
import org.factdesk.verification.ClaimRecordService;
import org.factdesk.verification.CommentService;
import org.factdesk.verification.CommentView;
import org.factdesk.verification.ReviewEdit;
import org.factdesk.verification.ReviewService;
import org.factdesk.verification.WorkflowStep;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Claims: created on a document's span, searched, read, changed with If-Match, deleted. */
@RestController
@RequestMapping("/api/v1")
class ClaimController {

    private final ClaimService claims;
    private final AuditTrail audit;
    private final AttributionService attributions;
    private final ClaimSearchService search;
    private final EvidenceService evidence;
    private final ClaimAssembler assembler;
    private final ReviewService reviews;
    private final CommentService comments;
    private final ClaimRecordService records;

    ClaimController(ClaimService claims, AuditTrail audit, AttributionService attributions, ClaimSearchService search,
            EvidenceService evidence, ClaimAssembler assembler, ReviewService reviews, CommentService comments,
            ClaimRecordService records) {
        this.records = records;
        this.reviews = reviews;
        this.comments = comments;
        this.claims = claims;
        this.audit = audit;
        this.attributions = attributions;
        this.search = search;
        this.evidence = evidence;
        this.assembler = assembler;
    }

    record CreateClaimRequest(@Nullable Integer start, @Nullable Integer end, @Nullable String exact,
            @Nullable String claimText, @Nullable List<String> tags, @Nullable AttributionRequest attribution) {
    }

    @PostMapping(value = "/documents/{documentId}/claims", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ClaimJson> create(@PathVariable long documentId, @RequestBody CreateClaimRequest request) {
        if (request.start() == null) {
            throw new InvalidInputException("start", "Give the claim's start offset in code points ('start')");
        }
        if (request.end() == null) {
            throw new InvalidInputException("end", "Give the claim's end offset in code points ('end', exclusive)");
        }
        var draft = request.attribution() == null ? null : request.attribution().draft();
        var created = attributions.createAttributedClaim(documentId, new NewClaim(request.start(), request.end(),
                request.exact(), request.claimText(), request.tags() == null ? List.of() : request.tags()), draft);
        return ResponseEntity.created(URI.create("/api/v1/claims/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(assembler.one(created));
    }

    @GetMapping("/documents/{documentId}/claims")
    List<ClaimJson> forDocument(@PathVariable long documentId) {
        return assembler.many(claims.forDocument(documentId));
    }

    @GetMapping("/claims")
    PageResponse<ClaimJson> search(@RequestParam MultiValueMap<String, String> parameters,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var criteria = new java.util.LinkedHashMap<>(parameters);
        criteria.remove("page");
        criteria.remove("size");
        var search = ClaimSearchParameters.parse(criteria, ClaimSort.Order.READING_ORDER);
        var paging = Paging.of(page, size, Sort.unsorted());
        var result = this.search.search(search.query(), search.order(), paging.getPageNumber(), paging.getPageSize());
        return new PageResponse<>(assembler.many(result.getContent()), result.getNumber(), result.getSize(),
                result.getTotalElements());
    }

    @GetMapping("/claims/{id}")
    ResponseEntity<ClaimJson> get(@PathVariable long id) {
        var claim = claims.get(id);
        return ResponseEntity.ok().eTag(ETags.of(claim.version())).body(assembler.one(claim));
    }

    /**
     * A PATCH of a claim record: the claim's own fields, its attribution, its review. The review's
     * fields tell "not sent" from "sent as null" (which clears them); {@code id} and {@code version},
     * which a client may echo back from the claim it read, are allowed and ignored. Any other field is
     * refused before anything is written, so a typo never leaves half a change behind.
     */
    record UpdateClaimRequest(@Nullable Given<String> claimText, @Nullable Given<List<String>> tags,
            @Nullable Given<Integer> start, @Nullable Given<Integer> end, @Nullable Given<String> exact,
            @Nullable AttributionRequest attribution,
            @Nullable Given<String> verdict, @Nullable Given<String> rationale, @Nullable Given<String> noEvidenceNote,
            @Nullable Given<String> assignee, @Nullable Long id, @Nullable Long version) {
    }

    @PatchMapping(value = "/claims/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ClaimJson> update(@PathVariable long id, @RequestBody UpdateClaimRequest request,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        Integer start = Given.value(request.start());
        Integer end = Given.value(request.end());
        String exact = Given.value(request.exact());
        if (start != null || end != null) {
            if (start == null || end == null) {
                throw new InvalidInputException(start == null ? "start" : "end",
                        "To move a claim, give both 'start' and 'end'");
            }
        } else if (exact != null) {
            throw new InvalidInputException("exact", "'exact' names the words at a new 'start' and 'end'; give all three");
        }
        var claimEdit = new ClaimEdit(Given.patch(request.claimText()), Given.patch(request.tags()));
        var edit = new ClaimRecordEdit(claimEdit.isEmpty() ? null : claimEdit,
                start != null && end != null ? new ClaimRecordEdit.Span(start, end, exact) : null,
                request.attribution() == null ? null : request.attribution().draft(),
                new ReviewEdit(Given.patch(request.verdict()), Given.patch(request.rationale()),
                        Given.patch(request.noEvidenceNote()), Given.patch(request.assignee())));
        // One transaction for every part: a refusal of any field leaves all of them as they were.
        var claim = records.edit(id, ETags.parseIfMatch(ifMatch), edit);
        return ResponseEntity.ok().eTag(ETags.of(claim.version())).body(assembler.one(claim));
    }

    /** {verdict, rationale, noEvidenceNote?}; {"verdict": null} clears the verdict. */
    record VerdictRequest(@Nullable Given<String> verdict, @Nullable Given<String> rationale,
            @Nullable Given<String> noEvidenceNote) {
    }

    /** Sets the verdict with its rationale (and, for Unproven without evidence, why). */
    @PutMapping(value = "/claims/{id}/verdict", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ClaimJson> verdict(@PathVariable long id, @RequestBody VerdictRequest request,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        if (!Given.sent(request.verdict()) && !Given.sent(request.rationale()) && !Given.sent(request.noEvidenceNote())) {
            throw new InvalidInputException("verdict", "Send the verdict with its rationale: {verdict, rationale,"
                    + " noEvidenceNote?}; {\"verdict\": null} clears it");
        }
        // The ETag is the version this write left, not a later read's (which a concurrent write may have moved).
        var claim = records.edit(id, ETags.parseIfMatch(ifMatch), new ClaimRecordEdit(null, null, null,
                ReviewEdit.verdict(Given.value(request.verdict()), Given.value(request.rationale()),
                        Given.value(request.noEvidenceNote()))));
        return ResponseEntity.ok().eTag(ETags.of(claim.version())).body(assembler.one(claim));
    }

    record TransitionRequest(@Nullable String to, @Nullable String note) {
    }

    /** A workflow step {to, note?}; an illegal one answers 409 naming the allowed ones. */
    @PostMapping(value = "/claims/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ClaimJson> transition(@PathVariable long id, @RequestBody TransitionRequest request,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        var to = EnumNames.parse(ClaimStatus.class, request.to(), "to");
        if (to == null) {
            throw new InvalidInputException("to", "Name the status to move to: " + java.util.Arrays.toString(ClaimStatus.values()));
        }
        var claim = reviews.transition(id, ETags.parseIfMatch(ifMatch), to, request.note());
        return ResponseEntity.ok().eTag(ETags.of(claim.version())).body(assembler.one(claim));
    }

    /** The workflow steps the caller may take now, each with the reason it is held back, if one is. */
    @GetMapping("/claims/{id}/steps")
    List<WorkflowStep> steps(@PathVariable long id) {
        return reviews.nextSteps(id);
    }

    @GetMapping("/claims/{id}/comments")
    List<CommentView> comments(@PathVariable long id) {
        claims.get(id);
        return comments.forClaim(id);
    }

    record CommentRequest(@Nullable String body, @Nullable Long parentId) {
    }

    @PostMapping(value = "/claims/{id}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommentView> comment(@PathVariable long id, @RequestBody CommentRequest request) {
        var added = comments.add(id, request.parentId(), request.body() == null ? "" : request.body());
        return ResponseEntity.status(HttpStatus.CREATED).body(added);
    }

    record DuplicateOfRequest(@Nullable Given<Long> claimId) {
    }

    /**
     * Marks the claim a duplicate of another workspace claim ({"claimId": 12}) or clears the mark
     * ({"claimId": null}). If-Match and the ETag are the claim's version.
     */
    @PutMapping(value = "/claims/{id}/duplicate-of", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ClaimJson> duplicateOf(@PathVariable long id, @RequestBody DuplicateOfRequest request,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        if (!Given.sent(request.claimId())) {
            throw new InvalidInputException("claimId", "Send {\"claimId\": the id of the claim this one repeats},"
                    + " or {\"claimId\": null} to clear the mark");
        }
        var value = Given.value(request.claimId());
        if (value != null && value <= 0) {
            throw new InvalidInputException("claimId", "claimId is a claim's id (a whole number) or null");
        }
        var claim = claims.markDuplicate(id, ETags.parseIfMatch(ifMatch), value);
        return ResponseEntity.ok().eTag(ETags.of(claim.version())).body(assembler.one(claim));
    }

    @DeleteMapping("/claims/{id}")
    ResponseEntity<Void> delete(@PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        claims.delete(id, ETags.parseIfMatch(ifMatch));
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    /** Sets a claim's attribution; only the fields given change. If-Match and the ETag are the claim's version. */
    @PutMapping(value = "/claims/{id}/attribution", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ClaimJson.Attribution> attribution(@PathVariable long id, @RequestBody AttributionRequest body,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        var saved = records.setAttribution(id, ETags.parseIfMatch(ifMatch), body.draft());
        return ResponseEntity.ok().eTag(ETags.of(saved.claim().version())).body(ClaimJson.Attribution.of(saved.value()));
    }

    @GetMapping("/claims/{id}/evidence")
    List<ClaimJson.Evidence> evidence(@PathVariable long id) {
        claims.get(id);
        return evidence.forClaim(id).stream().map(ClaimJson.Evidence::of).toList();
    }

    record NewEvidenceRequest(@Nullable Long sourceId, @Nullable String stance, @Nullable String excerpt,
            @Nullable String locator, @Nullable Integer excerptStart, @Nullable Integer excerptEnd,
            @Nullable String note) {
    }

    @PostMapping(value = "/claims/{id}/evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ClaimJson.Evidence> addEvidence(@PathVariable long id, @RequestBody NewEvidenceRequest request,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        if (request.sourceId() == null) {
            throw new InvalidInputException("sourceId", "Name the source in 'sourceId' (POST /api/v1/sources adds one)");
        }
        var stance = EnumNames.parse(Stance.class, request.stance(), "stance");
        if (stance == null) {
            throw new InvalidInputException("stance", "Give the stance: " + java.util.Arrays.toString(Stance.values()));
        }
        var added = records.addEvidence(id, ETags.parseIfMatch(ifMatch), new NewEvidence(request.sourceId(), stance, request.excerpt(), request.locator(),
                request.excerptStart(), request.excerptEnd(), request.note()));
        return ResponseEntity.created(URI.create("/api/v1/evidence/" + added.value().id()))
                .eTag(ETags.of(added.claim().version())).body(ClaimJson.Evidence.of(added.value()));
    }

    /** Unlinks evidence; If-Match, when given, is the version of the claim it belongs to. */
    @DeleteMapping("/evidence/{evidenceId}")
    ResponseEntity<Void> removeEvidence(@PathVariable long evidenceId,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        evidence.remove(evidenceId, ETags.parseIfMatch(ifMatch));
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
            problem.setProperty("current", assembler.one(current));
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
