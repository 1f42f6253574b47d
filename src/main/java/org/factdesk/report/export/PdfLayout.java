package org.factdesk.report.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.jspecify.annotations.Nullable;

/** Flowing text over A4 pages with per-character font choice, highlights and links, for {@link PdfExporter}. */
final class PdfLayout {

    private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

    /** A stretch of text with one style. */
    record Run(String text, boolean bold, boolean muted, @Nullable float[] highlight, boolean superscript,
            @Nullable String link, boolean italicQuote) {

        static Run plain(String text) {
            return new Run(text, false, false, null, false, null, false);
        }

        static Run bold(String text) {
            return new Run(text, true, false, null, false, null, false);
        }

        static Run muted(String text) {
            return new Run(text, false, true, null, false, null, false);
        }

        static Run quote(String text) {
            return new Run(text, false, false, new float[] { 0.95f, 0.95f, 0.95f }, false, null, true);
        }

        static Run highlighted(String text, boolean overlap) {
            return new Run(text, false, false, overlap ? new float[] { 0.95f, 0.82f, 0.42f } : new float[] { 1f, 0.95f, 0.69f },
                    false, null, false);
        }

        static Run marker(String text) {
            return new Run(text, true, false, null, true, null, false);
        }

        static Run link(String text, String url) {
            var lower = url.toLowerCase(java.util.Locale.ROOT);
            boolean web = lower.startsWith("http://") || lower.startsWith("https://");
            return new Run(text, false, false, null, false, web ? url : null, false);
        }
    }

    /** A piece of a line in one font, ready to draw. */
    private record Piece(String text, PDType0Font font, float size, float x, float width, Run run) {
    }


    private static final float MARGIN = 50;
    private final PDDocument pdf;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PDType0Font symbols;
    private final TrueTypeFont regularFile;
    private final TrueTypeFont boldFile;
    private final TrueTypeFont symbolFile;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream content;
    private PDPage page;
    private float y;

    PdfLayout(PDDocument pdf) throws IOException {
        this.pdf = pdf;
        this.regularFile = parse("DejaVuSans.ttf");
        this.boldFile = parse("DejaVuSans-Bold.ttf");
        this.symbolFile = parse("Symbola.ttf");
        // No glyph substitution (GSUB): for these fonts PDFBox would only join Latin ligatures (fi, fl),
        // and it works them out again for every run of text it writes, with regular expressions it
        // compiles each time; that was two thirds of the time of a PDF report of 2,000 claims (profile
        // of the report bench). The letters stay letters, which copying text out of the PDF prefers too.
        for (var file : List.of(regularFile, boldFile, symbolFile)) {
            file.setEnableGsub(false);
        }
        this.regular = PDType0Font.load(pdf, regularFile, true);
        this.bold = PDType0Font.load(pdf, boldFile, true);
        this.symbols = PDType0Font.load(pdf, symbolFile, true);
        newPage();
    }

