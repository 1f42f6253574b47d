package org.factdesk.report.export;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.base.Html;

/**
 * The one layout of the verification report: the HTML report is this page, and the PDF is this page
 * printed (openhtmltopdf). Only the style differs between screen and print; the content, its order,
 * the numbering and every word are the same. Self-contained (no scripts, no outside resources) and
 * every text from the desk escaped.
 *
 * <p>Claims are numbered 1…n as a reader meets them in the article, with the desk's id beside each
 * ("claim 42") for finding it in Factdesk; the article's markers link to them.
 */
final class ReportPage {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** Where the page is read: on a screen (the HTML download) or printed (the PDF). */
    enum Medium {
        SCREEN, PRINT
    }

    private static final String STYLE = """
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}
            h2,h3{page-break-after:avoid;break-after:avoid}
            .meta,.id{color:#555;font-size:.85em;font-weight:normal}
            mark{background:#fff3b0;padding:0 .05em}mark.o{background:#f2d16b}sup{color:#8a5a00;font-size:.7em}
            .claim{border-left:3px solid #ddd;padding:.2rem 0 .2rem 1rem;margin:1.4rem 0}
            blockquote{margin:.4rem 0;padding:.2rem .8rem;background:#f6f6f6;white-space:pre-wrap}
            .verdict{padding:.05rem .5rem;border-radius:1rem;color:#fff;font-weight:bold}
            table{border-collapse:collapse;margin:.4rem 0}td,th{padding:.2rem .6rem;border-bottom:1px solid #eee;\
            text-align:left;vertical-align:top}
            p.field{margin:.15rem 0}p.field .name{color:#555}
            table.bars td.bar{width:16rem}.bar div{height:.9em}
            ul.evidence li{margin:.3rem 0;page-break-inside:avoid;break-inside:avoid}
            .warn{color:#a33}
            """;

    private static final String SCREEN = """
            body{font-family:"DejaVu Sans",system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;\
            line-height:1.55;color:#1b1b1b}
            @media print{a{color:inherit}}
            """;

    /** Fonts are embedded by the PDF renderer: DejaVu Sans for most scripts, Symbola for emoji and symbols. */
    private static final String PRINT = """
            @page{size:A4;margin:18mm 16mm 20mm 16mm;\
            @bottom-center{content:"Page " counter(page) " of " counter(pages);font-family:"DejaVu Sans";\
            font-size:8pt;color:#777}}
            body{font-family:"DejaVu Sans","Symbola";font-size:10pt;line-height:1.4;color:#1b1b1b}
            a{color:#1a4f8b;text-decoration:none}
            """;

    private ReportPage() {
    }

