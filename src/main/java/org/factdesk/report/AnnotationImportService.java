package org.factdesk.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.factdesk.anchoring.CodePointText;
import org.factdesk.anchoring.Reanchorer;
import org.factdesk.anchoring.Reanchoring;
import org.factdesk.anchoring.TextAnchor;
import org.factdesk.base.DuplicateException;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.NewClaim;
import org.factdesk.document.DocumentService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** W3C Web Annotations and Hypothesis results brought in as claims on a document, placed by their quotes. */
@Service
public class AnnotationImportService {

    /** What an annotation import did: the claims made, and why others were not. */
    public record AnnotationImport(List<Long> created, List<String> skipped) {
    }

    private final DocumentService documents;
    private final ClaimService claims;

    AnnotationImportService(DocumentService documents, ClaimService claims) {
        this.documents = documents;
        this.claims = claims;
    }

    /**
     * Imports W3C Web Annotations (an Annotation, a list, an AnnotationCollection or AnnotationPage, or
     * Hypothesis's API rows) as claims on a document. Each is placed by its TextPositionSelector if
     * the quote is there, otherwise by its TextQuoteSelector; one that cannot be placed is reported,
     * never attached to other words.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public AnnotationImport importAnnotations(long documentId, byte[] bytes) {
        return importAnnotations(documentId, bytes, Duplicates.REFUSE);
    }

    /**
     * Imports annotations as claims, as {@link #importAnnotations(long, byte[])}; an annotation whose words are
     * already a claim of the document (the same file uploaded twice) refuses the whole import naming those
     * claims, unless {@code duplicates} is COPY (import it again) or SKIP (leave it out, and say so).
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public AnnotationImport importAnnotations(long documentId, byte[] bytes, Duplicates duplicates) {
        var root = parse(bytes);
        var annotations = new ArrayList<JsonNode>();
        WebAnnotations.collect(root, annotations);
        if (annotations.isEmpty()) {
            throw new InvalidInputException("annotations", "No annotations found: send a W3C Annotation, a list of them, "
                    + "an AnnotationCollection, or Hypothesis search results");
        }
        var text = documents.currentText(documentId);
        var reanchorer = new Reanchorer(text.string(), text.string());
        var created = new ArrayList<Long>();
        var skipped = new ArrayList<String>();
        var placed = new ArrayList<NewClaim>();
        var already = new LinkedHashMap<Integer, Long>();
        var existing = new HashMap<String, Long>();
        claims.forDocument(documentId).forEach(c -> existing.putIfAbsent(c.start() + ":" + c.end(), c.id()));
        int index = 0;
        for (var annotation : annotations) {
            index++;
            var selectors = WebAnnotations.selectors(annotation);
            String exact = null;
            String prefix = "";
            String suffix = "";
            Integer start = null;
            Integer end = null;
            for (var s : selectors) {
                var type = s.path("type").asString("");
                if (type.equals("TextQuoteSelector")) {
                    exact = string(s, "exact");
                    prefix = s.path("prefix").asString("");
                    suffix = s.path("suffix").asString("");
                } else if (type.equals("TextPositionSelector") && s.has("start") && s.has("end")) {
                    start = s.get("start").asInt();
                    end = s.get("end").asInt();
                }
            }
            if (exact == null && start != null && end != null && start >= 0 && end <= text.text().length() && start < end) {
                exact = text.text().slice(start, end);
            }
            if (exact == null || exact.isBlank()) {
                skipped.add("annotation " + index + ": it has no TextQuoteSelector or TextPositionSelector");
                continue;
            }
            var exactLength = CodePointText.lengthOf(exact);
            int guess = start != null ? Math.max(0, Math.min(start, text.text().length() - 1)) : 0;
            var result = reanchorer.reanchor(new TextAnchor(guess, guess + Math.max(1, exactLength), exact,
                    prefix, suffix));
            if (result.outcome() == Reanchoring.Outcome.NEEDS_REVIEW || result.anchor() == null
                    || !result.anchor().exact().equals(exact)) {
                skipped.add("annotation " + index + ": its quote \u201C" + abbreviate(exact) + "\u201D is not in the text");
                continue;
            }
            if (result.flag() == Reanchoring.Flag.AMBIGUOUS) {
                skipped.add("annotation " + index + ": its quote \u201C" + abbreviate(exact) + "\u201D occurs more than "
                        + "once and its position and context do not say which");
                continue;
            }
            var twin = existing.get(result.anchor().start() + ":" + result.anchor().end());
            if (twin != null && duplicates != Duplicates.COPY) {
                already.put(index, twin);
                if (duplicates == Duplicates.SKIP) {
                    skipped.add("annotation " + index + ": its words are already claim " + twin);
                }
                continue;
            }
            var body = WebAnnotations.body(annotation);
            placed.add(new NewClaim(result.anchor().start(), result.anchor().end(), exact, body.text(), body.tags()));
        }
        // Said before anything is written: the same file uploaded twice makes no second set of claims.
        if (!already.isEmpty() && duplicates == Duplicates.REFUSE) {
            var ids = List.copyOf(new LinkedHashSet<>(already.values()));
            throw new DuplicateException("claim", ids, already.size() + (already.size() == 1 ? " annotation marks" : " annotations mark")
                    + " words that are already claims of this document (" + (ids.size() == 1 ? "claim " : "claims ")
                    + ids.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "))
                    + (ids.size() > 10 ? ", \u2026" : "") + "). Leave them out, or import them again as copies.");
        }
        for (var claim : placed) {
            created.add(claims.create(documentId, claim).id());
        }
        return new AnnotationImport(created, skipped);
    }

    private static JsonNode parse(byte[] bytes) {
        return ImportService.parse(bytes);
    }

    private static @Nullable String string(JsonNode node, String field) {
        return ImportService.string(node, field);
    }

    private static String abbreviate(String s) {
        return ImportService.abbreviate(s);
    }
}
