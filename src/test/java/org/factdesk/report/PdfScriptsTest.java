package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.factdesk.IntegrationTest;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.NewClaim;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The PDF report keeps every script readable (issue 38): Cyrillic, Hebrew and Arabic laid out right
 * to left (Arabic shaped), emoji, and Latin without ligature glyphs, read back by pdftotext (poppler)
 * as a reader's tools would, and Hebrew's letters placed right to left on the page.
 */
@IntegrationTest
class PdfScriptsTest {

    private static final String CYRILLIC = "Київ заявив про 80 000 військових";
    private static final String HEBREW = "שלום עולם";
    private static final String ARABIC = "قالت الوزارة إن الأسعار ارتفعت";
    private static final String LATIN = "The office confirmed the figures at first";

    @Autowired
    DocumentService documents;
    @Autowired
    ClaimService claims;
    @Autowired
    ReportService reports;

    @Test
    @WithUserDetails("reviewer")
    void every_script_reads_back_from_the_pdf_and_right_to_left_text_runs_right_to_left() throws Exception {
        var text = LATIN + ". " + CYRILLIC + ". " + HEBREW + ". " + ARABIC + ". Launch 🚀 and 👍.";
        var document = documents.create(DocumentMetadata.titled("Scripts " + System.nanoTime()), text);
        int arabic = text.codePointCount(0, text.indexOf(ARABIC));
        claims.create(document.id(), new NewClaim(arabic, arabic + ARABIC.codePointCount(0, ARABIC.length()), ARABIC,
                ARABIC, List.of()));
        int hebrew = text.codePointCount(0, text.indexOf(HEBREW));
        claims.create(document.id(), new NewClaim(hebrew, hebrew + HEBREW.length(), HEBREW, "Hebrew " + HEBREW, List.of()));
        var out = new ByteArrayOutputStream();
        reports.write(reports.documentReport(document.id()), reports.exporter("pdf", ReportService.DOCUMENT_FORMATS), out);

        var extracted = pdftotext(out.toByteArray());
        var read = Normalizer.normalize(extracted, Normalizer.Form.NFKC);
        assertThat(read).contains(CYRILLIC).contains(HEBREW).contains(ARABIC).contains(LATIN)
                .contains("\uD83D\uDE80").contains("\uD83D\uDC4D").doesNotContain("\uFFFD");
        // Latin is drawn letter by letter: no ligature glyph ("ﬁ", "ﬀ"…) for a search or a screen reader to trip on.
        assertThat(extracted.codePoints().filter(c -> c >= 0xFB00 && c <= 0xFB06).count()).isZero();

        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            var positions = new ArrayList<TextPosition>();
            var stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> textPositions) {
                    positions.addAll(textPositions);
                }
            };
            stripper.getText(pdf);
            var first = positions.stream().filter(p -> p.getUnicode().equals("ש")).findFirst().orElseThrow();
            var last = positions.stream().filter(p -> p.getUnicode().equals("ם") && p.getY() == first.getY()).findFirst().orElseThrow();
            // "שלום עולם" begins with ש and ends with ם: read right to left, the first letter stands to the right.
            assertThat(first.getX()).isGreaterThan(last.getX());
        }
    }

    private static String pdftotext(byte[] pdf) throws Exception {
        var found = java.util.stream.Stream.of("/usr/bin/pdftotext", "/usr/local/bin/pdftotext")
                .map(java.nio.file.Path::of).filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("pdftotext (poppler-utils) must be installed under CI (.ci/run installs it)");
            }
            Assumptions.abort("pdftotext (poppler-utils) is not installed: the PDF's scripts are not read back here");
        }
        var file = Files.createTempFile("report", ".pdf");
        try {
            Files.write(file, pdf);
            var process = new ProcessBuilder(found.get().toString(), "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            return output;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
