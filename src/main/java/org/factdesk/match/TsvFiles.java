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
import org.factdesk.base.Tables;

/**
 * The tab-separated files of verified-claim retrieval (the CLEF CheckThat! 2020 task 2 layout): a
 * library {@code id, claim, title}, queries {@code id, text} (each with a header line), and qrels
 * {@code query 0 library-id 1}.
 */
public final class TsvFiles {

    /** The longest line of a qrels file read. */
    static final int MAX_LINE = Tables.MAX_ROW;
    static final long MAX_CHARS = Tables.MAX_CHARS;

    private TsvFiles() {
    }

    /**
     * The lines of a qrels file, refused with a clear message when a line or the file is longer than any
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

    /**
     * A library file; the header names the columns (claim or vclaim, title), the first column is the
     * id. Fields may be quoted as data tools write them, holding tabs, quotes ({@code ""}) and line
     * breaks: CLEF's file of verified claims is.
     */
    public static List<VerifiedClaim> library(Path file) throws IOException {
        var rows = Tables.read(file, '\t');
        if (rows.isEmpty()) {
            throw new IOException(file + " is empty: a library needs a header line (id, claim, title) and rows");
        }
        var header = rows.getFirst().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int claim = indexOf(header, "claim", "vclaim");
        int title = indexOf(header, "title");
        if (claim < 0) {
            throw new IOException(file + ": the header line names no claim column (claim or vclaim): "
                    + String.join("\t", rows.getFirst()));
        }
        var claims = new ArrayList<VerifiedClaim>();
        var seen = new HashSet<String>();
        for (int i = 1; i < rows.size(); i++) {
            var cells = rows.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (cells.size() <= claim || cells.get(claim).isBlank()) {
                throw new IOException(file + " row " + (i + 1) + ": no claim in column " + (claim + 1));
            }
            var id = cells.getFirst().strip();
            if (!seen.add(id)) {
                throw new IOException(file + " row " + (i + 1) + ": the id " + id + " appears twice");
            }
            claims.add(VerifiedClaim.imported(id, cells.get(claim).strip(),
                    title >= 0 && title < cells.size() && !cells.get(title).isBlank() ? cells.get(title).strip() : null));
        }
        return claims;
    }

    /** A queries file: a header line, then {@code id<TAB>text} (fields quoted as in a library). */
    public static Map<String, String> queries(Path file) throws IOException {
        var rows = Tables.read(file, '\t');
        var queries = new LinkedHashMap<String, String>();
        for (int i = 1; i < rows.size(); i++) {
            var cells = rows.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (cells.size() < 2) {
                throw new IOException(file + " row " + (i + 1) + ": expected id<TAB>text");
            }
            queries.put(cells.getFirst().strip(), String.join("\t", cells.subList(1, cells.size())).strip());
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
