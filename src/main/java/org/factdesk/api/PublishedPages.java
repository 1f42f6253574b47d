package org.factdesk.api;

import java.time.Instant;
import org.factdesk.base.InvalidInputException;
import org.factdesk.publication.CanonicalJson;
import org.factdesk.publication.ClaimReviewJson;
import org.factdesk.publication.PublicationService;
import org.factdesk.publication.PublishedPage;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The desk's published fact checks for readers and platforms: {@code /published} (the list),
 * {@code /published/{id}} (one version, with its ClaimReview JSON-LD) and {@code /published/feed.json}
 * (a schema.org DataFeed of ClaimReview items, the newest version of each fact check). Open to all
 * with {@code FACTDESK_PUBLIC_PAGES=true}, otherwise behind the sign-in like every screen.
 */
@Controller
class PublishedPages {

    static final int PAGE_SIZE = 50;

    private final PublicationService publications;

    PublishedPages(PublicationService publications) {
        this.publications = publications;
    }

    @GetMapping(value = "/published", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> list(@RequestParam(defaultValue = "0") int page) {
        requirePage(page);
        var items = publications.list(page, PAGE_SIZE + 1);
        var html = PublishedPage.list(items.stream().limit(PAGE_SIZE).toList(), page, items.size() > PAGE_SIZE,
                publications.publishing());
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).body(html);
    }

    @GetMapping(value = "/published/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> check(@PathVariable long id) {
        var publication = publications.get(id);
        var versions = publications.forClaim(publication.claimId());
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .body(PublishedPage.check(publication, versions, publications.publishing()));
    }

    /** A page of the feed; {@code ETag} and {@code Last-Modified} follow the newest publication. */
    @GetMapping(value = "/published/feed.json", produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> feed(@RequestParam(defaultValue = "0") int page, WebRequest request) {
        requirePage(page);
        var newest = publications.list(0, 1);
        var etag = "\"" + (newest.isEmpty() ? "empty" : newest.getFirst().sha256().substring(0, 32)) + "-" + page + "\"";
        var lastModified = newest.isEmpty() ? Instant.EPOCH : newest.getFirst().publishedAt();
        if (request.checkNotModified(etag, lastModified.toEpochMilli())) {
            return null;
        }
        var desk = publications.publishing();
        var items = publications.current(page, PAGE_SIZE + 1);
        var feed = CanonicalJson.prettyNode();
        feed.put("@context", "https://schema.org");
        feed.put("@type", "DataFeed");
        feed.put("name", desk.organizationName() + ": fact checks");
        feed.put("url", desk.appBaseUrl().replaceAll("/+$", "") + "/published/feed.json?page=" + page);
        if (!newest.isEmpty()) {
            feed.put("dateModified", lastModified.toString());
        }
        var elements = feed.putArray("dataFeedElement");
        for (var p : items.stream().limit(PAGE_SIZE).toList()) {
            var versions = publications.forClaim(p.claimId());
            var element = elements.addObject();
            element.put("@type", "DataFeedItem");
            element.put("dateCreated", versions.getFirst().publishedAt().toString());
            element.put("dateModified", p.publishedAt().toString());
            element.putArray("item").add(ClaimReviewJson.of(p, versions, desk));
        }
        var response = ResponseEntity.ok().contentType(MediaType.parseMediaType("application/ld+json"))
                .eTag(etag).lastModified(lastModified).cacheControl(CacheControl.noCache());
        if (items.size() > PAGE_SIZE) {
            response.header("Link", "</published/feed.json?page=" + (page + 1) + ">; rel=\"next\"");
        }
        return response.body(feed.toString());
    }

    private static void requirePage(int page) {
        if (page < 0 || page > 100_000) {
            throw new InvalidInputException("page", "page is a number from 0");
        }
    }
}
