package org.factdesk.api;

import java.io.IOException;
import java.util.List;
import org.factdesk.match.FactCheckLibraryService;
import org.factdesk.match.MatchService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** "Already checked?": matching a claim against the library, and the library's imported collections. */
@RestController
class MatchController {

    private final MatchService matches;
    private final FactCheckLibraryService library;

    MatchController(MatchService matches, FactCheckLibraryService library) {
        this.matches = matches;
        this.library = library;
    }

    record MatchRequest(@Nullable String text, @Nullable Integer limit) {
    }

    record Matches(List<MatchService.MatchView> matches) {
    }

    @PostMapping(value = "/api/v1/match", consumes = MediaType.APPLICATION_JSON_VALUE)
    Matches match(@RequestBody MatchRequest request) {
        return new Matches(matches.match(request.text(), request.limit() == null ? 5 : request.limit()));
    }

    @GetMapping("/api/v1/claims/{id}/matches")
    Matches claimMatches(@PathVariable long id, @RequestParam(defaultValue = "5") int limit) {
        return new Matches(matches.matchClaim(id, limit));
    }

    @GetMapping("/api/v1/library/collections")
    List<FactCheckLibraryService.Collection> collections() {
        return library.collections();
    }

    @GetMapping("/api/v1/library/collections/{id}/fact-checks")
    PageResponse<FactCheckLibraryService.FactCheck> factChecks(@PathVariable long id,
            @RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var result = library.factChecks(id, q, Paging.of(page, size, org.springframework.data.domain.Sort.unsorted()));
        return new PageResponse<>(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements());
    }

    /** Multipart: a {@code file} (ClaimReview JSON-LD, or a TSV/CSV table) and an optional {@code name}. */
    @PostMapping(value = "/api/v1/library/collections", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<FactCheckLibraryService.ImportResult> importCollection(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String name) throws IOException {
        var fileName = file.getOriginalFilename() == null ? "fact-checks" : file.getOriginalFilename();
        fileName = fileName.replace('\\', '/');
        fileName = fileName.substring(fileName.lastIndexOf('/') + 1);
        var result = library.importFile(name == null || name.isBlank() ? fileName : name, file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(result);
    }

    @DeleteMapping("/api/v1/library/collections/{id}")
    ResponseEntity<Void> deleteCollection(@PathVariable long id) {
        library.delete(id);
        return ResponseEntity.noContent().build();
    }
}
