package org.factdesk.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** The report in Markdown: the article with claims in bold and numbered, then each claim. User text is escaped. */
public final class MarkdownExporter implements Exporter {

    @Override
    public String format() {
        return "md";
    }

    @Override
    public String contentType() {
        return "text/markdown; charset=utf-8";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void write(DocumentReport report, OutputStream out) throws IOException {
        var w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("# " + escape(report.title()) + "\n\n");
        var d = report.document();
        if (d != null) {
            var m = d.metadata();
            if (m.publisher() != null) {
                w.write("- Publisher: " + escape(m.publisher()) + "\n");
            }
            if (m.author() != null) {
                w.write("- Author: " + escape(m.author()) + "\n");
            }
            if (m.publishedAt() != null) {
                w.write("- Published: " + m.publishedAt() + "\n");
            }
            if (m.sourceUrl() != null) {
                w.write("- Source: <" + m.sourceUrl().replace(">", "%3E") + ">\n");
            }
        }
        w.write("- Reviewed by: " + (report.reviewers().isEmpty() ? "nobody yet" : escape(String.join(", ", report.reviewers())))
                + "\n- Approved by: " + (report.approvers().isEmpty() ? "nobody yet" : escape(String.join(", ", report.approvers())))
                + "\n- Generated: " + ReportPage.WHEN.format(report.generatedAt()) + " by " + escape(report.generatedBy()) + "\n\n");
        w.write("## Summary\n\n| Verdict | Claims |\n|---|---:|\n");
        for (var e : report.verdictCounts().entrySet()) {
            var label = e.getKey().isEmpty() ? "No verdict yet" : report.label(e.getKey());
            w.write("| " + escape(label) + " | " + e.getValue() + " |\n");
        }
        w.write("\n| Attribution check | Claims |\n|---|---:|\n");
        for (var e : report.checkCounts().entrySet()) {
            w.write("| " + escape(e.getKey().label()) + " | " + e.getValue() + " |\n");
        }
        if (d != null) {
            w.write("\n## The article\n\n");
            var sb = new StringBuilder();
            for (var piece : Segments.of(d.text(), report.claims())) {
                var parts = piece.text().split("\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        sb.append("\n\n");
                    }
                    if (parts[i].isEmpty()) {
                        continue;
                    }
                    if (piece.covering().isEmpty() || parts[i].isBlank()) {
                        sb.append(escape(parts[i]));
                    } else {
                        // Bold around the words, keeping their outer spaces outside the markers.
                        var text = parts[i];
                        int lead = text.length() - text.stripLeading().length();
                        int trail = text.length() - text.stripTrailing().length();
                        sb.append(text, 0, lead).append("**").append(escape(text.strip())).append("**")
                                .append(text, text.length() - trail, text.length());
                    }
                }
                for (long n : piece.endingHere()) {
                    sb.append("<sup>[").append(n).append("](#claim-").append(n).append(")</sup>");
                }
            }
            w.write(sb.toString().replace("\n\n\n\n", "\n\n"));
            w.write("\n");
        }
        w.write("\n## Claims\n");
        for (var c : report.claims()) {
            Exporter.checkCancelled();
            var claim = c.claim();
            w.write("\n### <a id=\"claim-" + claim.id() + "\"></a>" + escape(c.label()) + " " + escape(claim.claimText())
                    + "\n\n");
            w.write(quote(claim.exact()) + "\n\n");
            w.write("- Status: " + claim.status().label() + "\n");
            var a = c.attribution();
            if (a != null) {
                w.write("- Attributed to: " + (a.claimant() == null ? "no claimant given" : escape(a.claimant().name())) + "\n");
                line(w, "Stated role", a.statedRole());
                line(w, "Cue", a.cue());
                w.write("- Form: " + a.form().label() + "\n");
                w.write("- Attribution check: " + a.check().label() + (a.checkNote() == null ? "" : ": " + escape(a.checkNote()))
                        + "\n");
            }
            var r = c.review();
            if (r.verdict() != null) {
                w.write("- " + c.verdictHeading() + ": **" + escape(r.verdict().label()) + "**\n");
            }
            line(w, "Rationale", r.rationale());
            line(w, "Why no evidence", r.noEvidenceNote());
            if (r.verdictBy() != null) {
                w.write("- Verdict set by " + escape(r.verdictBy()) + (r.verdictAt() == null ? "" : ", "
                        + ReportPage.WHEN.format(r.verdictAt())) + "\n");
            }
            if (r.approvedBy() != null) {
                w.write("- Approved by " + escape(r.approvedBy()) + (r.approvedAt() == null ? "" : ", "
                        + ReportPage.WHEN.format(r.approvedAt())) + "\n");
            }
            for (var correction : r.corrections()) {
                w.write("- Correction, " + ReportPage.WHEN.format(correction.correctedAt()) + ": "
                        + escape(correction.note()) + " (reopened by " + escape(correction.correctedBy()) + ")\n");
            }
            line(w, "Imported", r.importedFrom());
            for (var e : c.evidence()) {
                var url = e.source().url();
                w.write("- Evidence (" + e.stance().label() + "): " + (url == null ? escape(e.source().title())
                        : "[" + escape(e.source().title()) + "](<" + url.replace(">", "%3E") + ">)")
                        + (e.locator() == null ? "" : ", " + escape(e.locator())) + "\n");
                if (e.excerpt() != null) {
                    w.write("\n" + quote(e.excerpt()).replace("\n", "\n  ").replaceFirst("^", "  ") + "\n\n");
                }
            }
        }
        w.flush();
    }

    private static void line(java.io.Writer w, String label, @Nullable String value) throws IOException {
        if (value != null) {
            w.write("- " + label + ": " + escape(value) + "\n");
        }
    }

    private static String quote(String text) {
        return "> " + escape(text).replace("\n", "\n> ");
    }

    /** Markdown and inline HTML characters are escaped, so user text never turns into markup. */
    static String escape(@Nullable String s) {
        if (s == null) {
            return "";
        }
        var sb = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            if ("\\`*_{}[]()#+-.!|<>&".indexOf(c) >= 0) {
                switch (c) {
                    case '<' -> sb.append("&lt;");
                    case '>' -> sb.append("&gt;");
                    case '&' -> sb.append("&amp;");
                    default -> sb.append('\\').append(c);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
