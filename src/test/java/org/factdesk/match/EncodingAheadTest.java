package org.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The thread that encodes the library's vectors ahead of questions, on a real (H2) match_vector table. */
class EncodingAheadTest {

    private JdbcClient jdbc;
    private MatchIndex index;
    private MatchVectors vectors;
    private EncodingAhead ahead;

    @BeforeEach
    void setUp() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:ahead-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        index = new MatchIndex();
        var entries = new ArrayList<VerifiedClaim>();
        for (int i = 0; i < 40; i++) {
            entries.add(VerifiedClaim.imported("factcheck:" + i, "Claim number " + i + " about the harbour ferry.", null));
        }
        index.putAll(entries);
        index.refresh();
        vectors = new MatchVectors(new SentenceEncoder());
        ahead = new EncodingAhead(index, vectors, new MatchVectorTable(jdbc), () -> { }, Duration.ofMillis(300));
    }

    @AfterEach
    void tearDown() throws Exception {
        ahead.stop();
        index.close();
        jdbc.sql("shutdown").update();
    }

    private long kept() {
        return jdbc.sql("select count(*) from match_vector").query(Long.class).single();
    }

    private static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    @Test
    void it_waits_while_questions_are_asked_then_encodes_and_keeps_every_entry() throws Exception {
        ahead.asked();
        ahead.start();
        for (int i = 0; i < 12; i++) { // 1.2 s of questions, one every 100 ms
            ahead.asked();
            Thread.sleep(100);
        }
        assertThat(vectors.size()).as("nothing encoded while someone was asking").isZero();
        assertThat(within(Duration.ofSeconds(60), () -> kept() == 40)).as("all 40 kept once the questions stopped")
                .isTrue();
        assertThat(vectors.missing(index.entries(), 100)).isEmpty();
    }

    @Test
    void rows_of_forgotten_entries_are_deleted_and_a_failure_is_retried_without_losing_vectors() throws Exception {
        jdbc.sql("alter table match_vector rename to match_vector_away").update();
        ahead.start();
        // A batch encoded, but the table is away: keeping fails, the thread pauses and tries again.
        assertThat(within(Duration.ofSeconds(60), () -> vectors.size() >= EncodingAhead.BATCH)).isTrue();
        Thread.sleep(1_000);
        assertThat(jdbc.sql("select count(*) from match_vector_away").query(Long.class).single()).isZero();
        jdbc.sql("alter table match_vector_away rename to match_vector").update();
        assertThat(within(Duration.ofSeconds(30), () -> kept() == 40))
                .as("the vectors encoded while the table was away are kept after the pause").isTrue();

        var gone = List.of("factcheck:1", "factcheck:2", "factcheck:3");
        index.removeAll(gone);
        vectors.removeAll(gone);
        ahead.forget(gone);
        assertThat(within(Duration.ofSeconds(30), () -> kept() == 37)).as("the forgotten entries' rows deleted").isTrue();
        assertThat(jdbc.sql("select count(*) from match_vector where entry_key in (:keys)").param("keys", gone)
                .query(Long.class).single()).isZero();
    }
}
