package org.factdesk.report.export;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Bidi;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The report as PDF: the HTML report's page ({@link ReportPage}, printed) rendered by openhtmltopdf
 * on PDFBox, with the fonts embedded in the file: DejaVu Sans for Latin, Greek, Cyrillic, Hebrew and
 * Arabic, Symbola for emoji and symbols, chosen per character so nothing turns into a box. Right-to-
 * left text is laid out by Unicode's bidirectional algorithm and Arabic is shaped (ICU). Claims are
 * highlighted and numbered in the article text; source links are clickable.
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
        var html = ReportPage.render(report, ReportPage.Medium.PRINT);
        Exporter.checkCancelled();
        var document = new W3CDom().fromJsoup(Jsoup.parse(html));
        try (var pdf = new PDDocument()) {
            var builder = new PdfRendererBuilder();
            builder.usePDDocument(pdf);
            builder.useFastMode();
            builder.useFont(font(pdf, DEJAVU), "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(font(pdf, DEJAVU_BOLD), "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(font(pdf, SYMBOLA), "Symbola", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            // Unicode's bidirectional algorithm costs a sixth of the rendering; a page with no right-to-left
            // character (Hebrew, Arabic, …) or direction mark is laid out the same without it.
            if (Bidi.requiresBidi(html.toCharArray(), 0, html.length())) {
                builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
                builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            }
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            builder.withW3cDocument(document, "about:blank");
            builder.withProducer("Factdesk");
            try (var renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                Exporter.checkCancelled();
                renderer.createPDFWithoutClosing();
            }
            pdf.save(out);
        }
    }

    private static final byte[] DEJAVU = bytes("DejaVuSans.ttf");
    private static final byte[] DEJAVU_BOLD = bytes("DejaVuSans-Bold.ttf");
    private static final byte[] SYMBOLA = bytes("Symbola.ttf");

    /**
     * A font embedded as a subset, with its glyph substitutions (GSUB) off: PDFBox would otherwise draw
     * "fi" as one ligature glyph, and the PDF's text would read "ﬁ" (or lose the letters) when searched,
     * copied or read aloud. Arabic is shaped before it reaches the font (ICU), so nothing is lost there.
     */
    private static PDFontSupplier font(PDDocument pdf, byte[] file) throws IOException {
        var ttf = new TTFParser().parse(new RandomAccessReadBuffer(file));
        ttf.setEnableGsub(false);
        return new PDFontSupplier(PDType0Font.load(pdf, ttf, true));
    }

    private static byte[] bytes(String file) {
        try (InputStream in = PdfExporter.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
