package org.factdesk.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.factdesk.evidence.Stance;
import org.jspecify.annotations.Nullable;

/**
 * One row per claim with every field, written by Commons CSV (RFC 4180). Each column is named
 * beside the value it takes, so the header and the cells cannot drift apart. A cell a spreadsheet
 * would run as a formula (it starts with =, +, -, @, a tab or a carriage return) is prefixed with
 * an apostrophe, so it stays text.
 */
public final class CsvExporter implements Exporter {

    /** A claim of the report with the title of its document. */
    private record Row(ReportClaim c, @Nullable String documentTitle) {
    }

    /** A column: its name in the header and the cell it takes from a row. */
    private record Column(String name, Function<Row, String> cell) {
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    static final List<Column> COLUMNS = List.of(
            new Column("claim_id", r -> String.valueOf(r.c().claim().id())),
            new Column("document_id", r -> String.valueOf(r.c().claim().documentId())),
            new Column("document_title", r -> text(r.c().documentTitle() != null ? r.c().documentTitle() : r.documentTitle())),
            new Column("start", r -> String.valueOf(r.c().claim().start())),
            new Column("end", r -> String.valueOf(r.c().claim().end())),
            new Column("exact", r -> text(r.c().claim().exact())),
            new Column("claim_text", r -> text(r.c().claim().claimText())),
            new Column("tags", r -> text(String.join("; ", r.c().claim().tags()))),
            new Column("status", r -> r.c().claim().status().name()),
            new Column("anchor_state", r -> r.c().claim().anchorState().name()),
            new Column("claimant", r -> {
                var a = r.c().attribution();
                return text(a == null || a.claimant() == null ? null : a.claimant().name());
            }),
            new Column("claimant_kind", r -> {
                var a = r.c().attribution();
                return a == null || a.claimant() == null ? "" : a.claimant().kind().name();
            }),
            new Column("stated_role", r -> text(r.c().attribution() == null ? null : r.c().attribution().statedRole())),
            new Column("cue", r -> text(r.c().attribution() == null ? null : r.c().attribution().cue())),
            new Column("form", r -> r.c().attribution() == null ? "" : r.c().attribution().form().name()),
            new Column("attribution_check", r -> r.c().attribution() == null ? "UNVERIFIED"
                    : r.c().attribution().check().name()),
            new Column("attribution_note", r -> text(r.c().attribution() == null ? null : r.c().attribution().checkNote())),
            new Column("verdict", r -> r.c().review().verdict() == null ? "" : r.c().review().verdict().code()),
            new Column("rationale", r -> text(r.c().review().rationale())),
            new Column("no_evidence_note", r -> text(r.c().review().noEvidenceNote())),
            new Column("verdict_by", r -> text(r.c().review().verdictBy())),
            new Column("verdict_at", r -> time(r.c().review().verdictAt())),
            new Column("approved_by", r -> text(r.c().review().approvedBy())),
            new Column("approved_at", r -> time(r.c().review().approvedAt())),
            new Column("assignee", r -> text(r.c().review().assignee())),
            new Column("evidence_count", r -> String.valueOf(r.c().evidence().size())),
            stance("supports", Stance.SUPPORTS),
            stance("refutes", Stance.REFUTES),
            stance("context", Stance.CONTEXT),
            stance("confirms_attribution", Stance.CONFIRMS_ATTRIBUTION),
            stance("disputes_attribution", Stance.DISPUTES_ATTRIBUTION),
            new Column("evidence", r -> text(r.c().evidence().stream().map(e -> e.stance() + " | " + e.source().title()
                    + " | " + (e.source().url() == null ? "" : e.source().url()) + " | "
                    + (e.excerpt() == null ? "" : e.excerpt())).collect(Collectors.joining("\n")))),
            new Column("created_by", r -> text(r.c().claim().createdBy())),
            new Column("created_at", r -> r.c().claim().createdAt().toString()),
            new Column("updated_at", r -> r.c().claim().updatedAt().toString()));

    static final List<String> HEADER = COLUMNS.stream().map(Column::name).toList();

    private static Column stance(String name, Stance stance) {
        return new Column(name, r -> String.valueOf(r.c().evidence().stream().filter(e -> e.stance() == stance).count()));
    }

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
        var printer = new CSVPrinter(w, FORMAT);
        printer.printRecord(HEADER);
        var documentTitle = report.document() == null ? null : report.document().metadata().title();
        for (var c : report.claims()) {
            Exporter.checkCancelled();
            var row = new Row(c, documentTitle);
            printer.printRecord(COLUMNS.stream().map(column -> column.cell().apply(row)));
        }
        printer.flush();
    }

    private static String time(@Nullable Instant at) {
        return at == null ? "" : at.toString();
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
}
