package org.factdesk.report.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * W3C Web Annotation (JSON-LD, http://www.w3.org/ns/anno.jsonld): an AnnotationCollection with one
 * Annotation per claim. Each targets the document with a TextQuoteSelector and a
 * TextPositionSelector (code points), and carries the claim text, tags, status and verdict in its body.
 */
public final class W3cExporter implements Exporter {

    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    @Override
    public String format() {
        return "w3c";
    }

    @Override
    public String contentType() {
        return "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";
    }

    @Override
    public String extension() {
        return "annotations.jsonld";
    }

    @Override
    public void write(DocumentReport report, OutputStream out) throws IOException {
        var base = report.publisher().appBaseUrl().replaceAll("/+$", "");
        var collection = JsonExporter.JSON.createObjectNode();
        collection.put("@context", CONTEXT);
        collection.put("id", base + "/api/v1/documents/" + (report.document() == null ? 0 : report.document().id())
                + "/report?format=w3c");
        collection.put("type", "AnnotationCollection");
        collection.put("label", report.title());
        collection.put("total", report.claims().size());
        var page = collection.putObject("first");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        var items = page.putArray("items");
        var source = report.documentUri();
        for (var c : report.claims()) {
            Exporter.checkCancelled();
            var claim = c.claim();
            var a = items.addObject();
            a.put("id", base + "/api/v1/claims/" + claim.id());
            a.put("type", "Annotation");
            a.put("motivation", "assessing");
            a.put("created", claim.createdAt().toString());
            a.put("modified", claim.updatedAt().toString());
            var creator = a.putObject("creator");
            creator.put("type", "Person");
            creator.put("nickname", claim.createdBy());
            var body = a.putArray("body");
            var text = body.addObject();
            text.put("type", "TextualBody");
            text.put("purpose", "describing");
            text.put("format", "text/plain");
            text.put("value", claim.claimText());
            for (var tag : claim.tags()) {
                var t = body.addObject();
                t.put("type", "TextualBody");
                t.put("purpose", "tagging");
                t.put("value", tag);
            }
            var status = body.addObject();
            status.put("type", "TextualBody");
            status.put("purpose", "classifying");
            status.put("value", "status:" + claim.status().name());
            var r = c.review();
            if (r.verdict() != null) {
                var verdict = body.addObject();
                verdict.put("type", "TextualBody");
                verdict.put("purpose", "assessing");
                verdict.put("value", "verdict:" + r.verdict().code());
                if (r.rationale() != null) {
                    var rationale = body.addObject();
                    rationale.put("type", "TextualBody");
                    rationale.put("purpose", "commenting");
                    rationale.put("format", "text/plain");
                    rationale.put("value", r.rationale());
                }
            }
            var target = a.putObject("target");
            if (source != null) {
                target.put("source", source);
            }
            var selectors = target.putArray("selector");
            var quote = selectors.addObject();
            quote.put("type", "TextQuoteSelector");
            quote.put("exact", claim.exact());
            quote.put("prefix", claim.anchor().prefix());
            quote.put("suffix", claim.anchor().suffix());
            var position = selectors.addObject();
            position.put("type", "TextPositionSelector");
            position.put("start", claim.start());
            position.put("end", claim.end());
        }
        JsonExporter.JSON.writeValue(out, collection);
    }
}
