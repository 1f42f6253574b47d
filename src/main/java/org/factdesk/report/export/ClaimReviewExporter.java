package org.factdesk.report.export;

import java.io.IOException;
import java.io.OutputStream;
import org.factdesk.publication.ClaimReviewJson;

/**
 * schema.org ClaimReview (JSON-LD), one per published fact check: the newest version of each
 * claim's publication, read from the frozen record (what was claimed, by whom and where, the rating
 * on the verdict scale, who reviewed it and when, its address), never from the live claim.
 */
public final class ClaimReviewExporter implements Exporter {

    @Override
    public String format() {
        return "claimreview";
    }

    @Override
    public String contentType() {
        return "application/ld+json";
    }

    @Override
    public String extension() {
        return "claimreview.jsonld";
    }

    @Override
    public @org.jspecify.annotations.Nullable String nothingToExport(DocumentReport report) {
        boolean any = report.claims().stream().anyMatch(c -> report.publications().containsKey(c.claim().id()));
        return any ? null : "No published claim here: a ClaimReview export lists only published fact checks. Publish a "
                + "claim (its verdict approved by a second person), then export again.";
    }

    @Override
    public void write(DocumentReport report, OutputStream out) throws IOException {
        var array = JsonExporter.JSON.createArrayNode();
        for (var c : report.claims()) {
            Exporter.checkCancelled();
            var versions = report.publications().get(c.claim().id());
            if (versions == null || versions.isEmpty()) {
                continue;
            }
            array.add(ClaimReviewJson.of(versions.getLast(), versions, report.publisher().settings()));
        }
        JsonExporter.JSON.writeValue(out, array);
    }
}
