package org.steward.parties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.steward.privacy.SealedColumn;

/** The columns of the registry that hold personal data, sealed by the privacy module. */
@Configuration(proxyBeanMethods = false)
class PartyPersonalData {

	@Bean
	SealedColumn partyContactName() {
		return new SealedColumn("enforcement_party_contact", "id", "name", null);
	}

	@Bean
	SealedColumn partyContactPhone() {
		return new SealedColumn("enforcement_party_contact", "id", "phone", "phone_hash");
	}
}
