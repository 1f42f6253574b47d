package org.factdesk.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CopyOnWriteArrayList;
import org.factdesk.IntegrationTest;
import org.factdesk.base.config.NodeIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The feed of other processes' changes, on the audit trail as they write it: another node's change
 * is told once, this node's own never, and a document whose claims another node re-anchored is told
 * as one whole-text change. (Across real processes: {@code TwoNodesIT}.)
 */
@IntegrationTest
class OtherNodesFeedTest {

    private static final long DOCUMENT = 987_654;

    @Autowired
    OtherNodesFeed feed;
    @Autowired
    LiveUpdates live;
    @Autowired
    NodeIdentity node;
    @Autowired
    JdbcClient jdbc;

    private void write(long claimId, String action, String writer) {
        jdbc.sql("insert into audit_entry (claim_id, document_id, at, actor, action, node, event_type)"
                + " values (?, ?, ?, ?, ?, ?, 'Untyped')")
                .params(claimId, DOCUMENT, Timestamp.from(Instant.now()), "alice", action, writer).update();
    }

    @Test
    void tells_other_nodes_changes_once_and_its_own_never() {
        var heard = new CopyOnWriteArrayList<LiveUpdates.Change>();
        var stop = live.listen(DOCUMENT, heard::add);
        try {
            feed.poll(); // catch up with whatever other tests wrote
            heard.clear();
            write(1, "status", "another-node");
            write(2, "updated", node.id());
            write(3, "reanchored", "another-node");
            write(4, "reanchored", "another-node");
            feed.poll();
            feed.poll(); // nothing is told twice
            var told = new ArrayList<String>();
            heard.forEach(c -> told.add(switch (c) {
                case LiveUpdates.ClaimChange claim -> claim.claimId() + " " + claim.action();
                case LiveUpdates.TextChange text -> "text " + text.what();
            }));
            assertThat(told).containsExactly("1 status", "text replaced on another node");
        } finally {
            stop.run();
        }
    }
}
