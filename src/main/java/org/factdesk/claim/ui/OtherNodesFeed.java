package org.factdesk.claim.ui;

import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.factdesk.base.config.NodeIdentity;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Changes made by the other Factdesk processes that share this database, told to this process's
 * open readers: every {@value #PERIOD_MS} ms the audit trail (which every claim change writes in its
 * own transaction) is read past the last entry seen, and each entry another process wrote becomes a
 * {@link LiveUpdates.Change} here. Entries are re-read within a window below the highest seen, so a
 * transaction that commits after a later one is not missed; each is told once.
 *
 * <p>Off on the embedded H2 database, which only one process can open.
 */
@Component
class OtherNodesFeed {

    private static final Logger LOG = LoggerFactory.getLogger(OtherNodesFeed.class);
    static final long PERIOD_MS = 500;
    private static final long WINDOW = 5_000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final NodeIdentity node;
    private final LiveUpdates live;
    private final TreeSet<Long> seen = new TreeSet<>();
    private long mark = -1;
    private @Nullable ScheduledExecutorService timer;

    OtherNodesFeed(JdbcClient jdbc, DataSource dataSource, NodeIdentity node, LiveUpdates live) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.node = node;
        this.live = live;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() throws Exception {
        String url;
        try (var c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
        }
        if (url == null || url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:mem:")) {
            return;
        }
        mark = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        // What was written before this process started is not news.
        seen.addAll(jdbc.sql("select id from audit_entry where id > ?").param(Math.max(0, mark - WINDOW))
                .query(Long.class).list());
        var t = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "other-nodes-feed");
            thread.setDaemon(true);
            return thread;
        });
        t.scheduleWithFixedDelay(this::poll, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
        timer = t;
        LOG.info("Following changes made by other Factdesk processes on this database (this one is {})", node.id());
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    synchronized void poll() {
        try {
            long floor = Math.max(0, mark - WINDOW);
            // The trail only grows and the window holds every entry above the floor seen so far: the
            // same count means nothing new, so most polls stop at one count (as ClaimIndex does).
            if (jdbc.sql("select count(*) from audit_entry where id > ?").param(floor).query(Long.class).single()
                    == seen.size()) {
                return;
            }
            long highest = mark;
            // A claim re-anchored elsewhere means that document's text was replaced there: its
            // readers reload text and claims together, once, rather than placing new offsets on
            // the old text claim by claim.
            var replaced = new java.util.LinkedHashMap<Long, String>();
            for (var row : jdbc.sql("select id, claim_id, document_id, actor, action, node from audit_entry where id > ?"
                    + " order by id").param(floor).query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2),
                            rs.getObject(3), rs.getString(4), rs.getString(5), rs.getString(6) }).list()) {
                long id = (Long) row[0];
                if (id <= mark - WINDOW || !seen.add(id)) {
                    continue;
                }
                highest = Math.max(highest, id);
                if (row[2] == null || node.id().equals(row[5])) {
                    continue;
                }
                long documentId = ((Number) row[2]).longValue();
                if ("reanchored".equals(row[4])) {
                    replaced.putIfAbsent(documentId, (String) row[3]);
                    continue;
                }
                live.notifyOthers(new LiveUpdates.Change(documentId, (Long) row[1], (String) row[3], (String) row[4]));
            }
            replaced.forEach((documentId, actor) -> live.notifyOthers(
                    new LiveUpdates.Change(documentId, -1, actor, "replaced on another node")));
            mark = highest;
            seen.headSet(mark - WINDOW, true).clear();
        } catch (RuntimeException e) {
            LOG.warn("Could not read other processes' changes: {}", e.getMessage());
        }
    }
}
