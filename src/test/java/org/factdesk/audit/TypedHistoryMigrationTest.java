package org.factdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.PostgresTestDatabase;
import org.factdesk.claim.ClaimEvent;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The migration to typed history on a real schema, H2 and PostgreSQL: the desk is created at the
 * version before it, given rows as the trail wrote them then (text only), one of every type of
 * event and one in no form an event wrote, and migrated forward; each row then reads as its event.
 */
class TypedHistoryMigrationTest {

    @Test
    void old_rows_get_their_type_and_parts_on_h2() throws Exception {
        var url = "jdbc:h2:mem:typed-history-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        migrated(url, "sa", "h2");
    }

    @Test
    void old_rows_get_their_type_and_parts_on_postgresql() throws Exception {
        Assumptions.assumeTrue(PostgresTestDatabase.reachable() || "true".equalsIgnoreCase(System.getenv("CI")),
                "No PostgreSQL server answers at " + PostgresTestDatabase.serverUrl() + ": its migration test is skipped");
        migrated(PostgresTestDatabase.create(), PostgresTestDatabase.user(), "postgresql");
    }

    private static void migrated(String url, String user, String vendor) throws Exception {
        var locations = new String[] { "classpath:db/migration/common", "classpath:db/migration/" + vendor };
        Flyway.configure().dataSource(url, user, "").locations(locations).target("16").load().migrate();
        var events = EventExamples.all();
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            try (var insert = c.prepareStatement("insert into audit_entry (claim_id, document_id, at, actor, action, field,"
                    + " old_value, new_value) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (var e : events) {
                    insert.setLong(1, e.claimId());
                    insert.setLong(2, e.documentId());
                    insert.setTimestamp(3, Timestamp.from(e.at()));
                    insert.setString(4, e.actor());
                    insert.setString(5, e.action());
                    insert.setString(6, e.field());
                    insert.setString(7, e.before());
                    insert.setString(8, e.after());
                    insert.addBatch();
                }
                insert.setString(5, "renamed");
                insert.setString(6, "title");
                insert.setString(7, "a");
                insert.setString(8, "b");
                insert.addBatch();
                insert.executeBatch();
            }
        }
        Flyway.configure().dataSource(url, user, "").locations(locations).load().migrate();
        var types = new ArrayList<String>();
        var read = new ArrayList<ClaimEvent>();
        try (Connection c = DriverManager.getConnection(url, user, "");
                var rows = c.createStatement().executeQuery("select event_type, payload from audit_entry order by id")) {
            while (rows.next()) {
                types.add(rows.getString(1));
                EventJson.read(rows.getString(1), rows.getString(2), EventExamples.H).ifPresent(read::add);
            }
        }
        assertThat(types).hasSize(events.size() + 1).last().isEqualTo(LegacyEntries.UNTYPED);
        assertThat(types.subList(0, events.size())).isEqualTo(events.stream().map(ClaimEvent::type).toList());
        assertThat(read).isEqualTo(expected(events));
    }

    /** What old rows can say: everything but the revision a claim followed its words into. */
    private static List<ClaimEvent> expected(List<ClaimEvent> events) {
        return events.stream().map(e -> e instanceof ClaimEvent.Reanchored r && r.to() != null
                ? new ClaimEvent.Reanchored(r.header(), r.from(), r.to(), r.state(), null) : e).toList();
    }
}
