package org.factdesk.claim.ui;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.factdesk.base.config.DataDirectory;
import org.factdesk.base.config.NodeIdentity;
import org.factdesk.claim.ClaimChangeLog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Changes made by the other Factdesk processes that share this database, told to this process's
 * open readers: every {@value #PERIOD_MS} ms the {@link ClaimChangeLog} is read past the last change
 * seen, and each change another process made becomes a {@link LiveUpdates.Change} here, told once.
 *
 * <p>Off on the embedded H2 database, which only one process can open.
 */
@Component
class OtherNodesFeed {

    private static final Logger LOG = LoggerFactory.getLogger(OtherNodesFeed.class);
    static final long PERIOD_MS = 500;

    private final DataSource dataSource;
    private final NodeIdentity node;
    private final LiveUpdates live;
    private final ClaimChangeLog.Cursor cursor;
    private @Nullable ScheduledExecutorService timer;

    OtherNodesFeed(ClaimChangeLog changeLog, DataSource dataSource, NodeIdentity node, LiveUpdates live) {
        this.cursor = changeLog.cursor();
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
        if (url == null || DataDirectory.isEmbedded(url)) {
            return;
        }
        // What was written before this process started is not news.
        cursor.startAtEnd();
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
            if (!cursor.started()) {
                cursor.startAtEnd();
                return;
            }
            // A claim re-anchored elsewhere means that document's text was replaced there: its
            // readers reload text and claims together, once, rather than placing new offsets on
            // the old text claim by claim.
            var replaced = new java.util.LinkedHashMap<Long, String>();
            for (var change : cursor.changes()) {
                var documentId = change.documentId();
                if (documentId == null || node.id().equals(change.node())) {
                    continue;
                }
                if ("reanchored".equals(change.action())) {
                    replaced.putIfAbsent(documentId, change.actor());
                    continue;
                }
                live.notifyOthers(new LiveUpdates.ClaimChange(documentId, change.claimId(), change.actor(),
                        change.action()));
            }
            replaced.forEach((documentId, actor) -> live.notifyOthers(
                    new LiveUpdates.TextChange(documentId, actor, "replaced on another node")));
        } catch (RuntimeException e) {
            LOG.warn("Could not read other processes' changes: {}", e.getMessage());
        }
    }
}
