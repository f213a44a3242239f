package org.steward;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test that boots the whole application against a real database: in-memory H2 by default,
 * the PostgreSQL named by {@code STEWARD_TEST_DB_URL} in CI's second pass (which selects
 * these tests by their {@code integration} tag). The demo territory and organisation are loaded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@Tag("integration")
public @interface IntegrationTest {
}
