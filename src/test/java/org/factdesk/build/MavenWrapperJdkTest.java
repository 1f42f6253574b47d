package org.factdesk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The README's commands start with {@code ./mvnw}: on a machine whose default java is older than 21
 * the wrapper itself must find an installed JDK 21+ (issue 23). Runs the real wrapper with PATH and
 * JAVA_HOME pointing at a JDK 17 and reads which Java Maven reports.
 */
@DisabledOnOs(OS.WINDOWS)
class MavenWrapperJdkTest {

    private static final Pattern JAVA_VERSION = Pattern.compile("Java version: (\\d+)");

    @Test
    void the_wrapper_runs_maven_on_a_jdk_21_or_newer_when_java_home_and_path_point_at_jdk_17() throws Exception {
        Path jdk17 = installedJdk17();
        assumeTrue(jdk17 != null, "no JDK 17 installed under /usr/lib/jvm: nothing older to start from");

        ProcessBuilder wrapper = new ProcessBuilder("./mvnw", "-v").redirectErrorStream(true);
        wrapper.environment().put("JAVA_HOME", jdk17.toString());
        wrapper.environment().put("PATH", jdk17.resolve("bin") + ":/usr/bin:/bin");
        Process process = wrapper.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        Matcher version = JAVA_VERSION.matcher(output);
        assertThat(version.find()).as(output).isTrue();
        assertThat(Integer.parseInt(version.group(1))).as(output).isGreaterThanOrEqualTo(21);
        assertThat(output).as("says which JDK it took instead").contains("mvnw: using JDK");
    }

    @Test
    void the_wrapper_keeps_a_java_home_that_is_already_21_or_newer() throws Exception {
        String current = System.getProperty("java.home");
        assumeTrue(Runtime.version().feature() >= 21, "the tests themselves run on JDK 21+");

        ProcessBuilder wrapper = new ProcessBuilder("./mvnw", "-v").redirectErrorStream(true);
        wrapper.environment().put("JAVA_HOME", current);
        Process process = wrapper.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("runtime: " + Path.of(current).toRealPath()).doesNotContain("mvnw: using JDK");
    }

    /** A JDK 17 home (with javac) under /usr/lib/jvm, or null. */
    private static Path installedJdk17() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            List<Path> jdks = homes.filter(home -> Files.isExecutable(home.resolve("bin/javac")))
                    .filter(home -> releaseVersion(home).startsWith("17")).sorted().toList();
            return jdks.isEmpty() ? null : jdks.getFirst();
        }
    }

    private static String releaseVersion(Path home) {
        try {
            return Files.readAllLines(home.resolve("release")).stream()
                    .filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", ""))
                    .findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
