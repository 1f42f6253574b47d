package org.factdesk.api;

import org.factdesk.exchange.ClaimJson;
import java.net.URI;
import java.util.List;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.ClaimService;
import org.factdesk.suggest.SuggestionService;
import org.factdesk.suggest.SuggestionView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggested claims and attributions: for any text ({@code POST /api/v1/suggest}, no side effects)
 * and for a document, where one can be dismissed (remembered) or accepted (a claim is created).
 */
@RestController
@RequestMapping("/api/v1")
class SuggestionController {

    private final SuggestionService suggestions;
    private final ClaimService claims;
    private final ClaimAssembler assembler;

    SuggestionController(SuggestionService suggestions, ClaimService claims, ClaimAssembler assembler) {
        this.suggestions = suggestions;
        this.claims = claims;
        this.assembler = assembler;
    }

    record SuggestRequest(@Nullable String text) {
    }

    record Suggestions(int count, List<SuggestionView> suggestions) {
        static Suggestions of(List<SuggestionView> list) {
            return new Suggestions(list.size(), list);
        }
    }

    @PostMapping(value = "/suggest", consumes = MediaType.APPLICATION_JSON_VALUE)
    Suggestions suggest(@RequestBody SuggestRequest request) {
        if (request.text() == null) {
            throw new InvalidInputException("text", "Give the text to make suggestions for ('text')");
        }
        return Suggestions.of(suggestions.suggest(request.text()));
    }

    @GetMapping("/documents/{documentId}/suggestions")
    Suggestions forDocument(@PathVariable long documentId) {
        return Suggestions.of(suggestions.forDocument(documentId, claims.forDocument(documentId)));
    }

    record DismissRequest(@Nullable String quote) {
    }

    @PostMapping(value = "/documents/{documentId}/suggestions/dismissals", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> dismiss(@PathVariable long documentId, @RequestBody DismissRequest request) {
        suggestions.dismiss(documentId, request.quote() == null ? "" : request.quote());
        return ResponseEntity.noContent().build();
    }

    record AcceptRequest(@Nullable Integer start, @Nullable Integer end, @Nullable Boolean createClaimant) {
    }

    @PostMapping(value = "/documents/{documentId}/suggestions/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ClaimJson> accept(@PathVariable long documentId, @RequestBody AcceptRequest request) {
        if (request.start() == null || request.end() == null) {
            throw new InvalidInputException("start", "Give the suggestion's 'start' and 'end' (code points)");
        }
        var created = suggestions.accept(documentId, request.start(), request.end(),
                Boolean.TRUE.equals(request.createClaimant()));
        return ResponseEntity.created(URI.create("/api/v1/claims/" + created.id())).eTag(ETags.of(created.version()))
                .body(assembler.one(created));
    }
}
