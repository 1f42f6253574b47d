package org.factdesk.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.factdesk.claim.ClaimChangeLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail read as the cluster's log of claim changes. Entries are re-read within a window
 * below the highest seen, so that a transaction committing after a later one is not missed; the same
 * count in the window means nothing new, so most calls cost one count.
 */
@Component
class AuditLog implements ClaimChangeLog {

    /** Audit entries re-read below the highest one seen, for transactions that commit out of order. */
    static final long WINDOW = 5_000;

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Cursor cursor() {
        return new AuditCursor();
    }

    private final class AuditCursor implements Cursor {

        private final TreeSet<Long> appliedWindow = new TreeSet<>();
        private long mark = -1;

        @Override
        public synchronized boolean started() {
            return mark >= 0;
        }

        @Override
        public synchronized void startAtEnd() {
            long highest = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
            appliedWindow.clear();
            appliedWindow.addAll(jdbc.sql("select id from audit_entry where id > ? and id <= ?")
                    .param(Math.max(0, highest - WINDOW)).param(highest).query(Long.class).list());
            mark = highest;
        }

        @Override
        public synchronized List<Entry> changes() {
            if (mark < 0) {
                throw new IllegalStateException("startAtEnd() first");
            }
            long floor = Math.max(0, mark - WINDOW);
            if (jdbc.sql("select count(*) from audit_entry where id > ?").param(floor).query(Long.class).single()
                    == appliedWindow.size()) {
                return List.of();
            }
            var changes = new ArrayList<Entry>();
            long highest = mark;
            for (var row : jdbc.sql("select id, claim_id, document_id, actor, action, node from audit_entry where id > ?"
                    + " order by id").param(floor).query((rs, n) -> new Object[] { rs.getLong(1),
                            new Entry(rs.getLong(2), (Long) rs.getObject(3, Long.class), rs.getString(4), rs.getString(5),
                                    rs.getString(6)) }).list()) {
                long id = (Long) row[0];
                if (id <= mark - WINDOW || !appliedWindow.add(id)) {
                    continue;
                }
                changes.add((Entry) row[1]);
                highest = Math.max(highest, id);
            }
            mark = highest;
            appliedWindow.headSet(mark - WINDOW, true).clear();
            return changes;
        }
    }
}
