package org.factdesk.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import org.factdesk.base.config.DataDirectory;
import org.flywaydb.core.Flyway;

/**
 * A desk made up for the backup tests: every table of the schema filled with random but valid rows
 * (claims with attribution, evidence, verdicts, corrections, comments in threads, audit, users and
 * tokens, claimants merged into others, a fact-check library with vectors), with the texts a
 * restore must keep as they are: other scripts, emoji, quotes, line breaks, and text that is SQL.
 */
public final class GeneratedDesk {

    static final List<String> AWKWARD = List.of("'); DROP TABLE claim; --", "CALL FILE_WRITE('x', 'owned')",
            "\"quoted\" and 'single'", "Ünïcödé Kyiv Київ 基辅 👍🏽", "line one\nline two\r\n\ttabbed", "\\ back\\slash %_",
            "$$ select 1 $$", "", " ");

    private final Random random;
    private final Connection connection;

    private GeneratedDesk(Random random, Connection connection) {
        this.random = random;
        this.connection = connection;
    }

    /** An H2 data directory with Factdesk's schema, as the app's own Flyway run leaves it. */
    static Connection migratedH2(Path dataDir) throws SQLException {
        Flyway.configure().dataSource(DataDirectory.jdbcUrl(dataDir), "sa", "")
                .locations(Restore.locations("h2")).load().migrate();
        return DataDirectory.openIdle(dataDir);
    }

    /** Fills a freshly migrated database with {@code size} documents' worth of desk work. */
    static void fill(Connection connection, long seed, int size) throws SQLException {
        new GeneratedDesk(new Random(seed), connection).fill(size);
    }

