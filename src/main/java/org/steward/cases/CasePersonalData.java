package org.steward.cases;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.steward.privacy.SealedColumn;

/** The columns of a case that hold personal data, sealed by the privacy module. */
@Configuration(proxyBeanMethods = false)
class CasePersonalData {

	@Bean
	SealedColumn caseReporterName() {
		return new SealedColumn("case_file", "id", "reporter_name", null);
	}

	@Bean
	SealedColumn caseReporterPhone() {
		return new SealedColumn("case_file", "id", "reporter_phone", null);
	}
}
