package org.factdesk.document.imports;

import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Picks the way to read an upload from its file name: .txt, .md/.markdown, .html/.htm, .html.gz. */
public final class Importers {

    private Importers() {
    }

    public static ImportedText fromUpload(String fileName, byte[] bytes) {
        var name = fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".html.gz") || name.endsWith(".htm.gz")) {
            return ArticleExtractor.extract(TextDecoder.decode(gunzip(bytes)), null);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return ArticleExtractor.extract(TextDecoder.decode(bytes), null);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MarkdownText.read(TextDecoder.decode(bytes));
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return ImportedText.plain(TextDecoder.decode(bytes));
        }
        throw new ImportException("file", "Factdesk imports .txt, .md and .html files; '" + fileName
                + "' is none of these");
    }

    /** Decompresses with a cap, so that a small "gzip bomb" cannot fill the memory. */
    static byte[] gunzip(byte[] bytes) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            var out = new java.io.ByteArrayOutputStream();
            var buffer = new byte[16384];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > TextDecoder.MAX_BYTES * 3L) {
                    throw new ImportException("file", "The compressed file unpacks to more than 30 MB; it is refused");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ImportException("file", "The file is not valid gzip: " + e.getMessage());
        }
    }

    /** A title from a file name, for uploads that carry none. */
    public static String titleFromFileName(String fileName) {
        var base = fileName.replaceAll("(?i)\\.(html?\\.gz|html?|xhtml|md|markdown|txt|text)$", "");
        base = base.replaceAll("[_-]+", " ").strip();
        return base.isEmpty() ? "Untitled document" : base;
    }
}