    private static TrueTypeFont parse(String name) throws IOException {
        var bytes = FONT_FILES.computeIfAbsent(name, n -> {
            try (InputStream in = PdfExporter.class.getResourceAsStream("/fonts/" + n)) {
                if (in == null) {
                    throw new IllegalStateException("The font " + n + " is missing from the build");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        content = new PDPageContentStream(pdf, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void space(float points) throws IOException {
        y -= points;
        if (y < MARGIN) {
            newPage();
        }
    }

    /** Starts a new page unless {@code points} of height are left: keeps a heading with what follows it. */
    void keepTogether(float points) throws IOException {
        if (y - points < MARGIN) {
            newPage();
        }
    }

    void field(String label, String value) throws IOException {
        paragraph(List.of(Run.muted(label + ": "), Run.plain(value)), 9, 12);
    }

    void bar(String label, long count, long max, String color) throws IOException {
        if (y - 14 < MARGIN) {
            newPage();
        }
        y -= 12;
        drawText(label, regular, 9, MARGIN, y, 0.2f);
        float barWidth = (float) (200.0 * count / max);
        var rgb = java.awt.Color.decode(color);
        content.setNonStrokingColor(rgb.getRed() / 255f, rgb.getGreen() / 255f, rgb.getBlue() / 255f);
        content.addRect(MARGIN + 110, y - 1, Math.max(0.5f, barWidth), 9);
        content.fill();
        drawText(String.valueOf(count), regular, 9, MARGIN + 115 + barWidth, y, 0.2f);
        y -= 3;
    }

    /** Lays out runs as one paragraph, wrapping at spaces. */
    void paragraph(List<Run> runs, float size, float leading) throws IOException {
        for (var line : lines(runs, size)) {
            flush(line, leading);
        }
    }

    /** The height a paragraph takes, to keep it with the one after it (a stance with its excerpt). */
    float height(List<Run> runs, float size, float leading) throws IOException {
        return lines(runs, size).size() * leading;
    }

    /** The most a page holds, for keeping things together that are longer than what is left of one. */
    float pageHeight() {
        return PDRectangle.A4.getHeight() - 2 * MARGIN;
    }

    private List<List<Piece>> lines(List<Run> runs, float size) throws IOException {
        var lines = new ArrayList<List<Piece>>();
        var line = new ArrayList<Piece>();
        float x = 0;
        for (var run : runs) {
            float runSize = run.superscript() ? size * 0.7f : size;
            for (var word : words(clean(run.text()))) {
                var pieces = pieces(word, run, runSize);
                float w = 0;
                for (var p : pieces) {
                    w += p.width();
                }
                boolean space = word.isBlank();
                if (!space && x + w > width && !line.isEmpty()) {
                    lines.add(line);
                    line = new ArrayList<>();
                    x = 0;
                }
                if (space && x == 0) {
                    continue;
                }
                for (var p : pieces) {
                    line.add(new Piece(p.text(), p.font(), p.size(), x, p.width(), run));
                    x += p.width();
                }
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private void flush(List<Piece> line, float leading) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        if (y - leading < MARGIN) {
            newPage();
        }
        y -= leading;
        for (var p : line) {
            if (p.run().highlight() != null) {
                var c = p.run().highlight();
                content.setNonStrokingColor(c[0], c[1], c[2]);
                content.addRect(MARGIN + p.x(), y - leading * 0.25f, p.width() + 0.3f, leading);
                content.fill();
            }
        }
        for (var p : line) {
            float grey = p.run().muted() ? 0.4f : p.run().link() != null ? 0.05f : 0.1f;
            float baseline = p.run().superscript() ? y + p.size() * 0.5f : y;
            drawText(p.text(), p.font(), p.size(), MARGIN + p.x(), baseline, grey);
            if (p.run().link() != null) {
                var link = new PDAnnotationLink();
                link.setRectangle(new PDRectangle(MARGIN + p.x(), y - 2, p.width(), p.size() + 3));
                var action = new PDActionURI();
                action.setURI(p.run().link());
                link.setAction(action);
                var border = new PDBorderStyleDictionary();
                border.setWidth(0);
                link.setBorderStyle(border);
                page.getAnnotations().add(link);
            }
        }
    }

    private void drawText(String text, PDType0Font font, float size, float x, float baseline, float grey)
            throws IOException {
        content.beginText();
        content.setNonStrokingColor(grey, grey, grey);
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    /** Splits a word into pieces by the font that has its glyphs: the text font, else the symbol font. */
    private List<Piece> pieces(String word, Run run, float size) throws IOException {
        var main = run.bold() ? bold : regular;
        var mainFile = run.bold() ? boldFile : regularFile;
        var result = new ArrayList<Piece>();
        var current = new StringBuilder();
        PDType0Font currentFont = null;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            PDType0Font font;
            String ch = new String(Character.toChars(cp));
            if (has(mainFile, cp)) {
                font = main;
            } else if (has(symbolFile, cp)) {
                font = symbols;
            } else {
                font = main;
                ch = has(mainFile, 0xFFFD) ? "\uFFFD" : "?";
            }
            if (currentFont != null && font != currentFont) {
                result.add(piece(current.toString(), currentFont, size, run));
                current.setLength(0);
            }
            currentFont = font;
            current.append(ch);
        }
        if (currentFont != null && current.length() > 0) {
            result.add(piece(current.toString(), currentFont, size, run));
        }
        return result;
    }

    private static Piece piece(String text, PDType0Font font, float size, Run run) throws IOException {
        return new Piece(text, font, size, 0, font.getStringWidth(text) / 1000 * size, run);
    }

    private static boolean has(TrueTypeFont font, int codePoint) {
        try {
            var cmap = font.getUnicodeCmapLookup();
            return cmap != null && cmap.getGlyphId(codePoint) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Words and the spaces between them, so that wrapping keeps single spaces. */
    private static List<String> words(String text) {
        var result = new ArrayList<String>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                if (i > start) {
                    result.add(text.substring(start, i));
                }
                result.add(" ");
                start = i + 1;
            }
        }
        if (start < text.length()) {
            result.add(text.substring(start));
        }
        return result;
    }

    /** Tabs and other white space become spaces; invisible formatting characters have no glyph to draw. */
    private static String clean(String text) {
        var sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || c == 0xA0) {
                sb.append(' ');
            } else if (Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL
                    || (c >= 0xFE00 && c <= 0xFE0F)) {
                continue;
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    void finish() throws IOException {
        content.close();
        int total = pdf.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            var p = pdf.getPage(i);
            try (var stream = new PDPageContentStream(pdf, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream.beginText();
                stream.setNonStrokingColor(0.5f, 0.5f, 0.5f);
                stream.setFont(regular, 8);
                stream.newLineAtOffset(MARGIN, MARGIN / 2);
                stream.showText("Page " + (i + 1) + " of " + total);
                stream.endText();
            }
        }
    }
}
