package org.factdesk.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.factdesk.anchoring.CodePointText;
import org.factdesk.attribution.TextSpan;
import org.factdesk.claim.AnchorState;

/**
 * brat standoff: a zip with the document's .txt and an .ann holding a Claim span per claim and,
 * for attributions, Source, Cue and Content spans joined by an Attribution event, as the PolNeAR
 * corpus writes them. Offsets count characters (code points) of the .txt; spans crossing a line
 * break are written as fragments.
 */
public final class BratExporter implements Exporter {

    @Override
    public String format() {
        return "brat";
    }

    @Override
    public String contentType() {
        return "application/zip";
    }

    @Override
    public String extension() {
        return "brat.zip";
    }

    @Override
    public void write(DocumentReport report, OutputStream out) throws IOException {
        var d = report.document();
        if (d == null) {
            throw new IllegalArgumentException("brat standoff needs one document");
        }
        var name = "document-" + d.id();
        var text = d.text();
        var cp = new CodePointText(text);
        var ann = new StringBuilder();
        int t = 0;
        int e = 0;
        int notes = 0;
        for (var c : report.claims()) {
            Exporter.checkCancelled();
            var claim = c.claim();
            if (claim.anchorState() == AnchorState.NEEDS_REVIEW) {
                continue;
            }
            int claimT = ++t;
            ann.append('T').append(claimT).append("\tClaim ").append(fragments(cp, claim.start(), claim.end()))
                    .append('\t').append(oneLine(claim.exact())).append('\n');
            ann.append('#').append(++notes).append("\tAnnotatorNotes T").append(claimT).append('\t')
                    .append(oneLine(claim.claimText() + " [" + claim.status()
                            + (c.review().verdict() == null ? "" : ", " + c.review().verdict().code()) + "]"))
                    .append('\n');
            var a = c.attribution();
            if (a == null || a.cueSpan() == null) {
                continue;
            }
            int cueT = ++t;
            span(ann, cueT, "Cue", cp, a.cueSpan());
            Integer sourceT = null;
            if (a.sourceSpan() != null) {
                sourceT = ++t;
                span(ann, sourceT, "Source", cp, a.sourceSpan());
            }
            int contentT = ++t;
            ann.append('T').append(contentT).append("\tContent ").append(fragments(cp, claim.start(), claim.end()))
                    .append('\t').append(oneLine(claim.exact())).append('\n');
            ann.append('E').append(++e).append("\tAttribution:T").append(cueT);
            if (sourceT != null) {
                ann.append(" Source:T").append(sourceT);
            }
            ann.append(" Cue:T").append(cueT).append(" Content:T").append(contentT).append('\n');
        }
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(name + ".txt"));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(name + ".ann"));
        zip.write(ann.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("annotation.conf"));
        zip.write(("[entities]\nClaim\nSource\nCue\nContent\n[relations]\n[events]\n"
                + "Attribution\tSource:Source, Cue:Cue, Content:Content\n[attributes]\n").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    private static void span(StringBuilder ann, int number, String type, CodePointText cp, TextSpan span) {
        ann.append('T').append(number).append('\t').append(type).append(' ').append(fragments(cp, span.start(), span.end()))
                .append('\t').append(oneLine(cp.slice(span.start(), span.end()))).append('\n');
    }

    /** "start end" or, across line breaks, "start end;start end" without the newlines. */
    static String fragments(CodePointText cp, int start, int end) {
        var parts = new ArrayList<String>();
        int from = start;
        var text = cp.slice(start, end);
        int offset = start;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == '\n') {
                if (offset > from) {
                    parts.add(from + " " + offset);
                }
                from = offset + 1;
            }
            i += Character.charCount(c);
            offset++;
        }
        if (end > from) {
            parts.add(from + " " + end);
        }
        return String.join(";", parts);
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\t', ' ').replace('\r', ' ');
    }
}
