package org.factdesk.match;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.Tables;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a file of fact-checks from another organisation: ClaimReview JSON-LD (one ClaimReview, an
 * array of them, an {@code @graph}, or a feed such as Data Commons' {@code DataFeed} whose items hold
 * ClaimReviews), or a table with a header line ({@code id, claim, title, url, rating, publisher,
 * date}, tab- or comma-separated). Every row needs a claim and an http(s) URL; a file with any bad row
 * is refused as a whole, naming the rows to fix.
 */
public final class FactCheckFile {

    /** At most this many fact-checks in one file. */
    public static final int MAX_ITEMS = 200_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One fact-check as read. A NUL character (a raw byte in a table, {@code \u0000} in JSON) is
     * dropped from every text, as from everything else Factdesk stores: PostgreSQL cannot keep it,
     * and the library then holds the same on both databases.
     */
    public record Row(String url, String claim, @Nullable String title, @Nullable String rating,
            @Nullable String publisher, @Nullable LocalDate date, @Nullable String claimant) {

        public Row {
            var nul = new org.factdesk.base.domain.NoNulCharacters();
            url = nul.convertToDatabaseColumn(url);
            claim = nul.convertToDatabaseColumn(claim);
            title = nul.convertToDatabaseColumn(title);
            rating = nul.convertToDatabaseColumn(rating);
            publisher = nul.convertToDatabaseColumn(publisher);
            claimant = nul.convertToDatabaseColumn(claimant);
        }
    }

    /** What a file held, and in which format. */
    public record Parsed(String format, List<Row> rows) {
    }

    private FactCheckFile() {
    }

