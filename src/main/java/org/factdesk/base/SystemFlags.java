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

    @Transactional
    public void set(String name, String value) {
        jdbc.sql("merge into system_flag (name, val, set_at) key (name) values (?, ?, ?)")
                .params(name, value, Timestamp.from(Instant.now()))
                .update();
    }
}
