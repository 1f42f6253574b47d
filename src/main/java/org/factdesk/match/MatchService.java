package org.factdesk.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.claim.ClaimChangeLog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "Already checked?" for a claim's text: the best matches among the workspace's own claims (with
 * their status and verdict) and the imported fact-checks, best first, with a score.
 *
 * <p>The library is held in memory as a Lucene index ({@link MatchIndex}) and follows the database
 * on every node: the workspace's claims through the audit trail (each change of a claim writes an
 * entry, also on other nodes), the imported fact-checks by their count and highest id, both checked
 * before each match. BM25's candidates are re-ranked by meaning ({@link ClaimMatcher}, a sentence
 * encoder) unless {@code factdesk.match.semantic=false}; nothing trained on the development data ships
 * (its licence allows research use only). Each entry's sentence vector is worked out once: a
 * background thread encodes the entries that have none, and every vector is kept in
 * {@code match_vector}, so a restart or another node reads it back instead of encoding it again.
 */
@Service
public class MatchService {

    private static final Logger LOG = LoggerFactory.getLogger(MatchService.class);

    /** At most this many matches per question. */
    public static final int MAX_LIMIT = 50;
    public static final int MAX_TEXT = 5_000;
    /**
     * The score from which a claim's best match in the library earns it the "already checked" badge:
     * chosen on the CLEF CheckThat! 2020 training split (F0.5 over each query asked with and without its
     * own fact-check in the library), measured on the development split by {@code AlreadyCheckedBadgeBench}.
     */
    public static final double ALREADY_CHECKED = 0.726;

    private final JdbcClient jdbc;
    private final MatchIndex index = new MatchIndex();
    private final ClaimChangeLog.Cursor cursor;
    private final MatchVectorTable table;
    private final ClaimMatcher matcher;
    /**
     * Badges ask a question per claim for whole pages of claims: they re-rank only candidates whose
     * vectors are kept, so a page never waits for (or makes the background wait on) encoding others.
     */
    private final ClaimMatcher badgeMatcher;
    private final @Nullable MatchVectors vectors;
    private final @Nullable EncodingAhead ahead;
    /** The cosine of two claims' sentence vectors from which they count as the same claim. */
    private final double nearDuplicate;
    private final double alreadyChecked;
    private @Nullable List<Long> librarySignature;
    /** The keys of the imported fact-checks in the index, to drop those a deleted collection took. */
    private Set<String> importedKeys = new HashSet<>();

    MatchService(JdbcClient jdbc, ClaimChangeLog changeLog,
            @org.springframework.beans.factory.annotation.Value("${factdesk.match.semantic:true}") boolean semantic,
            @org.springframework.beans.factory.annotation.Value("${factdesk.match.near-duplicate:0.85}") double nearDuplicate,
            @org.springframework.beans.factory.annotation.Value("${factdesk.match.already-checked:" + ALREADY_CHECKED
                    + "}") double alreadyChecked) {
        this.nearDuplicate = nearDuplicate;
        this.alreadyChecked = alreadyChecked;
        this.jdbc = jdbc;
        this.cursor = changeLog.cursor();
        this.table = new MatchVectorTable(jdbc);
        this.vectors = semantic ? new MatchVectors(new SentenceEncoder()) : null;
        this.matcher = vectors != null ? new ClaimMatcher(index, vectors, ClaimMatcher.ENCODED_WHILE_ASKED)
                : new ClaimMatcher(index, MatchRanker.bm25());
        this.badgeMatcher = vectors != null ? new ClaimMatcher(index, vectors, 0) : matcher;
        this.ahead = vectors != null ? new EncodingAhead(index, vectors, table, this::refresh) : null;
    }

