package org.steward;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Steward: the platform for community enforcement service stations.
 * One deployable application, built as a modular monolith; each capability is a module
 * directly beneath this package.
 */
// refusals are the one module every other may use (ADR 0006): every module test bootstraps it too
@Modulithic(systemName = "Steward", sharedModules = "refusal")
@SpringBootApplication
@EnableScheduling
// each module's settings record is found by the scan; the shared one is named so that a module
// test, which scans its own module only, still binds it
@ConfigurationPropertiesScan
@EnableConfigurationProperties(StewardProperties.class)
public class StewardApplication {

	public static void main(String[] args) {
		SpringApplication.run(StewardApplication.class, args);
	}

	/** Every rule that reads the time reads it from here, so tests can fix or move it. */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}
}
