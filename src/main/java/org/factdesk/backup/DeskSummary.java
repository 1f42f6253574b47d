package org.factdesk.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a database holds, in the units a newsroom cares about, and who may administer it: a backup
 * and a restore say so, so that an admin account nobody expected is seen before Factdesk starts.
 */
public record DeskSummary(long documents, long claims, long auditEntries, long users, List<String> activeAdmins) {

    public static DeskSummary of(Connection connection) throws SQLException {
        var admins = new ArrayList<String>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select username from app_user where role = 'ADMIN' and active"
                        + " order by username")) {
            while (rows.next()) {
                admins.add(rows.getString(1));
            }
        }
        return new DeskSummary(count(connection, "document"), count(connection, "claim"),
                count(connection, "audit_entry"), count(connection, "app_user"), List.copyOf(admins));
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public String toString() {
        return documents + " documents, " + claims + " claims, " + auditEntries + " audit entries, " + users
                + " users; active admins: " + (activeAdmins.isEmpty() ? "none" : String.join(", ", activeAdmins));
    }
}
