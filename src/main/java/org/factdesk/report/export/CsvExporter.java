package org.factdesk.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.factdesk.evidence.Stance;
import org.jspecify.annotations.Nullable;

/**
 * One row per claim with every field. A cell a spreadsheet would run as a formula (it starts with
 * =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe, so it stays text.
 */
public final class CsvExporter implements Exporter {

    static final List<String> HEADER = List.of("claim_id", "document_id", "document_title", "start", "end", "exact",
            "claim_text", "tags", "status", "anchor_state", "claimant", "claimant_kind", "stated_role", "cue", "form",
            "attribution_check", "attribution_note", "verdict", "rationale", "no_evidence_note", "verdict_by",
            "verdict_at", "approved_by", "approved_at", "assignee", "evidence_count", "supports", "refutes", "context",
            "confirms_attribution", "disputes_attribution", "evidence", "created_by", "created_at", "updated_at");

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String contentType() {
        return "text/csv; charset=utf-8";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(DocumentReport report, OutputStream out) throws IOException {
        var w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // A byte-order mark makes spreadsheets read the file as UTF-8.
        w.write('\uFEFF');
        row(w, HEADER);
        var documentTitle = report.document() == null ? null : report.document().metadata().title();
        for (var c : report.claims()) {
            Exporter.checkCancelled();
            var claim = c.claim();
            var a = c.attribution();
            var r = c.review();
            var cells = new ArrayList<String>();
            cells.add(String.valueOf(claim.id()));
            cells.add(String.valueOf(claim.documentId()));
            cells.add(text(c.documentTitle() != null ? c.documentTitle() : documentTitle));
            cells.add(String.valueOf(claim.start()));
            cells.add(String.valueOf(claim.end()));
            cells.add(text(claim.exact()));
            cells.add(text(claim.claimText()));
            cells.add(text(String.join("; ", claim.tags())));
            cells.add(claim.status().name());
            cells.add(claim.anchorState().name());
            cells.add(text(a == null || a.claimant() == null ? null : a.claimant().name()));
            cells.add(a == null || a.claimant() == null ? "" : a.claimant().kind().name());
            cells.add(text(a == null ? null : a.statedRole()));
            cells.add(text(a == null ? null : a.cue()));
            cells.add(a == null ? "" : a.form().name());
            cells.add(a == null ? "UNVERIFIED" : a.check().name());
            cells.add(text(a == null ? null : a.checkNote()));
            cells.add(r.verdict() == null ? "" : r.verdict().code());
            cells.add(text(r.rationale()));
            cells.add(text(r.noEvidenceNote()));
            cells.add(text(r.verdictBy()));
            cells.add(r.verdictAt() == null ? "" : r.verdictAt().toString());
            cells.add(text(r.approvedBy()));
            cells.add(r.approvedAt() == null ? "" : r.approvedAt().toString());
            cells.add(text(r.assignee()));
            cells.add(String.valueOf(c.evidence().size()));
            for (var stance : Stance.values()) {
                cells.add(String.valueOf(c.evidence().stream().filter(e -> e.stance() == stance).count()));
            }
            cells.add(text(c.evidence().stream().map(e -> e.stance() + " | " + e.source().title() + " | "
                    + (e.source().url() == null ? "" : e.source().url()) + " | " + (e.excerpt() == null ? "" : e.excerpt()))
                    .collect(Collectors.joining("\n"))));
            cells.add(text(claim.createdBy()));
            cells.add(claim.createdAt().toString());
            cells.add(claim.updatedAt().toString());
            row(w, cells);
        }
        w.flush();
    }

    /** A text cell: neutralised if a spreadsheet would read it as a formula. */
    static String text(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }

    private static void row(java.io.Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            var cell = cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                w.write('"');
                w.write(cell.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(cell);
            }
        }
        w.write("\r\n");
    }
}
