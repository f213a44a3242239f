package org.steward.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.steward.privacy.SealedColumn;

/** The columns of messaging that hold residents' and staff members' addresses, sealed by the privacy module. */
@Configuration(proxyBeanMethods = false)
class MessagingPersonalData {

	@Bean
	SealedColumn subscriptionAddress() {
		return new SealedColumn("messaging_subscription", "id", "address", "address_hash");
	}

	@Bean
	SealedColumn messageRecipient() {
		return new SealedColumn("messaging_message", "id", "recipient", "recipient_hash");
	}

	@Bean
	SealedColumn staffEmail() {
		return new SealedColumn("messaging_staff_contact", "username", "email", null);
	}

	@Bean
	SealedColumn staffPhone() {
		return new SealedColumn("messaging_staff_contact", "username", "phone", null);
	}
}
