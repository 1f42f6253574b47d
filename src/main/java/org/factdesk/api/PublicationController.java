package org.factdesk.api;

import java.util.List;
import org.factdesk.publication.CanonicalJson;
import org.factdesk.publication.PublicationChain;
import org.factdesk.publication.PublicationService;
import org.factdesk.publication.PublicationView;
import org.factdesk.publication.PublishedCheck;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the desk published, for signed-in callers: the frozen records with their hashes, a record's
 * exact canonical bytes (whose SHA-256 is its {@code sha256}), a claim's versions, and for an admin
 * the check of the whole chain.
 */
@RestController
class PublicationController {

    private final PublicationService publications;

    PublicationController(PublicationService publications) {
        this.publications = publications;
    }

    /** A publication: its id, hashes, the version that corrects it (if any) and the record. */
    record PublicationResponse(long id, long claimId, int version, String sha256, @Nullable String previousSha256,
            PublicationView.@Nullable CorrectedBy correctedBy, String url, PublishedCheck record) {

        static PublicationResponse of(PublicationView p, String url) {
            return new PublicationResponse(p.id(), p.claimId(), p.version(), p.sha256(), p.previousSha256(),
                    p.correctedBy(), url, p.check());
        }
    }

    @GetMapping("/api/v1/publications")
    PageResponse<PublicationResponse> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var request = Paging.of(page, size, org.springframework.data.domain.Sort.unsorted());
        var items = publications.list(request.getPageNumber(), request.getPageSize()).stream().map(this::response).toList();
        return new PageResponse<>(items, page, size, publications.count());
    }

    @GetMapping("/api/v1/publications/{id}")
    ResponseEntity<PublicationResponse> get(@PathVariable long id) {
        var publication = publications.get(id);
        return ResponseEntity.ok().eTag("\"" + publication.sha256() + "\"").body(response(publication));
    }

    /** The record exactly as stored and hashed: {@code sha256sum} of this body is the publication's sha256. */
    @GetMapping(value = "/api/v1/publications/{id}/record", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> record(@PathVariable long id) {
        var publication = publications.get(id);
        return ResponseEntity.ok().eTag("\"" + publication.sha256() + "\"").contentType(MediaType.APPLICATION_JSON)
                .body(CanonicalJson.write(publication.check()));
    }

    @GetMapping("/api/v1/claims/{id}/publications")
    List<PublicationResponse> forClaim(@PathVariable long id) {
        return publications.forClaim(id).stream().map(this::response).toList();
    }

    @GetMapping("/api/v1/admin/publications/verification")
    PublicationChain.Verification verify() {
        return publications.verify();
    }

    private PublicationResponse response(PublicationView p) {
        return PublicationResponse.of(p, publications.publishing().pageUrl(p.id()));
    }
}