    static String render(DocumentReport report, Medium medium) {
        var w = new StringBuilder(4096 + (report.document() == null ? 0 : report.document().text().length() * 2));
        var d = report.document();
        var numbers = report.readingNumbers();
        var lang = d != null && d.metadata().language() != null ? d.metadata().language() : "en";
        w.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(lang)).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>").append(Html.escape(report.title())).append("</title><style>").append(STYLE)
                .append(medium == Medium.PRINT ? PRINT : SCREEN).append("</style></head><body>\n");
        w.append("<header><h1>").append(Html.escape(report.title())).append("</h1>");
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
            parts.add("revision " + d.revision());
            w.append("<p class=\"meta\">").append(String.join(" · ", parts)).append("</p>");
            if (m.sourceUrl() != null) {
                w.append("<p class=\"meta\">").append(Html.link(m.sourceUrl(), m.sourceUrl())).append("</p>");
            }
        }
        w.append("<p class=\"meta\">Reviewed by ").append(names(report.reviewers())).append("; approved by ")
                .append(names(report.approvers())).append(". Report generated ").append(WHEN.format(report.generatedAt()))
                .append(" by ").append(Html.escape(report.generatedBy())).append(".</p></header>\n");
        summary(report, w);
        if (d != null) {
            w.append("<section><h2>The article</h2>\n");
            article(report, numbers, w);
            w.append("</section>\n");
        }
        w.append("<section><h2>Claims</h2>\n");
        var inReadingOrder = report.claims().stream()
                .sorted(Comparator.comparingInt(c -> numbers.getOrDefault(c.claim().id(), 0))).toList();
        for (var c : inReadingOrder) {
            Exporter.checkCancelled();
            claim(c, numbers.getOrDefault(c.claim().id(), 0), w);
        }
        if (report.claims().isEmpty()) {
            w.append("<p>No claims.</p>");
        }
        w.append("</section></body></html>\n");
        return w.toString();
    }

    private static String names(java.util.Set<String> names) {
        return names.isEmpty() ? "nobody yet" : names.stream().map(Html::escape).collect(Collectors.joining(", "));
    }

    /** Claims by verdict as bars (a table, read the same on screen, in print and by a screen reader), and by attribution check. */
    private static void summary(DocumentReport report, StringBuilder w) {
        w.append("<section><h2>Summary</h2><p>").append(report.claims().size()).append(" claims.</p>");
        var counts = report.verdictCounts();
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        w.append("<table class=\"bars\"><caption>Claims by verdict</caption>");
        for (var entry : counts.entrySet()) {
            var verdict = report.scale().stream().filter(v -> v.code().equals(entry.getKey())).findFirst();
            var label = verdict.map(v -> v.label()).orElse("No verdict yet");
            var color = verdict.map(v -> v.color()).orElse("#9e9e9e");
            w.append("<tr><td>").append(Html.escape(label)).append("</td><td class=\"bar\"><div style=\"width:")
                    .append(Math.round(100.0 * entry.getValue() / max)).append("%;background:").append(Html.escape(color))
                    .append("\"></div></td><td>").append(entry.getValue()).append("</td></tr>");
        }
        w.append("</table><table><caption>Attribution checks</caption>");
        for (var entry : report.checkCounts().entrySet()) {
            w.append("<tr><td>").append(Html.escape(entry.getKey().label())).append("</td><td>").append(entry.getValue())
                    .append("</td></tr>");
        }
        w.append("</table></section>\n");
    }

    private static void article(DocumentReport report, Map<Long, Integer> numbers, StringBuilder w) {
        w.append("<p>");
        for (var piece : Segments.of(report.document().text(), report.claims())) {
            var parts = piece.text().split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    w.append("</p>\n<p>");
                    Exporter.checkCancelled();
                }
                if (parts[i].isEmpty()) {
                    continue;
                }
                if (piece.covering().isEmpty()) {
                    w.append(Html.escape(parts[i]));
                } else {
                    w.append("<mark").append(piece.covering().size() > 1 ? " class=\"o\"" : "").append(" title=\"")
                            .append(piece.covering().stream().map(id -> "claim " + id).collect(Collectors.joining(", ")))
                            .append("\">").append(Html.escape(parts[i])).append("</mark>");
                }
            }
            for (long id : piece.endingHere()) {
                w.append("<sup><a href=\"#claim-").append(id).append("\">[").append(numbers.getOrDefault(id, 0))
                        .append("]</a></sup>");
            }
        }
        w.append("</p>\n");
    }

    private static void claim(ReportClaim c, int number, StringBuilder w) {
        var claim = c.claim();
        w.append("<article class=\"claim\" id=\"claim-").append(claim.id()).append("\"><h3>[").append(number).append("] ")
                .append(Html.escape(claim.claimText())).append(" <span class=\"id\">claim ").append(claim.id())
                .append("</span></h3>");
        if (c.documentTitle() != null) {
            w.append("<p class=\"meta\">In \u201C").append(Html.escape(c.documentTitle())).append("\u201D</p>");
        }
        w.append("<blockquote>\u201C").append(Html.escape(claim.exact())).append("\u201D</blockquote>");
        if (claim.anchorState().needsAttention()) {
            w.append("<p class=\"warn\">Placement to check: ")
                    .append(Html.escape(claim.anchorState().name().toLowerCase().replace('_', ' '))).append(".</p>");
        }
        field(w, "Status", Html.escape(claim.status().label()));
        var a = c.attribution();
        if (a != null) {
            field(w, "Attributed to", a.claimant() == null ? "no claimant given"
                    : Html.escape(a.claimant().name()) + " (" + Html.escape(a.claimant().kind().label()) + ")");
            if (a.statedRole() != null) {
                field(w, "Stated role", Html.escape(a.statedRole()));
            }
            if (a.cue() != null) {
                field(w, "Cue", Html.escape(a.cue()));
            }
            field(w, "Form", Html.escape(a.form().label()));
            field(w, "Attribution check", Html.escape(a.check().label())
                    + (a.checkNote() == null ? "" : ": " + Html.escape(a.checkNote()))
                    + (a.checkedBy() == null ? "" : " <span class=\"meta\">(" + Html.escape(a.checkedBy())
                            + (a.checkedAt() == null ? "" : ", " + WHEN.format(a.checkedAt())) + ")</span>"));
        }
        var r = c.review();
        if (r.verdict() != null) {
            field(w, Html.escape(c.verdictHeading()), "<span class=\"verdict\" style=\"background:"
                    + Html.escape(r.verdict().color()) + "\">" + Html.escape(r.verdict().label()) + "</span>");
        }
        if (r.rationale() != null) {
            field(w, "Rationale", Html.escape(r.rationale()));
        }
        if (r.noEvidenceNote() != null) {
            field(w, "Why no evidence", Html.escape(r.noEvidenceNote()));
        }
        if (r.verdictBy() != null) {
            field(w, "Verdict set", Html.escape(r.verdictBy()) + (r.verdictAt() == null ? "" : ", " + WHEN.format(r.verdictAt())));
        }
        if (r.approvedBy() != null) {
            field(w, "Approved", Html.escape(r.approvedBy()) + (r.approvedAt() == null ? "" : ", " + WHEN.format(r.approvedAt())));
        }
        for (var correction : r.corrections()) {
            field(w, "Correction", WHEN.format(correction.correctedAt()) + ": " + Html.escape(correction.note())
                    + " (reopened by " + Html.escape(correction.correctedBy()) + ")");
        }
        if (r.importedFrom() != null) {
            field(w, "Imported", Html.escape(r.importedFrom()));
        }
        if (!c.evidence().isEmpty()) {
            // A stance, its source and its excerpt stay together on a printed page (issue 36).
            w.append("<h4>Evidence</h4><ul class=\"evidence\">");
            for (var e : c.evidence()) {
                w.append("<li><strong>").append(Html.escape(e.stance().label())).append(":</strong> ")
                        .append(Html.link(e.source().url(), e.source().title()));
                if (e.source().fields().publisher() != null) {
                    w.append(" (").append(Html.escape(e.source().fields().publisher())).append(")");
                }
                if (e.locator() != null) {
                    w.append(" <span class=\"meta\">· ").append(Html.escape(e.locator())).append("</span>");
                }
                w.append(" <span class=\"meta\">added by ").append(Html.escape(e.createdBy())).append("</span>");
                if (e.excerpt() != null) {
                    w.append("<blockquote>\u201C").append(Html.escape(e.excerpt())).append("\u201D</blockquote>");
                }
                w.append("</li>");
            }
            w.append("</ul>");
        }
        w.append("</article>\n");
    }

    /** A field of a claim as a line of its own: its name, then its value (lighter to lay out in print than a table). */
    private static void field(StringBuilder w, String name, String valueHtml) {
        w.append("<p class=\"field\"><span class=\"name\">").append(name).append(":</span> ").append(valueHtml)
                .append("</p>");
    }
}