    public static Parsed parse(byte[] content) {
        var text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
        var start = text.stripLeading();
        if (start.isEmpty()) {
            throw new InvalidInputException("file", "The file is empty: give ClaimReview JSON-LD or a table with a"
                    + " header line (id, claim, title, url, rating, publisher, date)");
        }
        var errors = new ArrayList<String>();
        var rows = new ArrayList<Row>();
        String format;
        if (start.startsWith("{") || start.startsWith("[")) {
            format = "claimreview";
            JsonNode root;
            try {
                root = JSON.readTree(text);
            } catch (JacksonException e) {
                throw new InvalidInputException("file", "The file starts like JSON but is not valid JSON: "
                        + e.getOriginalMessage());
            }
            readJsonLd(root, rows, errors, "$");
            if (rows.isEmpty() && errors.isEmpty()) {
                throw new InvalidInputException("file", "The JSON holds no ClaimReview (an object with \"@type\":"
                        + " \"ClaimReview\", alone, in an array, an @graph or a DataFeed)");
            }
        } else {
            format = start.lines().findFirst().orElse("").contains("\t") ? "tsv" : "csv";
            readTable(text, format.equals("tsv"), rows, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("file", errors.size() + " fact-check" + (errors.size() == 1 ? "" : "s")
                    + " cannot be imported, so nothing was: " + String.join("; ", errors.stream().limit(10).toList())
                    + (errors.size() > 10 ? "; …" : ""));
        }
        if (rows.size() > MAX_ITEMS) {
            throw new InvalidInputException("file", "The file holds " + rows.size() + " fact-checks; at most "
                    + MAX_ITEMS + " can be imported at once. Split it.");
        }
        return new Parsed(format, List.copyOf(rows));
    }

    private static void readJsonLd(JsonNode node, List<Row> rows, List<String> errors, String where) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                readJsonLd(node.get(i), rows, errors, where + "[" + i + "]");
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("@graph")) {
            readJsonLd(node.get("@graph"), rows, errors, where + ".@graph");
        }
        if (node.has("dataFeedElement")) {
            readJsonLd(node.get("dataFeedElement"), rows, errors, where + ".dataFeedElement");
        }
        if (node.has("item")) {
            readJsonLd(node.get("item"), rows, errors, where + ".item");
        }
        if (!types(node).contains("ClaimReview")) {
            return;
        }
        var claim = text(node.path("claimReviewed"));
        var url = text(node.path("url"));
        var problem = problem(claim, url);
        if (problem != null) {
            errors.add("the ClaimReview at " + where + " " + problem);
            return;
        }
        var rating = node.path("reviewRating");
        var ratingText = text(rating.path("alternateName"));
        if (ratingText == null) {
            ratingText = text(rating.path("ratingValue"));
        }
        var title = text(node.path("headline"));
        if (title == null) {
            title = text(node.path("name"));
        }
        LocalDate date;
        try {
            date = date(text(node.path("datePublished")));
        } catch (DateTimeParseException e) {
            errors.add("the ClaimReview at " + where + " has a datePublished that is not a date (YYYY-MM-DD)");
            return;
        }
        rows.add(new Row(url, claim, cut(title, 1000), cut(ratingText, 200), cut(name(node.path("author")), 300), date,
                cut(name(node.path("itemReviewed").path("author")), 300)));
    }

    private static List<String> types(JsonNode node) {
        var type = node.path("@type");
        var types = new ArrayList<String>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asString("")));
        } else {
            types.add(type.asString(""));
        }
        return types;
    }

    private static @Nullable String name(JsonNode author) {
        if (author.isArray()) {
            return author.isEmpty() ? null : name(author.get(0));
        }
        return author.isString() ? text(author) : text(author.path("name"));
    }

    private static @Nullable String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainer()) {
            return null;
        }
        var value = node.asString("").strip();
        return value.isEmpty() ? null : value;
    }

    private static void readTable(String text, boolean tabs, List<Row> rows, List<String> errors) {
        List<List<String>> table;
        try {
            table = Tables.parse(text, tabs ? '\t' : ',').stream().filter(r -> !r.stream().allMatch(String::isBlank))
                    .toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        var header = table.getFirst().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int claim = header.indexOf("claim");
        int url = header.indexOf("url");
        if (claim < 0 || url < 0) {
            throw new InvalidInputException("file", "The header line names no " + (claim < 0 ? "claim" : "url")
                    + " column: a table of fact-checks has the columns id, claim, title, url, rating, publisher, date"
                    + " (found: " + String.join(", ", header) + ")");
        }
        int title = header.indexOf("title");
        int rating = header.indexOf("rating");
        int publisher = header.indexOf("publisher");
        int date = header.indexOf("date");
        int claimant = header.indexOf("claimant");
        for (int i = 1; i < table.size(); i++) {
            var cells = table.get(i);
            var row = "row " + (i + 1);
            var c = cell(cells, claim);
            var u = cell(cells, url);
            var problem = problem(c, u);
            if (problem != null) {
                errors.add(row + " " + problem);
                continue;
            }
            LocalDate d;
            try {
                d = date(cell(cells, date));
            } catch (DateTimeParseException e) {
                errors.add(row + " has a date that is not YYYY-MM-DD: " + cell(cells, date));
                continue;
            }
            rows.add(new Row(u, c, cut(cell(cells, title), 1000), cut(cell(cells, rating), 200),
                    cut(cell(cells, publisher), 300), d, cut(cell(cells, claimant), 300)));
        }
    }

    private static @Nullable String cell(List<String> cells, int index) {
        if (index < 0 || index >= cells.size()) {
            return null;
        }
        var value = cells.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static @Nullable String problem(@Nullable String claim, @Nullable String url) {
        if (claim == null) {
            return "has no claim";
        }
        if (claim.length() > 5000) {
            return "has a claim longer than 5,000 characters";
        }
        if (url == null) {
            return "has no URL (each fact-check needs the address of its article)";
        }
        if (!url.matches("(?i)https?://[^\\s]{1,1990}")) {
            return "has a URL that is not an http(s) address: " + cut(url, 80);
        }
        return null;
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        if (value == null) {
            return null;
        }
        return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
    }

    private static @Nullable String cut(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
