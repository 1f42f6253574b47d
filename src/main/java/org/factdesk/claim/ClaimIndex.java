package org.factdesk.claim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.factdesk.document.DocumentDeleted;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What claim search filters and sorts on, held in memory so that searching 100,000 claims takes
 * milliseconds instead of a table scan per query (H2 needs 100-400 ms to scan claim texts with
 * LIKE). The database stays the truth: results are loaded from it by id, and the index follows
 * it through the {@link ClaimChangeLog} (the audit trail, which every change of a claim writes in
 * the same transaction, on any node). Each search first applies the changes it has not seen.
 */
@Component
class ClaimIndex {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimIndex.class);

    /** Above this many changed claims a full rebuild is cheaper than reloading them one chunk at a time. */
    static final int REBUILD_ABOVE = 20_000;

    record Entry(long id, long documentId, int start, ClaimStatus status, AnchorState anchorState, String text,
            Set<String> tags, Instant createdAt, Instant updatedAt) {
    }

    private static final String COLUMNS = "select id, document_id, start_offset, status, anchor_state, claim_text, exact,"
            + " created_at, updated_at from claim";

    private final JdbcClient jdbc;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final ClaimChangeLog.Cursor cursor;

    ClaimIndex(JdbcClient jdbc, ClaimChangeLog changeLog) {
        this.jdbc = jdbc;
        this.cursor = changeLog.cursor();
    }

    /** Brings the index up to date with what is committed; builds it on first use. */
    synchronized void refresh() {
        if (!cursor.started()) {
            rebuild();
            return;
        }
        var changed = cursor.changedClaims();
        if (changed.isEmpty()) {
            return;
        }
        if (changed.size() > REBUILD_ABOVE) {
            rebuild();
            return;
        }
        reload(changed);
    }

    private void rebuild() {
        long t0 = System.nanoTime();
        cursor.startAtEnd();
        var tags = tagsOf(null);
        var fresh = new HashMap<Long, Entry>();
        jdbc.sql(COLUMNS).query((ResultSet rs) -> {
            var entry = entry(rs, tags);
            fresh.put(entry.id(), entry);
        });
        entries.clear();
        entries.putAll(fresh);
        LOG.info("Claim search index built: {} claims in {} ms", entries.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    private void reload(Set<Long> ids) {
        var all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += 1000) {
            var chunk = all.subList(i, Math.min(all.size(), i + 1000));
            var tags = tagsOf(chunk);
            var seen = new HashSet<Long>();
            jdbc.sql(COLUMNS + " where id in (:ids)").param("ids", chunk).query((ResultSet rs) -> {
                var entry = entry(rs, tags);
                entries.put(entry.id(), entry);
                seen.add(entry.id());
            });
            chunk.stream().filter(id -> !seen.contains(id)).forEach(entries::remove);
        }
    }

    private Map<Long, Set<String>> tagsOf(@Nullable List<Long> ids) {
        var tags = new HashMap<Long, Set<String>>();
        var sql = ids == null ? jdbc.sql("select claim_id, tag from claim_tag")
                : jdbc.sql("select claim_id, tag from claim_tag where claim_id in (:ids)").param("ids", ids);
        sql.query((ResultSet rs) -> {
            tags.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
        });
        return tags;
    }

    private static Entry entry(ResultSet rs, Map<Long, Set<String>> tags) throws SQLException {
        long id = rs.getLong(1);
        var text = (rs.getString(6) + "\n" + rs.getString(7)).toLowerCase(Locale.ROOT);
        return new Entry(id, rs.getLong(2), rs.getInt(3), ClaimStatus.valueOf(rs.getString(4)),
                AnchorState.valueOf(rs.getString(5)), text, tags.getOrDefault(id, Set.of()),
                rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant());
    }

    /** Builds the index in the background once the app serves, so that the first search is fast too. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("claim-index-warm-up").start(() -> {
            try {
                refresh();
            } catch (RuntimeException e) {
                LOG.warn("Claim search index not built in advance (the first search builds it): {}", e.getMessage());
            }
        });
    }

    /** A document's claims went with it (no audit entries are written for those). */
    @TransactionalEventListener
    void documentDeleted(DocumentDeleted event) {
        entries.values().removeIf(e -> e.documentId() == event.documentId());
    }

    /** The claims that match, in the order asked for; null when the order is not one the index knows. */
    @Nullable List<Long> find(ClaimFilter filter, Sort sort) {
        return find(filter, sort, null);
    }

    /**
     * The claims that match, first in the order of a ranking another feature gave (unranked claims
     * last, whichever the direction), then in the order asked for.
     */
    @Nullable List<Long> find(ClaimFilter filter, Sort sort, @Nullable ClaimRanking ranking) {
        var order = comparator(sort);
        if (order == null) {
            return null;
        }
        if (ranking != null) {
            order = ranked(ranking).thenComparing(order);
        }
        refresh();
        var text = filter.text() == null || filter.text().isBlank() ? null
                : filter.text().strip().toLowerCase(Locale.ROOT);
        var tag = filter.tag() == null || filter.tag().isBlank() ? null : filter.tag().strip().toLowerCase(Locale.ROOT);
        var only = filter.onlyIds() == null ? null
                : filter.onlyIds() instanceof Set<Long> set ? set : new HashSet<>(filter.onlyIds());
        var found = new ArrayList<Entry>();
        for (var e : entries.values()) {
            if ((filter.documentId() == null || e.documentId() == filter.documentId())
                    && (filter.statuses().isEmpty() || filter.statuses().contains(e.status()))
                    && (filter.anchorStates().isEmpty() || filter.anchorStates().contains(e.anchorState()))
                    && (tag == null || e.tags().contains(tag))
                    && (only == null || only.contains(e.id()))
                    && (text == null || e.text().contains(text))) {
                found.add(e);
            }
        }
        found.sort(order);
        return found.stream().map(Entry::id).toList();
    }

    private static Comparator<Entry> ranked(ClaimRanking ranking) {
        java.util.function.ToLongFunction<Entry> key = e -> {
            var rank = ranking.ranks().get(ranking.byDocument() ? e.documentId() : e.id());
            return rank == null ? Long.MAX_VALUE : ranking.descending() ? -(long) rank : rank;
        };
        return Comparator.comparingLong(key);
    }

    private static @Nullable Comparator<Entry> comparator(Sort sort) {
        Comparator<Entry> result = null;
        for (var order : sort) {
            Comparator<Entry> next = switch (order.getProperty()) {
                case "documentId" -> Comparator.comparingLong(Entry::documentId);
                case "start" -> Comparator.comparingInt(Entry::start);
                case "id" -> Comparator.comparingLong(Entry::id);
                case "createdAt" -> Comparator.comparing(Entry::createdAt);
                case "updatedAt" -> Comparator.comparing(Entry::updatedAt);
                case "status" -> Comparator.comparing(Entry::status);
                default -> null;
            };
            if (next == null) {
                return null;
            }
            if (order.isDescending()) {
                next = next.reversed();
            }
            result = result == null ? next : result.thenComparing(next);
        }
        var byId = Comparator.comparingLong(Entry::id);
        return result == null ? byId : result.thenComparing(byId);
    }
}
