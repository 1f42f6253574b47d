package org.factdesk.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.factdesk.report.export.PdfLayout.Run;

/**
 * The report as PDF, laid out with PDFBox and fonts embedded in the file: DejaVu Sans for Latin,
 * Greek and Cyrillic, Symbola for emoji and symbols, chosen per character so nothing turns into a
 * box. Claims are highlighted and numbered in the article text; source links are clickable.
 */
public final class PdfExporter implements Exporter {

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String contentType() {
        return "application/pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void write(DocumentReport report, OutputStream out) throws IOException {
        try (var pdf = new PDDocument()) {
            var info = new PDDocumentInformation();
            info.setTitle(report.title());
            info.setCreator("Factdesk");
            pdf.setDocumentInformation(info);
            var layout = new PdfLayout(pdf);
            render(report, layout);
            layout.finish();
            pdf.save(out);
        }
    }

    private static void render(DocumentReport report, PdfLayout l) throws IOException {
        var numbers = report.readingNumbers();
        l.paragraph(List.of(Run.bold(report.title())), 17, 22);
        var d = report.document();
        if (d != null) {
            var m = d.metadata();
            var parts = new ArrayList<String>();
            if (m.publisher() != null) {
                parts.add(m.publisher());
            }
            if (m.author() != null) {
                parts.add(m.author());
            }
            if (m.publishedAt() != null) {
                parts.add("published " + m.publishedAt());
            }
            parts.add("revision " + d.revision());
            l.paragraph(List.of(Run.muted(String.join(" · ", parts))), 9, 12);
            if (m.sourceUrl() != null) {
                l.paragraph(List.of(Run.link(m.sourceUrl(), m.sourceUrl())), 9, 12);
            }
        }
        l.paragraph(List.of(Run.muted("Reviewed by " + names(report.reviewers()) + "; approved by "
                + names(report.approvers()) + ". Generated " + HtmlExporter.WHEN.format(report.generatedAt()) + " by "
                + report.generatedBy() + ".")), 9, 12);

        l.space(10);
        l.paragraph(List.of(Run.bold("Summary")), 13, 17);
        l.paragraph(List.of(Run.plain(report.claims().size() + " claims.")), 10, 14);
        var counts = report.verdictCounts();
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        for (var entry : counts.entrySet()) {
            var verdict = report.scale().stream().filter(v -> v.code().equals(entry.getKey())).findFirst();
            l.bar(verdict.map(v -> v.label()).orElse("No verdict yet"), entry.getValue(), max,
                    verdict.map(v -> v.color()).orElse("#9e9e9e"));
        }
        l.space(4);
        for (var entry : report.checkCounts().entrySet()) {
            l.paragraph(List.of(Run.plain("Attribution " + entry.getKey().label().toLowerCase() + ": " + entry.getValue())),
                    9, 12);
        }

        if (d != null) {
            l.space(10);
            l.paragraph(List.of(Run.bold("The article")), 13, 17);
            var runs = new ArrayList<Run>();
            for (var piece : Segments.of(d.text(), report.claims())) {
                var lines = piece.text().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        l.paragraph(runs, 10, 14);
                        runs = new ArrayList<>();
                        Exporter.checkCancelled();
                    }
                    if (!lines[i].isEmpty()) {
                        runs.add(piece.covering().isEmpty() ? Run.plain(lines[i])
                                : Run.highlighted(lines[i], piece.covering().size() > 1));
                    }
                }
                for (long id : piece.endingHere()) {
                    runs.add(Run.marker("[" + numbers.getOrDefault(id, 0) + "]"));
                }
            }
            l.paragraph(runs, 10, 14);
        }

        l.space(10);
        l.paragraph(List.of(Run.bold("Claims")), 13, 17);
        var inReadingOrder = report.claims().stream()
                .sorted(java.util.Comparator.comparingInt(c -> numbers.getOrDefault(c.claim().id(), 0))).toList();
        for (var c : inReadingOrder) {
            Exporter.checkCancelled();
            var claim = c.claim();
            l.space(6);
            // A claim's heading never ends a page: it starts one with its quote and first fields.
            l.keepTogether(15 * 2 + 14 * 2 + 12 * 3);
            // Numbered as the reader meets them; the desk's own id follows, small, for finding it in Factdesk.
            l.paragraph(List.of(Run.bold("[" + numbers.getOrDefault(claim.id(), 0) + "] " + claim.claimText()),
                    Run.muted("  claim " + claim.id())), 11, 15);
            if (c.documentTitle() != null) {
                l.paragraph(List.of(Run.muted("In \u201C" + c.documentTitle() + "\u201D")), 9, 12);
            }
            l.paragraph(List.of(Run.quote("\u201C" + claim.exact() + "\u201D")), 10, 14);
            l.field("Status", claim.status().label());
            if (claim.anchorState().needsAttention()) {
                l.field("Placement", "to check (" + claim.anchorState().name().toLowerCase().replace('_', ' ') + ")");
            }
            var a = c.attribution();
            if (a != null) {
                l.field("Attributed to", a.claimant() == null ? "no claimant given"
                        : a.claimant().name() + " (" + a.claimant().kind().label() + ")");
                if (a.statedRole() != null) {
                    l.field("Stated role", a.statedRole());
                }
                if (a.cue() != null) {
                    l.field("Cue", a.cue());
                }
                l.field("Form", a.form().label());
                l.field("Attribution check", a.check().label() + (a.checkNote() == null ? "" : ": " + a.checkNote())
                        + (a.checkedBy() == null ? "" : " (" + a.checkedBy() + ")"));
            }
            var r = c.review();
            if (r.verdict() != null) {
                l.field(c.verdictHeading(), r.verdict().label());
            }
            if (r.rationale() != null) {
                l.field("Rationale", r.rationale());
            }
            if (r.noEvidenceNote() != null) {
                l.field("Why no evidence", r.noEvidenceNote());
            }
            if (r.verdictBy() != null) {
                l.field("Verdict set", r.verdictBy() + (r.verdictAt() == null ? "" : ", " + HtmlExporter.WHEN.format(r.verdictAt())));
            }
            if (r.approvedBy() != null) {
                l.field("Approved", r.approvedBy() + (r.approvedAt() == null ? "" : ", " + HtmlExporter.WHEN.format(r.approvedAt())));
            }
            for (var correction : r.corrections()) {
                l.field("Correction", HtmlExporter.WHEN.format(correction.correctedAt()) + ": " + correction.note()
                        + " (reopened by " + correction.correctedBy() + ")");
            }
            if (r.importedFrom() != null) {
                l.field("Imported", r.importedFrom());
            }
            for (var e : c.evidence()) {
                var runs = new ArrayList<Run>();
                runs.add(Run.bold(e.stance().label() + ": "));
                runs.add(e.source().url() == null ? Run.plain(e.source().title()) : Run.link(e.source().title(), e.source().url()));
                if (e.locator() != null) {
                    runs.add(Run.muted(" · " + e.locator()));
                }
                var excerpt = e.excerpt() == null ? null : List.of(Run.quote("\u201C" + e.excerpt() + "\u201D"));
                // A stance and its source never end a page with their excerpt on the next (issue 36): both move
                // on together, unless together they are longer than a page.
                l.keepTogether(Math.min(l.pageHeight(), l.height(runs, 9, 12)
                        + (excerpt == null ? 0 : l.height(excerpt, 9, 12))));
                l.paragraph(runs, 9, 12);
                if (excerpt != null) {
                    l.paragraph(excerpt, 9, 12);
                }
            }
        }
    }

    private static String names(java.util.Set<String> names) {
        return names.isEmpty() ? "nobody yet" : String.join(", ", names);
    }
}
