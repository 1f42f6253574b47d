package db.migration.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.audit.EventJson;
import org.factdesk.audit.LegacyEntries;
import org.factdesk.claim.ClaimEvent;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Typed history: each audit entry gains its event's type and its parts as JSON, and every row
 * written before gets them from its text (the forms the events wrote, read by
 * {@link LegacyEntries}). A row in none of those forms is typed "Untyped" and keeps its text.
 * Java, not SQL, because the parts are read out of the old text by the same code that writes them;
 * it runs on restore too, when a backup from before this version is migrated forward.
 */
public class V17__typed_history extends BaseJavaMigration {

    private static final int PAGE = 1_000;

    private record Row(long id, String type, @org.jspecify.annotations.Nullable String payload) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table audit_entry add column event_type varchar(40)");
            ddl.execute("alter table audit_entry add column payload character varying");
        }
        long after = 0;
        while (true) {
            var rows = page(connection, after);
            if (rows.isEmpty()) {
                break;
            }
            try (var update = connection.prepareStatement("update audit_entry set event_type = ?, payload = ? where id = ?")) {
                for (var row : rows) {
                    update.setString(1, row.type());
                    update.setString(2, row.payload());
                    update.setLong(3, row.id());
                    update.addBatch();
                }
                update.executeBatch();
            }
            after = rows.getLast().id();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table audit_entry alter column event_type set not null");
        }
    }

    private static List<Row> page(Connection connection, long after) throws SQLException {
        var rows = new ArrayList<Row>();
        try (var select = connection.prepareStatement("select id, claim_id, document_id, actor, at, action, field,"
                + " old_value, new_value from audit_entry where id > ? order by id limit " + PAGE)) {
            select.setLong(1, after);
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    long documentId = rs.getLong(3);
                    var header = new ClaimEvent.Header(rs.getLong(2), documentId, rs.getString(4),
                            rs.getTimestamp(5).toInstant());
                    var event = LegacyEntries.parse(header, rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9));
                    rows.add(new Row(rs.getLong(1), event.map(ClaimEvent::type).orElse(LegacyEntries.UNTYPED),
                            event.map(EventJson::payload).orElse(null)));
                }
            }
        }
        return rows;
    }
}