    /** One match, as the claim panel, the API and the JSON export show it. */
    public record MatchView(int rank, double score, String origin, String claim, @Nullable String title,
            @Nullable String verdict, @Nullable String status, @Nullable String publisher, @Nullable LocalDate date,
            @Nullable String url, @Nullable Long claimId, @Nullable Long documentId, @Nullable Long collectionId,
            @Nullable Long factCheckId) {

        MatchView withRank(int place) {
            return new MatchView(place, score, origin, claim, title, verdict, status, publisher, date, url, claimId,
                    documentId, collectionId, factCheckId);
        }

        static MatchView of(ClaimMatcher.Match match) {
            var c = match.claim();
            var factCheck = c.key().startsWith("factcheck:") ? Long.valueOf(c.key().substring("factcheck:".length())) : null;
            return new MatchView(match.rank(), Math.round(match.score() * 1000) / 1000.0, c.origin().name(), c.claim(),
                    c.title(), c.verdict(), c.status(), c.publisher(), c.date(), c.url(), c.claimId(), c.documentId(),
                    c.collectionId(), factCheck);
        }
    }

    @PreAuthorize("hasRole('VIEWER')")
    public List<MatchView> match(@Nullable String text, int limit) {
        asked();
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "Give the claim's text to match");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "A claim to match has at most " + MAX_TEXT + " characters");
        }
        checkLimit(limit);
        refresh();
        return matcher.match(text, limit).stream().map(MatchView::of).toList();
    }

    /** The matches of a workspace claim, without the claim itself. */
    @PreAuthorize("hasRole('VIEWER')")
    public List<MatchView> matchClaim(long claimId, int limit) {
        asked();
        checkLimit(limit);
        var text = jdbc.sql("select claim_text from claim where id = ?").param(claimId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("Claim", claimId));
        refresh();
        return matchesOf(claimId, text, limit);
    }

    /** The matches of many workspace claims (those that no longer exist are left out), for exports. */
    @PreAuthorize("hasRole('VIEWER')")
    public java.util.Map<Long, List<MatchView>> matchClaims(List<Long> claimIds, int limit) {
        asked();
        checkLimit(limit);
        var texts = new java.util.HashMap<Long, String>();
        eachClaim(claimIds, "claim_text", rs -> texts.put(rs.getLong(1), rs.getString(2)));
        refresh();
        var result = new java.util.LinkedHashMap<Long, List<MatchView>>();
        for (var id : claimIds) {
            if (Thread.currentThread().isInterrupted()) {
                break; // a cancelled export: its writer stops at the interrupt
            }
            var text = texts.get(id);
            if (text != null) {
                result.put(id, matchesOf(id, text, limit));
            }
        }
        return result;
    }

    /** Reads {@code id, columns} of these claims, a thousand ids a query (those that no longer exist are skipped). */
    private void eachClaim(List<Long> claimIds, String columns, org.springframework.jdbc.core.RowCallbackHandler row) {
        for (int i = 0; i < claimIds.size(); i += 1000) {
            jdbc.sql("select id, " + columns + " from claim where id in (:ids)")
                    .param("ids", claimIds.subList(i, Math.min(claimIds.size(), i + 1000))).query(row);
        }
    }

    /**
     * The claims among these that were already checked: each one's best match that is an imported
     * fact-check or a published claim of this desk, scoring at least the badge threshold (a claim with
     * none is left out). One question to the library per claim: ask for a page of claims, in the background.
     */
    @PreAuthorize("hasRole('VIEWER')")
    public java.util.Map<Long, MatchView> alreadyChecked(List<Long> claimIds) {
        asked();
        var texts = new java.util.HashMap<Long, String>();
        eachClaim(claimIds, "claim_text", rs -> texts.put(rs.getLong(1), rs.getString(2)));
        refresh();
        var result = new java.util.LinkedHashMap<Long, MatchView>();
        for (var id : claimIds) {
            var text = texts.get(id);
            if (text == null || Thread.currentThread().isInterrupted()) {
                continue;
            }
            var entry = index.get("claim:" + id);
            var found = entry != null && entry.claim().equals(text) ? badgeMatcher.match(entry, 6)
                    : badgeMatcher.match(text, 6);
            found.stream().filter(m -> !m.claim().key().equals("claim:" + id)).map(MatchView::of)
                    .filter(m -> m.score() >= alreadyChecked)
                    .filter(m -> m.origin().equals("IMPORTED") || "PUBLISHED".equals(m.status()))
                    .findFirst().ifPresent(m -> result.put(id, m));
        }
        return result;
    }

    /** A workspace claim in another document that says the same as a given one. */
    public record NearDuplicate(long claimId, long documentId, String claim, @Nullable String status,
            @Nullable String verdict, double similarity) {
    }

    /**
     * For each of these workspace claims, the claims of other documents that say the same: their
     * sentence vectors' cosine is at least {@code factdesk.match.near-duplicate} (0.85 by default, a
     * setting chosen by reading examples, not tuned on measured data), and they hold the same numbers
     * (sentence vectors hardly tell 10,000 troops from 100,000: 0.96). Without the sentence encoder
     * ({@code factdesk.match.semantic=false}) there are none. Claims that no longer exist are left out.
     */
    @PreAuthorize("hasRole('VIEWER')")
    public java.util.Map<Long, List<NearDuplicate>> nearDuplicates(List<Long> claimIds) {
        asked();
        var result = new java.util.LinkedHashMap<Long, List<NearDuplicate>>();
        if (vectors == null || claimIds.isEmpty()) {
            return result;
        }
        record Own(String text, long documentId) {
        }
        var own = new java.util.HashMap<Long, Own>();
        eachClaim(claimIds, "claim_text, document_id", rs -> own.put(rs.getLong(1), new Own(rs.getString(2), rs.getLong(3))));
        refresh();
        for (var id : claimIds) {
            var claim = own.get(id);
            if (claim == null) {
                continue;
            }
            var self = "claim:" + id;
            var matches = matchOwn(id, claim.text(), 10);
            var same = new ArrayList<NearDuplicate>();
            for (var match : matches) {
                var c = match.claim();
                if (c.origin() == VerifiedClaim.Origin.WORKSPACE && !c.key().equals(self) && c.documentId() != null
                        && c.documentId() != claim.documentId() && match.meaning() >= nearDuplicate
                        && MatchIndex.numbers(c.claim()).equals(MatchIndex.numbers(claim.text()))) {
                    same.add(new NearDuplicate(c.claimId(), c.documentId(), c.claim(), c.status(), c.verdict(),
                            Math.round(match.meaning() * 1000) / 1000.0));
                }
            }
            result.put(id, same);
        }
        return result;
    }

    private List<MatchView> matchesOf(long claimId, String text, int limit) {
        var self = "claim:" + claimId;
        var found = new ArrayList<MatchView>();
        var matches = matchOwn(claimId, text, limit + 1);
        for (var match : matches) {
            if (!match.claim().key().equals(self) && found.size() < limit) {
                found.add(MatchView.of(match).withRank(found.size() + 1));
            }
        }
        return found;
    }

    /**
     * The matches of a workspace claim's text: when the library holds the claim with this very text,
     * its kept sentence vector is the question's (it is not encoded again).
     */
    private List<ClaimMatcher.Match> matchOwn(long claimId, String text, int limit) {
        var entry = index.get("claim:" + claimId);
        return entry != null && entry.claim().equals(text) ? matcher.match(entry, limit) : matcher.match(text, limit);
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit is from 1 to " + MAX_LIMIT);
        }
    }

    /** Brings the index up to date with what is committed (on any node); builds it on first use. */
    synchronized void refresh() {
        if (!cursor.started()) {
            long t0 = System.nanoTime();
            cursor.startAtEnd();
            index.putAll(claims(null));
            loadVectors();
            LOG.info("Claim matching index: {} workspace claims in {} ms", index.size(), (System.nanoTime() - t0) / 1_000_000);
        } else {
            var changed = cursor.changedClaims();
            if (!changed.isEmpty()) {
                var ids = new ArrayList<>(changed);
                for (int i = 0; i < ids.size(); i += 1000) {
                    var chunk = ids.subList(i, Math.min(ids.size(), i + 1000));
                    var present = claims(chunk);
                    index.putAll(present);
                    var kept = new HashSet<String>();
                    present.forEach(c -> kept.add(c.key()));
                    forget(chunk.stream().map(id -> "claim:" + id).filter(k -> !kept.contains(k)).toList());
                }
            }
        }
        var signature = jdbc.sql("select count(*), coalesce(max(id), 0) from fact_check")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single();
        if (!signature.equals(librarySignature)) {
            var imported = factChecks();
            var keep = new HashSet<String>();
            imported.forEach(c -> keep.add(c.key()));
            var gone = new ArrayList<String>();
            for (var key : importedKeys) {
                if (!keep.contains(key)) {
                    gone.add(key);
                }
            }
            forget(gone);
            index.putAll(imported);
            importedKeys = keep;
            librarySignature = signature;
        }
        index.refresh();
    }

    /** Takes entries out of the index, with their kept vectors. */
    private void forget(List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        index.removeAll(keys);
        if (vectors != null && ahead != null) {
            vectors.removeAll(keys);
            ahead.forget(keys); // their rows go on the encoding thread: a question never writes
        }
    }

    private void loadVectors() {
        if (vectors != null) {
            vectors.putAll(table.load());
        }
    }

    /** Encoding ahead gives way to questions for a moment ({@link EncodingAhead#QUIET_NANOS}). */
    private void asked() {
        nodeInUse();
    }

    /**
     * Someone is using this node (a request came in): encoding ahead waits for a moment, so that the
     * work people wait for has the processor. No access check: it reads and writes no data.
     */
    public void nodeInUse() {
        if (ahead != null) {
            ahead.asked();
        }
    }

    private static final String CLAIMS = "select c.id, c.document_id, c.claim_text, c.status, v.label from claim c"
            + " left join review r on r.claim_id = c.id left join verdict_scale v on v.code = r.verdict";

    private List<VerifiedClaim> claims(@Nullable List<Long> ids) {
        var sql = ids == null ? jdbc.sql(CLAIMS) : jdbc.sql(CLAIMS + " where c.id in (:ids)").param("ids", ids);
        return sql.query((rs, n) -> new VerifiedClaim("claim:" + rs.getLong(1), VerifiedClaim.Origin.WORKSPACE,
                rs.getString(3), null, rs.getString(5), rs.getString(4), null, null, null, rs.getLong(1), rs.getLong(2),
                null)).list();
    }

    private List<VerifiedClaim> factChecks() {
        return jdbc.sql("select id, collection_id, url, claim, title, rating, publisher, published_on from fact_check")
                .query((rs, n) -> new VerifiedClaim("factcheck:" + rs.getLong(1), VerifiedClaim.Origin.IMPORTED,
                        rs.getString(4), rs.getString(5), rs.getString(6), null, rs.getString(7),
                        rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate(), rs.getString(3), null, null,
                        rs.getLong(2))).list();
    }

    /**
     * Builds the index in the background once the app serves, so that the first question is fast too;
     * then encodes, on one thread, the entries that have no sentence vector yet (new claims and imports
     * are picked up every few seconds), so that questions find their candidates' vectors ready.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (ahead != null) {
            ahead.start();
        } else {
            Thread.ofPlatform().daemon().name("claim-matching-index").start(() -> {
                try {
                    refresh();
                } catch (RuntimeException e) {
                    LOG.warn("Claim matching index not built in advance (questions build it): {}", e.getMessage());
                }
            });
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() throws InterruptedException {
        if (ahead != null) {
            ahead.stop();
        }
        if (vectors != null) {
            vectors.encoder().stopCalls(java.time.Duration.ofSeconds(10));
        }
    }
}
