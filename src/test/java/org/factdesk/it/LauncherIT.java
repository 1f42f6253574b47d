package org.factdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's production command, {@code target/factdesk}: its first start makes the JVM's
 * start-up cache (a training run), and later starts use it without making it again.
 */
class LauncherIT {

    private static Path cache(Path appDir) throws Exception {
        try (var files = Files.list(appDir)) {
            return files.filter(f -> f.getFileName().toString().matches("factdesk-jdk\\d+\\.(aot|jsa)")).findFirst()
                    .orElse(null);
        }
    }

    @Test
    void the_first_start_makes_the_start_up_cache_and_the_next_one_starts_with_it(@TempDir Path tmp) throws Exception {
        var data = tmp.resolve("data");
        var appDir = tmp.resolve("data-app");
        try (var app = new FactdeskProcess(data).viaLauncher(true)) {
            app.start();
            assertThat(appDir.resolve("factdesk.jar")).as("the jar, extracted").isRegularFile();
            var cache = cache(appDir);
            assertThat(cache).as("the start-up cache beside it").isNotNull();
            assertThat(Files.size(cache)).isPositive();
            assertThat(Files.readString(tmp.resolve("data-run1.log"))).contains("preparing the JVM's start-up cache");
            var made = Files.getLastModifiedTime(cache);
            app.stop();

            app.start(); // answers the API, or start() fails
            assertThat(Files.readString(tmp.resolve("data-run2.log")))
                    .doesNotContain("preparing the JVM's start-up cache")
                    .doesNotContain("could not be made")
                    .contains("Started Application");
            assertThat(Files.getLastModifiedTime(cache)).as("made once, not again").isEqualTo(made);
        }
    }
}
