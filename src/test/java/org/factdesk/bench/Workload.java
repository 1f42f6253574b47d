package org.factdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Realistic workloads from real sentences: the sample article's and, where ../shared/data is
 * present, the news articles of the attribution data, shuffled into documents of any length.
 */
public final class Workload {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u201D\"])\\s+(?=[A-Z\u201C\"])");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static List<String> sentences;

    private Workload() {
    }

    public static synchronized List<String> sentences() {
        if (sentences != null) {
            return sentences;
        }
        var all = new ArrayList<String>();
        try {
            addSentences(all, Files.readString(Path.of("sample-data/documents/biden-invited-putin.txt")));
            var shared = Path.of(System.getProperty("shared.data", "../shared/data"), "attribution/polnear-dev/text");
            if (Files.isDirectory(shared)) {
                try (var files = Files.list(shared)) {
                    for (var file : files.sorted().toList()) {
                        addSentences(all, Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        sentences = List.copyOf(all);
        BenchResults.context("sentences", all.size() + " real sentences (sample article"
                + (all.size() > 50 ? " and ../shared/data attribution articles)" : ")"));
        return sentences;
    }

    private static void addSentences(List<String> into, String raw) {
        // Sentences in the form Factdesk stores text (NFC, no control characters), so offsets agree.
        var text = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC).replaceAll("[\\p{Cc}&&[^\\n]]", " ");
        for (var line : text.split("\n")) {
            for (var s : SENTENCE_END.split(line.strip())) {
                if (s.split("\\s+").length >= 5) {
                    into.add(s.strip());
                }
            }
        }
    }

    /** A document of about {@code words} words, in paragraphs of 2 to 7 sentences. */
    public static String document(int words, long seed) {
        var random = new Random(seed);
        var all = sentences();
        var sb = new StringBuilder();
        int count = 0;
        int inParagraph = 0;
        int paragraphLength = 2 + random.nextInt(6);
        while (count < words) {
            var s = all.get(random.nextInt(all.size()));
            if (inParagraph > 0) {
                sb.append(' ');
            }
            sb.append(s);
            count += s.split("\\s+").length;
            if (++inParagraph >= paragraphLength) {
                sb.append('\n');
                inParagraph = 0;
                paragraphLength = 2 + random.nextInt(6);
            }
        }
        return sb.toString().strip();
    }

    /** Claim spans on word boundaries, 1 to 12 words long, in code points: {start, end}. */
    public static List<int[]> claimSpans(String text, int count, long seed) {
        var random = new Random(seed);
        var starts = new ArrayList<Integer>();
        var ends = new ArrayList<Integer>();
        var m = WORD.matcher(text);
        while (m.find()) {
            starts.add(text.codePointCount(0, m.start()));
            ends.add(text.codePointCount(0, m.end()));
        }
        var spans = new ArrayList<int[]>();
        for (int i = 0; i < count; i++) {
            int first = random.nextInt(Math.max(1, starts.size() - 13));
            int last = first + random.nextInt(12);
            spans.add(new int[] { starts.get(first), ends.get(last) });
        }
        return spans;
    }

    /** Tags given to generated claims. */
    static final List<String> TAGS = List.of("military", "economy", "diplomacy", "energy", "health", "elections");
    static final List<String> STATUSES = List.of("UNCHECKED", "IN_RESEARCH", "IN_REVIEW", "PUBLISHED", "DISMISSED");
    static final List<String> VERDICTS = List.of("TRUE", "MOSTLY_TRUE", "MIXED", "MOSTLY_FALSE", "FALSE", "MISLEADING");

    /**
     * A Factdesk database in {@code dataDir} with {@code documents} documents of about
     * {@code words} words and {@code claimsPerDocument} claims each (with statuses, tags, verdicts
     * and a "created" audit entry per claim), written straight through JDBC on the Flyway schema:
     * 100,000 claims through the API would take longer than the benchmark itself.
     */
    public static void database(Path dataDir, int documents, int words, int claimsPerDocument, long seed)
            throws Exception {
        database(org.factdesk.base.config.DataDirectory.jdbcUrl(dataDir), "sa", documents, words, claimsPerDocument,
                seed);
    }

    /**
     * The same workload in the database at a JDBC URL: the H2 file of a data directory, or an empty
     * PostgreSQL database (the same rows, through the same Flyway schema with its vendor folder).
     */
    public static void database(String url, String user, int documents, int words, int claimsPerDocument, long seed)
            throws Exception {
        var vendor = url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        org.flywaydb.core.Flyway.configure().dataSource(url, user, "")
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load().migrate();
        var random = new Random(seed);
        var now = java.sql.Timestamp.from(java.time.Instant.now());
        try (var connection = java.sql.DriverManager.getConnection(url.replace("WRITE_DELAY=0", "WRITE_DELAY=500"),
                user, "")) {
            connection.setAutoCommit(false);
            try (var document = connection.prepareStatement("insert into document (title, publisher, language, "
                    + "current_revision, word_count, char_count, created_at, created_by, updated_at, version) "
                    + "values (?, ?, 'en', 1, ?, ?, ?, 'bench', ?, 0)", new String[] { "id" });
                    var revision = connection.prepareStatement("insert into document_revision (document_id, number, "
                            + "text, created_at, created_by) values (?, 1, ?, ?, 'bench')");
                    var claim = connection.prepareStatement("insert into claim (document_id, start_offset, end_offset, "
                            + "exact, prefix, suffix, anchor_state, anchored_revision, claim_text, status, created_at, "
                            + "created_by, updated_at, updated_by, version) values (?, ?, ?, ?, ?, ?, 'ANCHORED', 1, ?, ?, "
                            + "?, 'bench', ?, 'bench', 0)", new String[] { "id" });
                    var tag = connection.prepareStatement("insert into claim_tag (claim_id, tag) values (?, ?)");
                    var review = connection.prepareStatement("insert into review (claim_id, verdict, rationale, "
                            + "verdict_by, verdict_at, version) values (?, ?, 'Generated for the benchmark.', 'bench', ?, 0)");
                    var audit = connection.prepareStatement("insert into audit_entry (claim_id, document_id, at, actor, "
                            + "action, field, old_value, new_value, event_type, payload) values (?, ?, ?, 'bench', 'created', null, null, ?,"
                            + " 'Created', ?)")) {
                for (int d = 0; d < documents; d++) {
                    var text = document(words, seed * 100_000 + d);
                    document.setString(1, "Generated article " + (d + 1) + ": " + text.substring(0, Math.min(60,
                            text.indexOf(' ', 40) < 0 ? text.length() : text.indexOf(' ', 40))));
                    document.setString(2, "Bench Gazette");
                    document.setInt(3, text.split("\\s+").length);
                    document.setInt(4, text.codePointCount(0, text.length()));
                    document.setTimestamp(5, now);
                    document.setTimestamp(6, now);
                    document.executeUpdate();
                    long documentId;
                    try (var keys = document.getGeneratedKeys()) {
                        keys.next();
                        documentId = keys.getLong(1);
                    }
                    revision.setLong(1, documentId);
                    revision.setString(2, text);
                    revision.setTimestamp(3, now);
                    revision.executeUpdate();
                    var cps = text.codePoints().toArray();
                    for (var span : claimSpans(text, claimsPerDocument, seed + d)) {
                        var exact = new String(cps, span[0], span[1] - span[0]);
                        claim.setLong(1, documentId);
                        claim.setInt(2, span[0]);
                        claim.setInt(3, span[1]);
                        claim.setString(4, exact);
                        claim.setString(5, new String(cps, Math.max(0, span[0] - 32), span[0] - Math.max(0, span[0] - 32)));
                        claim.setString(6, new String(cps, span[1], Math.min(cps.length, span[1] + 32) - span[1]));
                        claim.setString(7, exact);
                        var status = STATUSES.get(random.nextInt(STATUSES.size()));
                        claim.setString(8, status);
                        claim.setTimestamp(9, now);
                        claim.setTimestamp(10, now);
                        claim.executeUpdate();
                        long claimId;
                        try (var keys = claim.getGeneratedKeys()) {
                            keys.next();
                            claimId = keys.getLong(1);
                        }
                        tag.setLong(1, claimId);
                        tag.setString(2, TAGS.get(random.nextInt(TAGS.size())));
                        tag.addBatch();
                        if (status.equals("IN_REVIEW") || status.equals("PUBLISHED")) {
                            review.setLong(1, claimId);
                            review.setString(2, VERDICTS.get(random.nextInt(VERDICTS.size())));
                            review.setTimestamp(3, now);
                            review.addBatch();
                        }
                        audit.setLong(1, claimId);
                        audit.setLong(2, documentId);
                        audit.setTimestamp(3, now);
                        // As the trail writes a new claim: its words and status, as text and as the event's parts.
                        var created = new org.factdesk.claim.ClaimEvent.Created(new org.factdesk.claim.ClaimEvent.Header(
                                claimId, documentId, "bench", now.toInstant()), new org.factdesk.claim.ClaimEvent.Snapshot(
                                        new org.factdesk.claim.ClaimEvent.Span(span[0], span[1], exact), "UNCHECKED"));
                        audit.setString(4, created.after());
                        audit.setString(5, org.factdesk.audit.EventJson.payload(created));
                        audit.addBatch();
                    }
                    tag.executeBatch();
                    review.executeBatch();
                    audit.executeBatch();
                    if (d % 100 == 99) {
                        connection.commit();
                    }
                }
                connection.commit();
            }
            try (var statement = connection.createStatement()) {
                statement.execute("insert into system_flag (name, val, set_at) values ('sample-data.imported', 'bench', "
                        + "current_timestamp)");
            }
            connection.commit();
        }
    }
}
