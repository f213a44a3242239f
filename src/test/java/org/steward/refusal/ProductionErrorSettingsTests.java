package org.steward.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** In production, the last-resort error answer tells nothing of the code behind it (no message, trace or exception). */
class ProductionErrorSettingsTests {

	@Test
	void theProdProfileKeepsExceptionMessagesTracesAndBindingErrorsOutOfErrorAnswers() throws Exception {
		List<PropertySource<?>> documents = new YamlPropertySourceLoader().load("application",
				new ClassPathResource("application.yml"));
		PropertySource<?> prod = documents.stream()
			.filter(d -> "prod".equals(String.valueOf(d.getProperty("spring.config.activate.on-profile"))))
			.findFirst()
			.orElseThrow();
		assertThat(String.valueOf(prod.getProperty("server.error.include-message"))).isEqualTo("never");
		assertThat(String.valueOf(prod.getProperty("server.error.include-stacktrace"))).isEqualTo("never");
		assertThat(String.valueOf(prod.getProperty("server.error.include-binding-errors"))).isEqualTo("never");
		assertThat(String.valueOf(prod.getProperty("server.error.include-exception"))).isEqualTo("false");
	}
}
