package org.steward.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.steward.privacy.SealedColumn;

/** The columns of intake that hold personal data, sealed by the privacy module. */
@Configuration(proxyBeanMethods = false)
class IntakePersonalData {

	@Bean
	SealedColumn intakeReporterName() {
		return new SealedColumn("intake_report", "id", "reporter_name", null);
	}

	@Bean
	SealedColumn intakeReporterPhone() {
		return new SealedColumn("intake_report", "id", "reporter_phone", null);
	}
}
