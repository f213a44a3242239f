package org.steward.messaging;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Typed configuration of messaging ({@code steward.messaging.*}).
 *
 * @param publicUrl      the site's address as residents reach it; links in messages start with it
 * @param mailFrom       the sender address of e-mail; e-mail is off without it (and without {@code spring.mail.host})
 * @param sendInterval   the pause between sender runs (read by its {@code @Scheduled} placeholder)
 * @param maxAttempts    delivery attempts before a message is FAILED
 * @param firstRetry     the wait after the first failed attempt; doubled after each further one
 * @param maxRetry       the longest wait between attempts
 * @param lease          how long a sender holds a message it is delivering
 * @param quietFrom      start of quiet hours (district time): no SMS unless urgent
 * @param quietUntil     end of quiet hours
 * @param smsPerHour     SMS to one number per rolling hour; more wait
 * @param emailPerHour   e-mails to one address per rolling hour; more wait
 * @param sms            the SMS gateway; off unless endpoint, keys and signature name are set
 * @param reminders      the reminder sweep: how long before a deadline "deadline near" goes out, and how often it looks
 */
@ConfigurationProperties("steward.messaging")
record MessagingProperties(@DefaultValue("http://localhost:8080") String publicUrl, @Nullable String mailFrom,
		@DefaultValue("PT15S") Duration sendInterval, @DefaultValue("8") int maxAttempts,
		@DefaultValue("PT1M") Duration firstRetry, @DefaultValue("PT2H") Duration maxRetry,
		@DefaultValue("PT2M") Duration lease, @DefaultValue("22:00") LocalTime quietFrom,
		@DefaultValue("07:00") LocalTime quietUntil, @DefaultValue("5") int smsPerHour,
		@DefaultValue("30") int emailPerHour, @DefaultValue Sms sms, @DefaultValue Reminders reminders) {

	/**
	 * When staff hear that a deadline is near (before it passes).
	 *
	 * @param acknowledgeLead how long before the acknowledgement (报到) deadline
	 * @param handleLead      how long before the handling deadline
		 */
	record Reminders(@DefaultValue("PT10M") Duration acknowledgeLead, @DefaultValue("PT4H") Duration handleLead) {
	}

	/**
	 * An Aliyun-shaped SMS gateway ({@code SendSms}).
	 *
	 * @param endpoint        e.g. {@code https://dysmsapi.aliyuncs.com/}
	 * @param accessKeyId     the AccessKey id
	 * @param accessKeySecret the AccessKey secret (signs each request, never sent)
	 * @param signName        the approved signature name (签名)
	 * @param regionId        the region, {@code cn-hangzhou} by default
	 * @param templates       the gateway's template code per message kind ({@code RECEIVED: SMS_123…})
	 * @param timeout         connect and read timeout
	 */
	record Sms(@Nullable String endpoint, @Nullable String accessKeyId, @Nullable String accessKeySecret,
			@Nullable String signName, @DefaultValue("cn-hangzhou") String regionId,
			@DefaultValue Map<String, String> templates, @DefaultValue("PT10S") Duration timeout) {

		boolean configured() {
			return present(endpoint) && present(accessKeyId) && present(accessKeySecret) && present(signName);
		}

		private static boolean present(@Nullable String value) {
			return value != null && !value.isBlank();
		}
	}
}
