package org.factdesk.base;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Follows the audit trail, which every change of a claim writes in the same transaction, for a copy
 * of claim data kept in memory (a search index) on this node or any other: which claims changed
 * since it last asked. Entries are re-read within a window below the highest seen, so that a
 * transaction committing after a later one is not missed; the same count in the window means
 * nothing new, so most calls cost one count.
 */
public final class AuditCursor {

    /** Audit entries re-read below the highest one seen, for transactions that commit out of order. */
    public static final long WINDOW = 5_000;

    private final JdbcClient jdbc;
    private final TreeSet<Long> appliedWindow = new TreeSet<>();
    private long mark = -1;

    public AuditCursor(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public synchronized boolean started() {
        return mark >= 0;
    }

    /**
     * Starts (again) at the trail's current end. Call it before reading the state the copy starts
     * from: a change committed in between is then reported by the next {@link #changedClaims}.
     */
    public synchronized void startAtEnd() {
        long highest = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        appliedWindow.clear();
        appliedWindow.addAll(jdbc.sql("select id from audit_entry where id > ? and id <= ?")
                .param(Math.max(0, highest - WINDOW)).param(highest).query(Long.class).list());
        mark = highest;
    }

    /** The claims with audit entries committed since the last call (or the start); empty when none. */
    public synchronized Set<Long> changedClaims() {
        if (mark < 0) {
            throw new IllegalStateException("startAtEnd() first");
        }
        long floor = Math.max(0, mark - WINDOW);
        if (jdbc.sql("select count(*) from audit_entry where id > ?").param(floor).query(Long.class).single()
                == appliedWindow.size()) {
            return Set.of();
        }
        var changed = new HashSet<Long>();
        long highest = mark;
        for (var row : jdbc.sql("select id, claim_id from audit_entry where id > ? order by id")
                .param(floor).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list()) {
            if (row[0] <= mark - WINDOW || !appliedWindow.add(row[0])) {
                continue;
            }
            changed.add(row[1]);
            highest = Math.max(highest, row[0]);
        }
        mark = highest;
        appliedWindow.headSet(mark - WINDOW, true).clear();
        return changed;
    }
}
