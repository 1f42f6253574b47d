package org.factdesk.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.factdesk.exchange.ClaimJson;
import org.factdesk.exchange.ClaimantJson;
import org.factdesk.exchange.DocumentExport;
import org.factdesk.exchange.ExportFormat;
import org.factdesk.exchange.SourceJson;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Full-fidelity JSON with a version field ({@link DocumentExport}): the document with its text, and its
 * claims in the API's shape with attribution, review, evidence and publications, the claimants and
 * sources they cite, so that another Factdesk can import it.
 */
public final class JsonExporter implements Exporter {

    public static final String KIND = DocumentExport.KIND;
    public static final int VERSION = DocumentExport.VERSION;

    /** The JSON writer of the JSON-LD exporters (ClaimReview, W3C annotations). */
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String contentType() {
        return "application/json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(DocumentReport report, OutputStream out) throws IOException {
        var claimants = new LinkedHashMap<Long, ClaimantJson>();
        var sources = new LinkedHashMap<Long, SourceJson>();
        var claims = new ArrayList<ClaimJson>();
        for (var c : report.claims()) {
            Exporter.checkCancelled();
            if (c.attribution() != null && c.attribution().claimant() != null) {
                claimants.putIfAbsent(c.attribution().claimant().id(), ClaimantJson.of(c.attribution().claimant(), null));
            }
            c.evidence().forEach(e -> sources.putIfAbsent(e.source().id(), SourceJson.of(e.source())));
            var claim = ClaimJson.of(c.record(), report.publications().getOrDefault(c.claim().id(), List.of()));
            var matches = report.alreadyChecked().get(c.claim().id());
            claims.add(matches == null ? claim : claim.withAlreadyChecked(matches.stream()
                    .map(m -> new ClaimJson.AlreadyChecked(m.rank(), m.score(), m.origin(), m.claim(), m.claimId(),
                            m.factCheckId(), m.status(), m.verdict(), m.publisher(), m.url()))
                    .toList()));
        }
        var d = report.document();
        ExportFormat.write(new DocumentExport(KIND, VERSION, report.generatedAt(), report.generatedBy(),
                d == null ? null : DocumentExport.Document.of(d),
                report.scale().stream().map(DocumentExport.Verdict::of).toList(), List.copyOf(claimants.values()),
                List.copyOf(sources.values()), claims), out);
    }
}
