package org.factdesk.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.factdesk.base.Html;
import org.factdesk.base.chart.BarChart;

/** A self-contained, printable HTML report: no scripts, no external resources, every user text escaped. */
public final class HtmlExporter implements Exporter {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private static final String STYLE = """
            body{font-family:"DejaVu Sans",system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;\
            line-height:1.55;color:#1b1b1b}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}\
            .meta{color:#555;font-size:.9rem}
            mark{background:#fff3b0;padding:0 .05em}mark.o{background:#f2d16b}sup{color:#8a5a00;font-size:.7em}
            .claim{border-left:3px solid #ddd;padding:.2rem 0 .2rem 1rem;margin:1.4rem 0;break-inside:avoid}
            blockquote{margin:.4rem 0;padding:.2rem .8rem;background:#f6f6f6;white-space:pre-wrap}
            .verdict{display:inline-block;padding:.05rem .5rem;border-radius:1rem;color:#fff;font-weight:bold}
            dl{display:grid;grid-template-columns:10rem 1fr;gap:.2rem .8rem}dt{color:#555}dd{margin:0}
            table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #eee;text-align:left}
            .warn{color:#a33}@media print{a{color:inherit}h2{break-after:avoid}}""";

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String contentType() {
        return "text/html; charset=utf-8";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(DocumentReport report, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        var d = report.document();
        var lang = d != null && d.metadata().language() != null ? d.metadata().language() : "en";
        w.write("<!DOCTYPE html>\n<html lang=\"" + Html.escape(lang) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
                + "<title>" + Html.escape(report.title()) + "</title><style>" + STYLE + "</style></head><body>\n");
        w.write("<header><h1>" + Html.escape(report.title()) + "</h1>");
        if (d != null) {
            var m = d.metadata();
            var parts = new java.util.ArrayList<String>();
            if (m.publisher() != null) {
                parts.add(Html.escape(m.publisher()));
            }
            if (m.author() != null) {
                parts.add(Html.escape(m.author()));
            }
            if (m.publishedAt() != null) {
                parts.add("published " + m.publishedAt());
            }
            if (m.sourceUrl() != null) {
                parts.add(Html.link(m.sourceUrl(), m.sourceUrl()));
            }
            parts.add("revision " + d.revision());
            w.write("<p class=\"meta\">" + String.join(" · ", parts) + "</p>");
        }
        w.write("<p class=\"meta\">Reviewed by " + names(report.reviewers()) + "; approved by " + names(report.approvers())
                + ". Report generated " + WHEN.format(report.generatedAt()) + " by " + Html.escape(report.generatedBy())
                + ".</p></header>\n");

        writeSummary(report, w);
        if (d != null) {
            w.write("<section><h2>The article</h2>\n");
            writeArticle(report, w);
            w.write("</section>\n");
        }
        w.write("<section><h2>Claims</h2>\n");
        for (var c : report.claims()) {
            Exporter.checkCancelled();
            writeClaim(report, c, w);
        }
        if (report.claims().isEmpty()) {
            w.write("<p>No claims.</p>");
        }
        w.write("</section></body></html>\n");
        w.flush();
    }

    private static String names(java.util.Set<String> names) {
        return names.isEmpty() ? "nobody yet" : names.stream().map(Html::escape).collect(Collectors.joining(", "));
    }

    /** Claims by verdict as a small bar chart (inline SVG), and by attribution check as a table. */
    private static void writeSummary(DocumentReport report, Writer w) throws IOException {
        w.write("<section><h2>Summary</h2><p>" + report.claims().size() + " claims.</p>");
        var bars = report.verdictCounts().entrySet().stream().map(entry -> {
            var verdict = report.scale().stream().filter(v -> v.code().equals(entry.getKey())).findFirst();
            return new BarChart.Bar(verdict.map(v -> v.label()).orElse("No verdict yet"), entry.getValue(),
                    verdict.map(v -> v.color()).orElse("#9e9e9e"));
        }).toList();
        w.write(BarChart.bars("Claims by verdict", bars));
        w.write("<table><caption>Attribution checks</caption>");
        for (var entry : report.checkCounts().entrySet()) {
            w.write("<tr><td>" + Html.escape(entry.getKey().label()) + "</td><td>" + entry.getValue() + "</td></tr>");
        }
        w.write("</table></section>\n");
    }

    private static void writeArticle(DocumentReport report, Writer w) throws IOException {
        var d = report.document();
        w.write("<p>");
        for (var piece : Segments.of(d.text(), report.claims())) {
            var parts = piece.text().split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    w.write("</p>\n<p>");
                }
                if (parts[i].isEmpty()) {
                    continue;
                }
                if (piece.covering().isEmpty()) {
                    w.write(Html.escape(parts[i]));
                } else {
                    w.write("<mark" + (piece.covering().size() > 1 ? " class=\"o\"" : "") + " title=\"Claim "
                            + piece.covering().stream().map(String::valueOf).collect(Collectors.joining(", ")) + "\">"
                            + Html.escape(parts[i]) + "</mark>");
                }
            }
            for (long n : piece.endingHere()) {
                w.write("<sup><a href=\"#claim-" + n + "\">[" + n + "]</a></sup>");
            }
        }
        w.write("</p>\n");
    }

    private static void writeClaim(DocumentReport report, ReportClaim c, Writer w) throws IOException {
        var claim = c.claim();
        w.write("<article class=\"claim\" id=\"claim-" + claim.id() + "\"><h3>" + c.label() + " "
                + Html.escape(claim.claimText()) + "</h3>");
        if (c.documentTitle() != null) {
            w.write("<p class=\"meta\">In \u201C" + Html.escape(c.documentTitle()) + "\u201D</p>");
        }
        w.write("<blockquote>" + Html.escape(claim.exact()) + "</blockquote>");
        if (claim.anchorState().needsAttention()) {
            w.write("<p class=\"warn\">Placement to check: " + Html.escape(claim.anchorState().name().toLowerCase()
                    .replace('_', ' ')) + ".</p>");
        }
        w.write("<dl><dt>Status</dt><dd>" + Html.escape(claim.status().label()) + "</dd>");
        var a = c.attribution();
        if (a != null) {
            w.write("<dt>Attributed to</dt><dd>" + (a.claimant() == null ? "no claimant given"
                    : Html.escape(a.claimant().name()) + " (" + Html.escape(a.claimant().kind().label()) + ")") + "</dd>");
            if (a.statedRole() != null) {
                w.write("<dt>Stated role</dt><dd>" + Html.escape(a.statedRole()) + "</dd>");
            }
            if (a.cue() != null) {
                w.write("<dt>Cue</dt><dd>" + Html.escape(a.cue()) + "</dd>");
            }
            w.write("<dt>Form</dt><dd>" + Html.escape(a.form().label()) + "</dd>");
            w.write("<dt>Attribution check</dt><dd>" + Html.escape(a.check().label())
                    + (a.checkNote() == null ? "" : ": " + Html.escape(a.checkNote()))
                    + (a.checkedBy() == null ? "" : " <span class=\"meta\">(" + Html.escape(a.checkedBy())
                            + (a.checkedAt() == null ? "" : ", " + WHEN.format(a.checkedAt())) + ")</span>") + "</dd>");
        }
        var r = c.review();
        if (r.verdict() != null) {
            w.write("<dt>" + Html.escape(c.verdictHeading()) + "</dt><dd><span class=\"verdict\" style=\"background:"
                    + Html.escape(r.verdict().color()) + "\">" + Html.escape(r.verdict().label()) + "</span></dd>");
        }
        if (r.rationale() != null) {
            w.write("<dt>Rationale</dt><dd>" + Html.escape(r.rationale()) + "</dd>");
        }
        if (r.noEvidenceNote() != null) {
            w.write("<dt>Why no evidence</dt><dd>" + Html.escape(r.noEvidenceNote()) + "</dd>");
        }
        if (r.verdictBy() != null) {
            w.write("<dt>Verdict set</dt><dd>" + Html.escape(r.verdictBy())
                    + (r.verdictAt() == null ? "" : ", " + WHEN.format(r.verdictAt())) + "</dd>");
        }
        if (r.approvedBy() != null) {
            w.write("<dt>Approved</dt><dd>" + Html.escape(r.approvedBy())
                    + (r.approvedAt() == null ? "" : ", " + WHEN.format(r.approvedAt())) + "</dd>");
        }
        for (var correction : r.corrections()) {
            w.write("<dt>Correction</dt><dd>" + WHEN.format(correction.correctedAt()) + ": "
                    + Html.escape(correction.note()) + " (reopened by " + Html.escape(correction.correctedBy()) + ")</dd>");
        }
        if (r.importedFrom() != null) {
            w.write("<dt>Imported</dt><dd>" + Html.escape(r.importedFrom()) + "</dd>");
        }
        w.write("</dl>");
        if (!c.evidence().isEmpty()) {
            w.write("<h4>Evidence</h4><ul>");
            for (var e : c.evidence()) {
                var url = e.source().url();
                w.write("<li><strong>" + Html.escape(e.stance().label()) + "</strong>: "
                        + Html.link(url, e.source().title()));
                if (e.source().fields().publisher() != null) {
                    w.write(" (" + Html.escape(e.source().fields().publisher()) + ")");
                }
                if (e.excerpt() != null) {
                    w.write("<blockquote>" + Html.escape(e.excerpt()) + "</blockquote>");
                }
                if (e.locator() != null) {
                    w.write(" <span class=\"meta\">" + Html.escape(e.locator()) + "</span>");
                }
                w.write(" <span class=\"meta\">added by " + Html.escape(e.createdBy()) + "</span></li>");
            }
            w.write("</ul>");
        }
        w.write("</article>\n");
    }
}
