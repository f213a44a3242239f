package org.steward.messaging;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.steward.privacy.PersonalData;

/**
 * Each staff member's own addresses for messages and the channels they chose per kind. Someone
 * who chose nothing gets every kind in-app only.
 */
@Repository
class StaffSettings {

	static final Set<MessageChannel> DEFAULT = EnumSet.of(MessageChannel.INAPP);

	private final JdbcClient jdbc;

	// staff members' own e-mail addresses and phones are stored sealed (SM4), like residents'
	private final PersonalData personalData;

	StaffSettings(JdbcClient jdbc, PersonalData personalData) {
		this.jdbc = jdbc;
		this.personalData = personalData;
	}

	record Contact(@Nullable String email, @Nullable String phone, Locale locale) {

		static final Contact NONE = new Contact(null, null, Locale.SIMPLIFIED_CHINESE);

		@Nullable String address(MessageChannel channel) {
			return switch (channel) {
				case EMAIL -> email;
				case SMS -> phone;
				case INAPP -> null;
			};
		}
	}

	@Transactional(readOnly = true)
	Contact contact(String username) {
		return jdbc.sql("select email, phone, locale from messaging_staff_contact where username = :u")
			.param("u", username)
			.query((rs, n) -> new Contact(personalData.open(rs.getString("email")), personalData.open(rs.getString("phone")),
					Locale.forLanguageTag(rs.getString("locale"))))
			.optional()
			.orElse(Contact.NONE);
	}

	@Transactional(readOnly = true)
	Map<MessageKind, Set<MessageChannel>> choices(String username) {
		Map<MessageKind, Set<MessageChannel>> choices = new EnumMap<>(MessageKind.class);
		for (MessageKind kind : MessageKind.forStaff()) {
			choices.put(kind, DEFAULT);
		}
		jdbc.sql("select kind, channels from messaging_preference where username = :u")
			.param("u", username)
			.query((rs, n) -> choices.put(MessageKind.valueOf(rs.getString("kind")), parse(rs.getString("channels"))))
			.list();
		return choices;
	}

	@Transactional
	void save(String username, Contact contact, Map<MessageKind, Set<MessageChannel>> choices, Instant now) {
		int updated = jdbc.sql("""
				update messaging_staff_contact set email = :email, phone = :phone, locale = :locale, updated_at = :at
				where username = :u""")
			.param("email", personalData.seal(contact.email()))
			.param("phone", personalData.seal(contact.phone()))
			.param("locale", contact.locale().toLanguageTag())
			.param("at", Timestamp.from(now))
			.param("u", username)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into messaging_staff_contact (username, email, phone, locale, updated_at)
					values (:u, :email, :phone, :locale, :at)""")
				.param("email", personalData.seal(contact.email()))
				.param("phone", personalData.seal(contact.phone()))
				.param("locale", contact.locale().toLanguageTag())
				.param("at", Timestamp.from(now))
				.param("u", username)
				.update();
		}
		jdbc.sql("delete from messaging_preference where username = :u").param("u", username).update();
		choices.forEach((kind, channels) -> jdbc
			.sql("insert into messaging_preference (username, kind, channels) values (:u, :kind, :channels)")
			.param("u", username)
			.param("kind", kind.name())
			.param("channels", String.join(",", channels.stream().map(Enum::name).toList()))
			.update());
	}

	private static Set<MessageChannel> parse(String channels) {
		Set<MessageChannel> parsed = new LinkedHashSet<>();
		for (String name : channels.split(",")) {
			if (!name.isBlank()) {
				parsed.add(MessageChannel.valueOf(name.trim()));
			}
		}
		return parsed;
	}
}
