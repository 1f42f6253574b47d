package org.factdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.factdesk.it.ClaimSoak;
import org.factdesk.it.FactdeskProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims keep saving for an hour at the shipped pool settings (issue 22, defect 1, appeared after
 * 25 to 30 minutes): two writers create and edit claims, pausing up to three minutes now and then,
 * across the pool's 30-minute retirement of every connection. {@code -Dbench.soak.minutes=N} shortens it.
 */
class DatabaseSoakBench {

    @Test
    void claims_keep_saving_for_an_hour_at_the_shipped_settings(@TempDir Path tmp) throws Exception {
        int minutes = Integer.getInteger("bench.soak.minutes", 60);
        try (var app = new FactdeskProcess(tmp.resolve("data")).start()) {
            var soak = new ClaimSoak(app);
            var result = soak.run(Duration.ofMinutes(minutes), Duration.ofMinutes(3), 2);
            var mismatches = soak.mismatches();
            BenchResults.value("Soak " + minutes + " min: writes acknowledged", "writes", result.writes(), null, false,
                    "two writers creating and editing claims, shipped pool settings");
            BenchResults.value("Soak " + minutes + " min: writes refused or failed", "writes", result.failures().size(),
                    0.0, true, result.failures().isEmpty() ? "none" : String.join("; ", result.failures()));
            BenchResults.value("Soak " + minutes + " min: acknowledged edits that did not read back", "claims",
                    mismatches.size(), 0.0, true, mismatches.isEmpty() ? "none" : String.join("; ", mismatches));
            assertThat(app.log()).doesNotContain("has been closed");
        }
    }

    @AfterAll
    static void write() {
        assertThat(BenchResults.write()).as("figures that miss their target by more than 50%").isEmpty();
    }
}
