package org.factdesk.base;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One-time facts about this installation, such as "the sample data was imported". */
@Service
public class SystemFlags {

    private final JdbcClient jdbc;

    SystemFlags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean isSet(String name) {
        return jdbc.sql("select count(*) from system_flag where name = ?").param(name).query(Long.class).single() > 0;
    }

    /**
     * Sets a flag only if it is not set yet, in the caller's transaction: true for the one caller
     * that set it. A second process doing the same at the same moment waits for the first one's
     * transaction and gets false once it commits (the flag's name is the key). On false the caller's
     * transaction must roll back (PostgreSQL refuses anything more in it).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public boolean setIfAbsent(String name, String value) {
        try {
            jdbc.sql("insert into system_flag (name, val, set_at) values (?, ?, ?)")
                    .params(name, value, Timestamp.from(Instant.now())).update();
            return true;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false;
        }
    }

    @Transactional
    public void set(String name, String value) {
        // Plain SQL that H2 and PostgreSQL both speak (their MERGE/UPSERT forms differ).
        var now = Timestamp.from(Instant.now());
        if (jdbc.sql("update system_flag set val = ?, set_at = ? where name = ?").params(value, now, name).update() == 0) {
            jdbc.sql("insert into system_flag (name, val, set_at) values (?, ?, ?)").params(name, value, now).update();
        }
    }
}
