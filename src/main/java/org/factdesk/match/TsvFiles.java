package org.factdesk.match;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tab-separated files of verified-claim retrieval (the CLEF CheckThat! 2020 task 2 layout): a
 * library {@code id, claim, title}, queries {@code id, text} (each with a header line), and qrels
 * {@code query 0 library-id 1}.
 */
public final class TsvFiles {

    /** The longest line read (a claim with its title is a few hundred characters). */
    static final int MAX_LINE = 1_000_000;
    /** The most characters read from one file: five hundred times CLEF's whole library of verified claims. */
    static final long MAX_CHARS = 1L << 31;

    private TsvFiles() {
    }

    /**
     * The lines of a file, refused with a clear message when a line or the file is longer than any
     * table of claims: {@code --queries /dev/zero} (one endless line) ran out of memory (issue 37).
     */
    static List<String> lines(Path file) throws IOException {
        var lines = new ArrayList<String>();
        long total = 0;
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var line = new StringBuilder();
            var buffer = new char[8192];
            int n;
            while ((n = reader.read(buffer)) != -1) {
                total += n;
                if (total > MAX_CHARS) {
                    throw new IOException(file + " is longer than " + MAX_CHARS + " characters: not a table of claims");
                }
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (c == '\n') {
                        lines.add(stripReturn(line));
                        line.setLength(0);
                    } else if (line.length() >= MAX_LINE) {
                        throw new IOException(file + " line " + (lines.size() + 1) + " is longer than "
                                + String.format(Locale.ROOT, "%,d", MAX_LINE) + " characters: not a table of claims");
                    } else {
                        line.append(c);
                    }
                }
            }
            if (!line.isEmpty()) {
                lines.add(stripReturn(line));
            }
        }
        return lines;
    }

    private static String stripReturn(StringBuilder line) {
        int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
        return line.substring(0, end);
    }

    /** A library file; the header names the columns (claim or vclaim, title), the first column is the id. */
    public static List<VerifiedClaim> library(Path file) throws IOException {
        var lines = lines(file);
        if (lines.isEmpty()) {
            throw new IOException(file + " is empty: a library needs a header line (id, claim, title) and rows");
        }
        var header = List.of(lines.getFirst().split("\t", -1)).stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        int claim = indexOf(header, "claim", "vclaim");
        int title = indexOf(header, "title");
        if (claim < 0) {
            throw new IOException(file + ": the header line names no claim column (claim or vclaim): " + lines.getFirst());
        }
        var claims = new ArrayList<VerifiedClaim>();
        var seen = new HashSet<String>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            var cells = lines.get(i).split("\t", -1);
            if (cells.length <= claim || cells[claim].isBlank()) {
                throw new IOException(file + " line " + (i + 1) + ": no claim in column " + (claim + 1));
            }
            var id = cells[0].strip();
            if (!seen.add(id)) {
                throw new IOException(file + " line " + (i + 1) + ": the id " + id + " appears twice");
            }
            claims.add(VerifiedClaim.imported(id, cells[claim].strip(),
                    title >= 0 && title < cells.length && !cells[title].isBlank() ? cells[title].strip() : null));
        }
        return claims;
    }

    /** A queries file: a header line, then {@code id<TAB>text}. */
    public static Map<String, String> queries(Path file) throws IOException {
        var lines = lines(file);
        var queries = new LinkedHashMap<String, String>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            var tab = lines.get(i).indexOf('\t');
            if (tab < 0) {
                throw new IOException(file + " line " + (i + 1) + ": expected id<TAB>text");
            }
            queries.put(lines.get(i).substring(0, tab).strip(), lines.get(i).substring(tab + 1).strip());
        }
        return queries;
    }

    /** A qrels file: {@code query 0 library-id relevance}; relevance above 0 counts. */
    public static Map<String, Set<String>> qrels(Path file) throws IOException {
        var relevant = new LinkedHashMap<String, Set<String>>();
        int n = 0;
        for (var line : lines(file)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            var cells = line.strip().split("\\s+");
            if (cells.length < 4) {
                throw new IOException(file + " line " + n + ": expected query 0 library-id relevance");
            }
            var set = relevant.computeIfAbsent(cells[0], k -> new HashSet<>());
            if (Integer.parseInt(cells[3]) > 0) {
                set.add(cells[2]);
            }
        }
        return relevant;
    }

    private static int indexOf(List<String> header, String... names) {
        for (var name : names) {
            int i = header.indexOf(name);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }
}
