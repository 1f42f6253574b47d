package org.factdesk.base;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Tables of text as spreadsheets and data tools write them (RFC 4180 through Apache Commons CSV),
 * comma- or tab-separated: a quoted field may hold the separator, quotes ({@code ""}) and line
 * breaks; empty lines are skipped. A row longer than any table of claims, or a file longer than any
 * library, is refused with a clear message instead of filling the memory ({@code /dev/zero} as a
 * table is one endless row).
 */
public final class Tables {

    /** The most characters in one row (a claim with its title is a few hundred). */
    public static final int MAX_ROW = 1_000_000;
    /** The most characters read from one file: five hundred times CLEF's whole library of verified claims. */
    public static final long MAX_CHARS = 1L << 31;

    private Tables() {
    }

    /** The rows of a text, each a list of its fields; a text that is not a well-formed table is refused, saying where. */
    public static List<List<String>> parse(String text, char separator) {
        try {
            return read(new StringReader(text), separator, "The text");
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The rows of a UTF-8 file. */
    public static List<List<String>> read(Path file, char separator) throws IOException {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, separator, file.toString());
        }
    }

    private static List<List<String>> read(Reader in, char separator, String name) throws IOException {
        var format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
        var limited = new Limited(in, name);
        var rows = new ArrayList<List<String>>();
        try (var parser = CSVParser.builder().setReader(limited).setFormat(format).get()) {
            for (var record : parser) {
                rows.add(record.toList());
                limited.rowEnded();
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof TooLong tooLong) {
                    throw new TooLong(tooLong.getMessage());
                }
            }
            throw new IOException(name + " is not a well-formed table (a quoted field that never ends, or text after a"
                    + " closing quote): " + (e instanceof UncheckedIOException u ? u.getCause() : e).getMessage(), e);
        }
        return rows;
    }

    /** A row or a file past its limit. */
    private static final class TooLong extends IOException {
        TooLong(String message) {
            super(message);
        }
    }

    /** Counts what the parser reads: in all, and since the last whole row. */
    private static final class Limited extends FilterReader {

        private final String name;
        private long total;
        private long rowStart;
        private long lines;
        private long rowLine = 1;

        Limited(Reader in, String name) {
            super(in);
            this.name = name;
        }

        /** A row was read whole: the next one starts where the parser has read to (give or take its buffer). */
        void rowEnded() {
            rowStart = total;
            rowLine = lines + 1;
        }

        @Override
        public int read() throws IOException {
            var buffer = new char[1];
            return read(buffer, 0, 1) < 0 ? -1 : buffer[0];
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n <= 0) {
                return n;
            }
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
            total += n;
            if (total > MAX_CHARS) {
                throw new TooLong(name + " is longer than " + MAX_CHARS + " characters: not a table of claims");
            }
            // The parser reads ahead by a buffer at most, so a row is refused a few thousand characters late.
            if (total - rowStart > MAX_ROW + 65_536L) {
                throw new TooLong(name + " line " + rowLine + " starts a row longer than "
                        + String.format(Locale.ROOT, "%,d", MAX_ROW) + " characters: not a table of claims");
            }
            return n;
        }
    }
}