    private void fill(int size) throws SQLException {
        int users = 2 + random.nextInt(4);
        for (int u = 1; u <= users; u++) {
            insert("app_user", "id, username, display_name, password_hash, role, active, created_at, version",
                    u, "user" + u, text(), "{bcrypt}$2a$10$" + word(), pick("VIEWER", "REVIEWER", "EDITOR", "ADMIN"),
                    random.nextBoolean(), instant(), 0L);
            if (random.nextBoolean()) {
                insert("api_token", "id, user_id, name, token_hash, token_prefix, created_at, last_used_at, revoked_at",
                        u, u, text(), "%063x".formatted(random.nextLong()) + u, "fd_" + u, instant(), maybe(instant()),
                        maybe(instant()));
            }
            if (random.nextBoolean()) {
                insert("saved_filter", "id, username, name, search, created_at, updated_at", u, "user" + u, text(),
                        "status=IN_REVIEW&assignee=user" + u, instant(), instant());
            }
        }
        insert("system_flag", "name, val, set_at", "sample-data", text(), instant());
        int claims = 0;
        int claimants = 1 + random.nextInt(4);
        for (int c = 1; c <= claimants; c++) {
            insert("claimant", "id, name, normalized_name, kind, wikidata_id, notes, merged_into, created_at, created_by,"
                    + " updated_at, version", c, text(), word(), pick("PERSON", "ORGANIZATION", "GOVERNMENT", "MEDIA",
                    "ANONYMOUS"), maybe("Q" + random.nextInt(99999)), maybe(text()), c > 1 && random.nextBoolean() ? 1L : null,
                    instant(), "user1", instant(), (long) random.nextInt(5));
            insert("claimant_alias", "claimant_id, alias, normalized", c, text(), "alias" + c);
            insert("claimant_role", "claimant_id, position, title, started_on, ended_on", c, 0, text(), maybe(date()),
                    maybe(date()));
        }
        insert("source", "id, url, canonical_url, title, kind, created_at, created_by, updated_at, version, published_on,"
                + " reliability", 1, "https://example.org/a?b=1", "https://example.org/a", text(), "DATASET", instant(),
                "user1", instant(), 0L, maybe(date()), random.nextBoolean() ? 3 : null);
        for (int d = 1; d <= size; d++) {
            var body = text() + " " + text();
            insert("document", "id, title, source_url, publisher, author, published_at, language, current_revision,"
                    + " word_count, char_count, created_at, created_by, updated_at, version", d, text(),
                    maybe("https://news.example/" + d), maybe(text()), maybe(text()), maybe(date()), maybe("en"), 1, 3,
                    body.length(), instant(), "user1", instant(), 0L);
            insert("document_revision", "id, document_id, number, text, created_at, created_by", d, d, 1, body,
                    instant(), "user1");
            insert("suggestion_dismissal", "id, document_id, quote_hash, quote, dismissed_by, dismissed_at", d, d,
                    word(), text(), "user1", instant());
            int perDocument = 1 + random.nextInt(4);
            for (int k = 0; k < perDocument; k++) {
                int id = ++claims;
                insert("claim", "id, document_id, start_offset, end_offset, exact, prefix, suffix, anchor_state,"
                        + " original_exact, anchored_revision, claim_text, status, created_at, created_by, updated_at,"
                        + " updated_by, version", id, d, k, k + 1 + random.nextInt(50), text(), text(), text(),
                        pick("ANCHORED", "INEXACT", "AMBIGUOUS", "NEEDS_REVIEW"), maybe(text()), 1, text(),
                        pick("UNCHECKED", "IN_RESEARCH", "IN_REVIEW", "PUBLISHED", "DISMISSED"), instant(), "user1",
                        instant(), "user2", (long) random.nextInt(9));
                insert("claim_tag", "claim_id, tag", id, "tag-" + random.nextInt(3));
                insert("attribution", "claim_id, claimant_id, stated_role, cue, form, check_status, check_note,"
                        + " source_start, source_end, source_exact, cue_start, cue_end, cue_exact, updated_at,"
                        + " updated_by, version", id, maybe((long) (1 + random.nextInt(claimants))), maybe(text()),
                        maybe("said"), pick("DIRECT_QUOTE", "INDIRECT", "UNATTRIBUTED", "ANONYMOUS"),
                        pick("UNVERIFIED", "CONFIRMED", "WRONG_SPEAKER", "DISTORTED"), maybe(text()), 0, 4,
                        "Kyiv", 5, 9, "said", instant(), "user1", 1L);
                insert("evidence", "id, claim_id, source_id, stance, excerpt, locator, excerpt_start, excerpt_end,"
                        + " excerpt_revision, note, created_at, created_by, version", id, id, 1L,
                        pick("SUPPORTS", "REFUTES", "CONTEXT"), maybe(text()), maybe("p. 4"), maybe(1), maybe(5),
                        maybe(1), maybe(text()), instant(), "user2", 0L);
                insert("review", "claim_id, verdict, rationale, no_evidence_note, verdict_by, verdict_at, approved_by,"
                        + " approved_at, assignee, version, imported_from", id, maybe(pick("TRUE", "FALSE", "MIXED")),
                        maybe(text()), maybe(text()), "user2", maybe(instant()), maybe("user3"), maybe(instant()),
                        maybe("user1"), 2L, maybe(text()));
                insert("review_verdict_author", "claim_id, username", id, "user2");
                insert("claim_comment", "id, claim_id, parent_id, author, body, created_at", id, id,
                        id > 1 && random.nextBoolean() ? (long) (id - 1) : null, "user1", text(), instant());
                insert("claim_correction", "id, claim_id, note, corrected_by, corrected_at, previous_verdict,"
                        + " published_at", id, id, text(), "user3", instant(), maybe("TRUE"), maybe(instant()));
                insert("audit_entry", "id, claim_id, document_id, at, actor, action, field, old_value, new_value, node,"
                        + " event_type, payload", id, id, d, instant(), "user1", "created", maybe("status"), maybe(text()),
                        maybe(text()), maybe("node-" + random.nextInt(3)), "Untyped", maybe(text()));
                insert("match_vector", "entry_key, model, text_hash, vector", "claim:" + id, "all-minilm-l6-v2",
                        random.nextLong(), bytes(384));
            }
        }
        // Duplicates point both ways, to earlier and to later claims: a restore cannot insert them in id order alone.
        for (int id = 1; id <= claims; id++) {
            if (claims > 1 && random.nextInt(3) == 0) {
                execute("update claim set duplicate_of = ? where id = ?", (long) (1 + random.nextInt(claims)), (long) id);
            }
        }
        insert("fact_check_collection", "id, name, format, imported_at, imported_by, item_count", 1, text(), "CSV",
                instant(), "user1", 2);
        for (int f = 1; f <= 2; f++) {
            insert("fact_check", "id, collection_id, url, claim, title, rating, publisher, published_on, claimant",
                    f, 1, "https://checks.example/" + f, text(), maybe(text()), maybe("False"), maybe(text()),
                    maybe(date()), maybe(text()));
            insert("match_vector", "entry_key, model, text_hash, vector", "factcheck:" + f, "all-minilm-l6-v2",
                    random.nextLong(), bytes(384));
        }
        insert("verdict_scale", "code, label, color, position, rating", "SATIRE", "Satire",
                "#123456", 8, null);
        execute("delete from verdict_scale where code = 'UNPROVEN'");
    }

    private void insert(String table, String columns, Object... values) throws SQLException {
        var marks = String.join(", ", java.util.Collections.nCopies(values.length, "?"));
        execute("insert into " + table + " (" + columns + ") values (" + marks + ")", values);
    }

    private void execute(String sql, Object... values) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, Types.NULL);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            statement.executeUpdate();
        }
    }

    private String text() {
        if (random.nextInt(3) == 0) {
            return AWKWARD.get(random.nextInt(AWKWARD.size()));
        }
        return word() + " " + word();
    }

    private String word() {
        var sb = new StringBuilder();
        int n = 3 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    private String pick(String... values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T maybe(T value) {
        return random.nextInt(3) == 0 ? null : value;
    }

    private OffsetDateTime instant() {
        return Instant.parse("2020-01-01T00:00:00Z").plus(random.nextLong(200_000_000_000_000L), ChronoUnit.MICROS)
                .atOffset(ZoneOffset.UTC);
    }

    private LocalDate date() {
        return LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private byte[] bytes(int n) {
        var b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /**
     * A backup's content in a form that does not depend on where or when it was taken: each
     * table's rows, sorted. Two desks with equal canonical forms hold the same data.
     */
    public static Map<String, List<String>> canonical(Path backup) throws IOException {
        var tables = new TreeMap<String, List<String>>();
        try (var zip = new ZipFile(backup.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("tables/")) {
                    try (var in = zip.getInputStream(entry)) {
                        var lines = new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
                        lines.sort(null);
                        tables.put(entry.getName(), lines);
                    }
                }
            }
        }
        return tables;
    }
}
