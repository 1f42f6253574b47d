package org.factdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on an in-memory H2 with the Flyway schema, the sample data, and one test
 * user per role. One annotation for all such tests, so that they share one Spring context. Tagged
 * {@code database}: the build runs these tests a second time on PostgreSQL
 * ({@link PostgresTestDatabase}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@org.junit.jupiter.api.Tag("database")
@org.junit.jupiter.api.extension.ExtendWith(PostgresTestDatabase.Condition.class)
@Import(TestUsers.class)
public @interface IntegrationTest {
}
