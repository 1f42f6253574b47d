package org.factdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app keeps saving claims for as long as it runs (issue 22, defect 1: after about half an hour
 * of uptime every save failed with "The database has been closed"). The pool's maximum lifetime is
 * cut from 30 minutes to 30 s (its idle timeout to 10 s), so that within about two minutes the pool
 * retires and reopens every connection several times, the same retirement that broke the app after
 * half an hour; before the fix this failed within the first minute. Two writers create and edit
 * claims throughout, with idle gaps of up to 40 s; every write must be acknowledged, every
 * acknowledged edit must read back, and the log must hold no error.
 * {@code DatabaseSoakBench} runs the same loop for an hour at the shipped settings.
 */
class DatabaseSoakIT {

    static final List<String> SHORT_POOL = List.of("--factdesk.db-pool-max-lifetime=30s",
            "--factdesk.db-pool-idle-timeout=10s");

    @Test
    void claims_are_created_and_edited_across_connection_retirement_and_idle_gaps(@TempDir Path tmp) throws Exception {
        try (var app = new FactdeskProcess(tmp.resolve("data"), Map.of(), SHORT_POOL).start()) {
            var soak = new ClaimSoak(app);
            var result = soak.run(Duration.ofSeconds(130), Duration.ofSeconds(40), 2);
            assertThat(result.failures()).as("writes that were not acknowledged").isEmpty();
            assertThat(result.writes()).isGreaterThan(100);
            assertThat(soak.mismatches()).as("acknowledged edits that do not read back").isEmpty();
            assertThat(app.log()).doesNotContain(" ERROR ").doesNotContain("has been closed");
        }
    }
}
