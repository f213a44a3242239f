package org.steward.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.steward.privacy.PersonalData;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox table and its delivery log. Writes are single statements guarded by the row's
 * status, so two senders (two nodes) never both hold a message.
 */
@Repository
class Outbox {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COLUMNS = "id, dedupe_key, kind, channel, recipient, subject, body, params, link, urgent, attempts";

	private final JdbcClient jdbc;

	// recipients (residents' phones and addresses) are stored sealed (SM4); their keyed hash is what
	// matches a recipient's messages
	private final PersonalData personalData;

	Outbox(JdbcClient jdbc, PersonalData personalData) {
		this.jdbc = jdbc;
		this.personalData = personalData;
	}

	/**
	 * Writes the message unless one with its key exists; joins the caller's transaction (the event's).
	 * The insert selects nothing when the key is taken, so a duplicate never fails the transaction.
	 *
	 * @return whether the message is new
	 */
	@Transactional
	boolean enqueue(NewMessage m, Instant now) {
		Timestamp at = Timestamp.from(now);
		return jdbc.sql("""
				insert into messaging_message (dedupe_key, kind, channel, recipient, recipient_hash, username, locale,
				  subject, body, params, link, case_number, urgent, status, attempts, next_attempt_at, created_at)
				select :key, :kind, :channel, :recipient, :recipientHash, :username, :locale, :subject, :body,
				  :params, :link, :caseNumber, :urgent, 'PENDING', 0, :at, :at
				where not exists (select 1 from messaging_message where dedupe_key = :key)""")
			.param("key", m.dedupeKey())
			.param("kind", m.kind().name())
			.param("channel", m.channel().name())
			.param("recipient", personalData.seal(m.recipient()))
			.param("recipientHash", personalData.searchHash(m.recipient()))
			.param("username", m.username())
			.param("locale", m.locale())
			.param("subject", cut(m.subject(), 200))
			.param("body", cut(m.body(), 2000))
			.param("params", JSON.writeValueAsString(m.params()))
			.param("link", m.link())
			.param("caseNumber", m.caseNumber())
			.param("urgent", m.urgent())
			.param("at", at)
			.update() == 1;
	}

	/**
	 * Sends again what was skipped because its channel was off ({@code messaging.channel.off.*}),
	 * created since {@code since}: back to PENDING, due now. Reminders of a deadline about to pass are
	 * left alone (by now they would say something false). A message skipped for another reason (the
	 * resident stopped the updates) is never replayed; a message once sent is never touched, so running
	 * it twice sends nothing twice. Answers how many were put back.
	 */
	@Transactional
	int replaySkipped(MessageChannel channel, Instant since, Instant now) {
		List<Long> ids = jdbc.sql("""
				select id from messaging_message where channel = :channel and status = 'SKIPPED'
				  and last_error like 'messaging.channel.off.%' and created_at >= :since
				  and kind not in ('ACKNOWLEDGE_DEADLINE_NEAR', 'HANDLE_DEADLINE_NEAR')
				order by id""")
			.param("channel", channel.name())
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.list();
		int replayed = 0;
		for (Long id : ids) {
			int moved = jdbc.sql("""
					update messaging_message set status = 'PENDING', next_attempt_at = :now, last_error = null
					where id = :id and status = 'SKIPPED'""")
				.param("now", Timestamp.from(now))
				.param("id", id)
				.update();
			if (moved == 1) {
				jdbc.sql("insert into messaging_attempt (message_id, at, outcome, detail) values (:id, :at, 'REPLAYED', null)")
					.param("id", id)
					.param("at", Timestamp.from(now))
					.update();
				replayed++;
			}
		}
		return replayed;
	}

