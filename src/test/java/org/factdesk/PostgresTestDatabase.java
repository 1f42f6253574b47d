package org.factdesk;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Runs the {@link IntegrationTest}s on a real PostgreSQL server instead of H2 when the system
 * property {@code factdesk.test.database} is {@code postgresql} (the second Surefire run of the
 * build sets it). Each Spring context gets a fresh database of its own, created on the server
 * ({@code FACTDESK_TEST_PG_URL}, default {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user
 * {@code FACTDESK_TEST_PG_USER}, default {@code postgres}) and dropped when the test JVM ends.
 *
 * <p>Without a server the tests are skipped with a message, except under {@code CI=true}, where a
 * missing server is a failure.
 */
public final class PostgresTestDatabase {

    public static final String PROPERTY = "factdesk.test.database";
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestDatabase::dropAll, "drop-test-databases"));
    }

    private PostgresTestDatabase() {
    }

    public static boolean wanted() {
        return "postgresql".equalsIgnoreCase(System.getProperty(PROPERTY));
    }

    public static String serverUrl() {
        var url = System.getenv("FACTDESK_TEST_PG_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/postgres" : url;
    }

    public static String user() {
        var user = System.getenv("FACTDESK_TEST_PG_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    public static boolean reachable() {
        var rest = serverUrl().substring("jdbc:postgresql://".length());
        var hostPort = rest.substring(0, rest.indexOf('/'));
        var host = hostPort.contains(":") ? hostPort.substring(0, hostPort.lastIndexOf(':')) : hostPort;
        int port = hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1)) : 5432;
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** A new, empty database on the server; answers its JDBC URL. */
    public static String create() {
        return createOwnedBy(null);
    }

    /**
     * An account that is no superuser and may create databases' tables only where it owns the
     * database, as a desk's own account would be: what a restore should run as.
     */
    public static final String RESTORER = "factdesk_test_restorer";

    /** A new, empty database owned by {@code owner} (the test account when null); answers its JDBC URL. */
    public static String createOwnedBy(@org.jspecify.annotations.Nullable String owner) {
        var name = "factdesk_test_" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
        try (var c = DriverManager.getConnection(serverUrl(), user(), ""); var s = c.createStatement()) {
            if (owner != null) {
                try (var rows = s.executeQuery("select 1 from pg_roles where rolname = '" + owner + "'")) {
                    if (!rows.next()) {
                        s.execute("create role " + owner + " login nosuperuser nocreatedb nocreaterole");
                    }
                } catch (SQLException e) {
                    // another JVM created it meanwhile
                }
            }
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name + (owner == null ? "" : " owner " + owner));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + serverUrl() + ": " + e.getMessage(), e);
        }
        CREATED.add(name);
        return serverUrl().substring(0, serverUrl().lastIndexOf('/') + 1) + name;
    }

    private static void dropAll() {
        try (var c = DriverManager.getConnection(serverUrl(), user(), ""); var s = c.createStatement()) {
            for (var name : CREATED) {
                s.execute("drop database if exists " + name + " with (force)");
            }
            try {
                s.execute("drop role if exists " + RESTORER);
            } catch (SQLException e) {
                // still owns a database another test JVM made; the last one to stop drops it
            }
        } catch (SQLException e) {
            System.err.println("Could not drop the test databases " + CREATED + ": " + e.getMessage());
        }
    }

    /** Skips the database tests of the PostgreSQL run when no server answers (fails them under CI). */
    public static final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!wanted() || reachable() || "true".equalsIgnoreCase(System.getenv("CI"))) {
                return ConditionEvaluationResult.enabled("H2, or PostgreSQL answers (or CI, where it must)");
            }
            return ConditionEvaluationResult.disabled("No PostgreSQL server answers at " + serverUrl()
                    + ": the PostgreSQL run of the database tests is skipped. Start one (or set FACTDESK_TEST_PG_URL "
                    + "and FACTDESK_TEST_PG_USER) to run them; under CI=true they must run.");
        }
    }

    /** Points each Spring context of the PostgreSQL run at a fresh database of its own. */
    public static final class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
            return wanted() ? new Customizer() : null;
        }
    }

    /** All equal, so that the contexts are cached as on H2. */
    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgresql-test-database",
                    Map.of("spring.datasource.url", create(), "spring.datasource.username", user(),
                            "spring.datasource.password", "")));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
