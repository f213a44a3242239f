package org.steward.messaging;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.steward.privacy.PersonalData;

/**
 * Residents' opt-ins: an address per case, each with an unguessable token whose link removes it.
 * A removed subscription keeps its row (so its messages in the log still make sense) but gets
 * nothing more.
 */
@Repository
class Subscriptions {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	// the address is stored sealed (SM4), its keyed hash beside it
	private final PersonalData personalData;

	Subscriptions(JdbcClient jdbc, PersonalData personalData) {
		this.jdbc = jdbc;
		this.personalData = personalData;
	}

	record Subscription(long id, String token, String caseNumber, String trackingCode, MessageChannel channel,
			String address, Locale locale, boolean removed) {

		/** The address as pages show it: enough for its owner to recognise, not enough to reuse. */
		String masked() {
			return mask(address);
		}
	}

	static String mask(String address) {
		int at = address.indexOf('@');
		if (at > 0) {
			return address.charAt(0) + "***" + address.substring(at);
		}
		return address.length() < 7 ? "***" : address.substring(0, 3) + "****" + address.substring(address.length() - 4);
	}

	@Transactional
	Subscription add(String caseNumber, String trackingCode, String address, Locale locale, Instant now) {
		MessageChannel channel = address.contains("@") ? MessageChannel.EMAIL : MessageChannel.SMS;
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into messaging_subscription (token, case_number, tracking_code, channel, address, address_hash,
				  locale, created_at)
				values (:token, :case, :code, :channel, :address, :addressHash, :locale, :at)""")
			.param("token", token)
			.param("case", caseNumber)
			.param("code", trackingCode)
			.param("channel", channel.name())
			.param("address", personalData.seal(address))
			.param("addressHash", personalData.searchHash(address))
			.param("locale", locale.toLanguageTag())
			.param("at", Timestamp.from(now))
			.update(keys, "id");
		return new Subscription(keys.getKeyAs(Long.class), token, caseNumber, trackingCode, channel, address, locale,
				false);
	}

	@Transactional(readOnly = true)
	List<Subscription> activeFor(String caseNumber) {
		return jdbc.sql(SELECT + " where case_number = :case and removed_at is null order by id")
			.param("case", caseNumber)
			.query(this::map)
			.list();
	}

	@Transactional(readOnly = true)
	Optional<Subscription> byToken(String token) {
		return jdbc.sql(SELECT + " where token = :token").param("token", token).query(this::map).optional();
	}

	/** Removes the subscription and drops its messages not yet sent. */
	@Transactional
	boolean remove(String token, Instant now) {
		Optional<Subscription> found = byToken(token).filter(s -> !s.removed());
		if (found.isEmpty()) {
			return false;
		}
		jdbc.sql("update messaging_subscription set removed_at = :at where id = :id")
			.param("at", Timestamp.from(now))
			.param("id", found.get().id())
			.update();
		jdbc.sql("""
				update messaging_message set status = 'SKIPPED', last_error = 'messaging.log.unsubscribed'
				where recipient_hash in (:address) and case_number = :case and status = 'PENDING'""")
			.param("address", personalData.searchHashes(found.get().address()))
			.param("case", found.get().caseNumber())
			.update();
		return true;
	}

	private static final String SELECT = """
			select id, token, case_number, tracking_code, channel, address, locale, removed_at
			from messaging_subscription""";

	private Subscription map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Subscription(rs.getLong("id"), rs.getString("token"), rs.getString("case_number"),
				rs.getString("tracking_code"), MessageChannel.valueOf(rs.getString("channel")),
				personalData.open(rs.getString("address")),
				Locale.forLanguageTag(rs.getString("locale")), rs.getObject("removed_at") != null);
	}
}