	/**
	 * Messages due now, oldest first; an e-mail or SMS waits while an earlier one to the same recipient
	 * on the same channel is unfinished, so a recipient hears of a case in the order things happened.
	 * In-app messages never wait: the inbox shows them together, newest first.
	 */
	@Transactional(readOnly = true)
	List<Long> due(Instant now, int limit) {
		return jdbc.sql("""
				select m.id from messaging_message m
				where m.status = 'PENDING' and m.next_attempt_at <= :now
				  and (m.channel = 'INAPP' or not exists (select 1 from messaging_message e
				    where e.channel = m.channel and e.recipient_hash = m.recipient_hash and e.id < m.id
				      and e.status in ('PENDING', 'SENDING')))
				order by m.id
				limit :limit""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/** Takes the message for one sender until the lease ends; empty when another sender has it. */
	@Transactional
	Optional<Outgoing> claim(long id, Instant now, Instant leaseUntil) {
		int claimed = jdbc.sql("""
				update messaging_message set status = 'SENDING', claimed_until = :until
				where id = :id and status = 'PENDING' and next_attempt_at <= :now""")
			.param("until", Timestamp.from(leaseUntil))
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update();
		if (claimed != 1) {
			return Optional.empty();
		}
		return jdbc.sql("select " + COLUMNS + " from messaging_message where id = :id")
			.param("id", id)
			.query(this::outgoing)
			.optional();
	}

	/**
	 * Messages whose sender vanished mid-delivery (a crash, a killed node). E-mail and in-app go back
	 * to the queue; an SMS becomes UNKNOWN, because it may have gone and must never go twice.
	 */
	@Transactional
	int recoverAbandoned(Instant now) {
		Timestamp at = Timestamp.from(now);
		int sms = jdbc.sql("""
				update messaging_message set status = 'UNKNOWN', claimed_until = null,
				  last_error = 'messaging.log.abandoned'
				where status = 'SENDING' and claimed_until < :now and channel = 'SMS'""").param("now", at).update();
		int others = jdbc.sql("""
				update messaging_message set status = 'PENDING', claimed_until = null
				where status = 'SENDING' and claimed_until < :now and channel <> 'SMS'""").param("now", at).update();
		return sms + others;
	}

	/** Ends a delivery: the new status, the attempt counted or not, and a line in the delivery log. */
	@Transactional
	void finish(long id, MessageStatus status, boolean attempted, @Nullable Instant nextAttempt, @Nullable String detail,
			Instant now) {
		jdbc.sql("""
				update messaging_message set status = :status, claimed_until = null,
				  attempts = attempts + :counted, next_attempt_at = coalesce(:next, next_attempt_at),
				  last_error = :detail, sent_at = coalesce(:sentAt, sent_at)
				where id = :id and status = 'SENDING'""")
			.param("status", status.name())
			.param("counted", attempted ? 1 : 0)
			.param("next", nextAttempt == null ? null : Timestamp.from(nextAttempt))
			.param("detail", detail == null ? null : cut(detail, 500))
			.param("sentAt", status == MessageStatus.SENT ? Timestamp.from(now) : null)
			.param("id", id)
			.update();
		jdbc.sql("insert into messaging_attempt (message_id, at, outcome, detail) values (:id, :at, :outcome, :detail)")
			.param("id", id)
			.param("at", Timestamp.from(now))
			.param("outcome", attempted ? status.name() : "DEFERRED")
			.param("detail", detail == null ? null : cut(detail, 500))
			.update();
	}

	/** How many messages went to the recipient on the channel since, and when the oldest of them went. */
	@Transactional(readOnly = true)
	SentWindow sentSince(MessageChannel channel, String recipient, Instant since) {
		return jdbc.sql("""
				select count(*) as n, min(sent_at) as oldest from messaging_message
				where channel = :channel and recipient_hash in (:recipient) and status = 'SENT' and sent_at >= :since""")
			.param("channel", channel.name())
			.param("recipient", personalData.searchHashes(recipient))
			.param("since", Timestamp.from(since))
			.query((rs, n) -> new SentWindow(rs.getInt("n"), instant(rs, "oldest")))
			.single();
	}

	record SentWindow(int count, @Nullable Instant oldest) {
	}

	/** The delivery log, newest first. */
	@Transactional(readOnly = true)
	List<LoggedMessage> log(@Nullable MessageStatus status, int limit) {
		String where = status == null ? "" : " where status = '" + status.name() + "'";
		return jdbc.sql("""
				select id, kind, channel, recipient, subject, status, attempts, last_error, created_at, sent_at,
				  next_attempt_at, case_number
				from messaging_message""" + where + " order by id desc")
			.query((rs, n) -> new LoggedMessage(rs.getLong("id"), MessageKind.valueOf(rs.getString("kind")),
					MessageChannel.valueOf(rs.getString("channel")), personalData.open(rs.getString("recipient")),
					rs.getString("subject"), MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
					instant(rs, "created_at"), instant(rs, "sent_at"), instant(rs, "next_attempt_at"),
					rs.getString("case_number")))
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	/** Counts per status, for the log's heading. */
	@Transactional(readOnly = true)
	Map<MessageStatus, Integer> counts() {
		Map<MessageStatus, Integer> counts = new LinkedHashMap<>();
		for (MessageStatus s : MessageStatus.values()) {
			counts.put(s, 0);
		}
		jdbc.sql("select status, count(*) as n from messaging_message group by status")
			.query((rs, n) -> counts.put(MessageStatus.valueOf(rs.getString("status")), rs.getInt("n")))
			.list();
		return counts;
	}

	public record LoggedMessage(long id, MessageKind kind, MessageChannel channel, String recipient, String subject,
			MessageStatus status, int attempts, @Nullable String lastError, @Nullable Instant createdAt,
			@Nullable Instant sentAt, @Nullable Instant nextAttemptAt, @Nullable String caseNumber) {
	}

	/** In-app messages of a user created since {@code since}, newest first, not yet dismissed. */
	@Transactional(readOnly = true)
	List<InAppMessage> inApp(String username, Instant since, int limit) {
		return jdbc.sql("""
				select id, kind, subject, link, created_at from messaging_message
				where username = :username and channel = 'INAPP' and status = 'SENT' and read_at is null
				  and created_at >= :since
				order by id desc""")
			.param("username", username)
			.param("since", Timestamp.from(since))
			.query((rs, n) -> new InAppMessage(rs.getLong("id"), MessageKind.valueOf(rs.getString("kind")),
					rs.getString("subject"), rs.getString("link"), instant(rs, "created_at")))
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	/**
	 * A user's in-app messages delivered after message {@code afterId}, oldest first (what the open page
	 * shows as browser notifications); with no {@code afterId}, none — only where the count starts.
	 */
	@Transactional(readOnly = true)
	NewInApp inAppAfter(String username, @Nullable Long afterId, int limit) {
		long last = jdbc.sql("""
				select coalesce(max(id), 0) from messaging_message
				where username = :username and channel = 'INAPP' and status = 'SENT'""")
			.param("username", username)
			.query(Long.class)
			.single();
		if (afterId == null) {
			return new NewInApp(last, List.of());
		}
		List<InAppMessage> fresh = jdbc.sql("""
				select id, kind, subject, link, created_at from messaging_message
				where username = :username and channel = 'INAPP' and status = 'SENT' and read_at is null and id > :after
				order by id""")
			.param("username", username)
			.param("after", afterId)
			.query((rs, n) -> new InAppMessage(rs.getLong("id"), MessageKind.valueOf(rs.getString("kind")),
					rs.getString("subject"), rs.getString("link"), instant(rs, "created_at")))
			.list()
			.stream()
			.limit(limit)
			.toList();
		return new NewInApp(last, fresh);
	}

	/** The newest in-app message id of a user, and the messages after the one the page saw last. */
	public record NewInApp(long last, List<InAppMessage> messages) {
	}

	public record InAppMessage(long id, MessageKind kind, String subject, @Nullable String link, @Nullable Instant createdAt) {
	}

	/** Marks a user's own in-app message read; another user's message is left as it is. */
	@Transactional
	boolean dismiss(long id, String username, Instant now) {
		return jdbc.sql("update messaging_message set read_at = :now where id = :id and username = :username and channel = 'INAPP'")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("username", username)
			.update() == 1;
	}

	private Outgoing outgoing(ResultSet rs, int row) throws SQLException {
		Map<String, String> params = JSON.readValue(rs.getString("params"), new TypeReference<Map<String, String>>() {
		});
		return new Outgoing(rs.getLong("id"), rs.getString("dedupe_key"), MessageKind.valueOf(rs.getString("kind")),
				MessageChannel.valueOf(rs.getString("channel")), personalData.open(rs.getString("recipient")),
				rs.getString("subject"), rs.getString("body"), params, rs.getString("link"), rs.getBoolean("urgent"), rs.getInt("attempts"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
