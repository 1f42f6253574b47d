package org.factdesk.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factdesk.attribution.ClaimantView;
import org.factdesk.attribution.TextSpan;
import org.factdesk.evidence.SourceView;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Full-fidelity JSON with a version field: the document with its text, and its claims with
 * attribution, review, evidence, claimants and sources, so that another Factdesk can import it.
 */
public final class JsonExporter implements Exporter {

    public static final String KIND = "factdesk.document";
    public static final int VERSION = 1;

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
        var root = JSON.createObjectNode();
        root.put("kind", KIND);
        root.put("version", VERSION);
        root.put("exportedAt", report.generatedAt().toString());
        root.put("exportedBy", report.generatedBy());
        var d = report.document();
        if (d != null) {
            var doc = root.putObject("document");
            var m = d.metadata();
            doc.put("id", d.id());
            doc.put("title", m.title());
            put(doc, "sourceUrl", m.sourceUrl());
            put(doc, "publisher", m.publisher());
            put(doc, "author", m.author());
            put(doc, "publishedAt", m.publishedAt() == null ? null : m.publishedAt().toString());
            put(doc, "language", m.language());
            doc.put("revision", d.revision());
            doc.put("text", d.text());
        }
        var scale = root.putArray("verdictScale");
        report.scale().forEach(v -> {
            var node = scale.addObject();
            node.put("code", v.code());
            node.put("label", v.label());
            node.put("color", v.color());
            node.put("position", v.position());
            if (v.rating() != null) {
                node.put("rating", v.rating());
            }
        });
        var claimants = new LinkedHashMap<Long, ClaimantView>();
        var sources = new LinkedHashMap<Long, SourceView>();
        report.claims().forEach(c -> {
            if (c.attribution() != null && c.attribution().claimant() != null) {
                claimants.put(c.attribution().claimant().id(), c.attribution().claimant());
            }
            c.evidence().forEach(e -> sources.put(e.source().id(), e.source()));
        });
        writeClaimants(root.putArray("claimants"), claimants);
        writeSources(root.putArray("sources"), sources);
        var claims = root.putArray("claims");
        for (var c : report.claims()) {
            Exporter.checkCancelled();
            var claim = c.claim();
            var node = claims.addObject();
            node.put("id", claim.id());
            node.put("number", c.number());
            node.put("documentId", claim.documentId());
            node.put("start", claim.start());
            node.put("end", claim.end());
            node.put("exact", claim.exact());
            node.put("prefix", claim.anchor().prefix());
            node.put("suffix", claim.anchor().suffix());
            node.put("anchorState", claim.anchorState().name());
            node.put("claimText", claim.claimText());
            var tags = node.putArray("tags");
            claim.tags().forEach(tags::add);
            node.put("status", claim.status().name());
            if (claim.duplicateOf() != null) {
                node.put("duplicateOf", claim.duplicateOf());
            }
            node.put("createdBy", claim.createdBy());
            node.put("createdAt", claim.createdAt().toString());
            node.put("updatedAt", claim.updatedAt().toString());
            var a = c.attribution();
            if (a != null) {
                var attribution = node.putObject("attribution");
                if (a.claimant() != null) {
                    attribution.put("claimantId", a.claimant().id());
                }
                put(attribution, "statedRole", a.statedRole());
                put(attribution, "cue", a.cue());
                attribution.put("form", a.form().name());
                attribution.put("check", a.check().name());
                put(attribution, "checkNote", a.checkNote());
                put(attribution, "checkedBy", a.checkedBy());
                put(attribution, "checkedAt", a.checkedAt() == null ? null : a.checkedAt().toString());
                span(attribution, "sourceSpan", a.sourceSpan());
                span(attribution, "cueSpan", a.cueSpan());
            }
            var r = c.review();
            var review = node.putObject("review");
            put(review, "verdict", r.verdict() == null ? null : r.verdict().code());
            put(review, "rationale", r.rationale());
            put(review, "noEvidenceNote", r.noEvidenceNote());
            put(review, "verdictBy", r.verdictBy());
            put(review, "verdictAt", r.verdictAt() == null ? null : r.verdictAt().toString());
            put(review, "approvedBy", r.approvedBy());
            put(review, "approvedAt", r.approvedAt() == null ? null : r.approvedAt().toString());
            put(review, "assignee", r.assignee());
            put(review, "importedFrom", r.importedFrom());
            var corrections = review.putArray("corrections");
            for (var correction : r.corrections()) {
                var n = corrections.addObject();
                n.put("note", correction.note());
                n.put("correctedBy", correction.correctedBy());
                n.put("correctedAt", correction.correctedAt().toString());
            }
            var evidence = node.putArray("evidence");
            for (var e : c.evidence()) {
                var link = evidence.addObject();
                link.put("sourceId", e.source().id());
                link.put("stance", e.stance().name());
                put(link, "excerpt", e.excerpt());
                put(link, "locator", e.locator());
                put(link, "note", e.note());
                link.put("createdBy", e.createdBy());
                link.put("createdAt", e.createdAt().toString());
            }
            var matches = report.alreadyChecked().get(claim.id());
            if (matches != null) {
                var checked = node.putArray("alreadyChecked");
                for (var m : matches) {
                    var match = checked.addObject();
                    match.put("rank", m.rank());
                    match.put("score", m.score());
                    match.put("origin", m.origin());
                    match.put("claim", m.claim());
                    if (m.claimId() != null) {
                        match.put("claimId", m.claimId());
                    }
                    if (m.factCheckId() != null) {
                        match.put("factCheckId", m.factCheckId());
                    }
                    put(match, "status", m.status());
                    put(match, "verdict", m.verdict());
                    put(match, "publisher", m.publisher());
                    put(match, "url", m.url());
                }
            }
        }
        JSON.writeValue(out, root);
    }

    private static void writeClaimants(ArrayNode array, Map<Long, ClaimantView> claimants) {
        for (var c : claimants.values()) {
            var node = array.addObject();
            node.put("id", c.id());
            node.put("name", c.name());
            node.put("kind", c.kind().name());
            var aliases = node.putArray("aliases");
            c.aliases().forEach(aliases::add);
            var roles = node.putArray("roles");
            c.roles().forEach(r -> {
                var role = roles.addObject();
                role.put("title", r.title());
                put(role, "from", r.startedOn() == null ? null : r.startedOn().toString());
                put(role, "to", r.endedOn() == null ? null : r.endedOn().toString());
            });
            put(node, "wikidataId", c.wikidataId());
            put(node, "notes", c.notes());
        }
    }

    private static void writeSources(ArrayNode array, Map<Long, SourceView> sources) {
        for (var s : sources.values()) {
            var f = s.fields();
            var node = array.addObject();
            node.put("id", s.id());
            put(node, "url", f.url());
            node.put("title", f.title());
            put(node, "publisher", f.publisher());
            put(node, "author", f.author());
            put(node, "publishedOn", f.publishedOn() == null ? null : f.publishedOn().toString());
            put(node, "accessedOn", f.accessedOn() == null ? null : f.accessedOn().toString());
            node.put("kind", f.kind().name());
            put(node, "archiveUrl", f.archiveUrl());
            if (f.reliability() != null) {
                node.put("reliability", f.reliability());
            }
            put(node, "reliabilityNote", f.reliabilityNote());
            put(node, "notes", f.notes());
        }
    }

    private static void span(ObjectNode node, String name, @Nullable TextSpan span) {
        if (span != null) {
            var s = node.putObject(name);
            s.put("start", span.start());
            s.put("end", span.end());
            put(s, "exact", span.exact());
        }
    }

    private static void put(ObjectNode node, String name, @Nullable String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
