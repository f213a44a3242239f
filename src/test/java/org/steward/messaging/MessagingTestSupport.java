package org.steward.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.steward.IntegrationTest;
import org.steward.MutableClock;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * One application context for the messaging tests: a real SMTP server in-process (GreenMail) on a
 * fixed free port that a test may stop and start again (the relay going down), the local Aliyun-shaped
 * SMS endpoint, a hand-moved clock, and a sender that only runs when a test calls it.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
abstract class MessagingTestSupport {

	static final int SMTP_PORT = freePort();

	static final FakeAliyunGateway SMS;

	static GreenMail mail = startMail();

	/** The mails GreenMail instances received before they were stopped. */
	static final List<MimeMessage> EARLIER = new ArrayList<>();

	static {
		try {
			SMS = new FakeAliyunGateway();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Recipients are sealed at rest; tests find their rows by the keyed search hash. */
	@Autowired
	protected org.steward.privacy.PersonalData personalData;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient outboxTable;

	/**
	 * Test contexts share one database and none runs a background sender: what other tests left waiting
	 * is set aside, so each test's sender runs deliver that test's messages only (and the gateway's
	 * "busy" answer goes to the message the test means).
	 */
	@org.junit.jupiter.api.BeforeEach
	void setAsideOtherTestsMessages() {
		outboxTable.sql("update messaging_message set status = 'SKIPPED', last_error = 'test: set aside' "
				+ "where status in ('PENDING', 'SENDING')").update();
	}

	@Autowired
	MutableClock clock;

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
		registry.add("spring.mail.properties.mail.smtp.timeout", () -> "5000");
		registry.add("steward.messaging.mail-from", () -> "steward@jinshui.example");
		registry.add("steward.messaging.public-url", () -> "https://steward.example");
		registry.add("steward.messaging.send-initial-delay", () -> "PT10H");
		registry.add("steward.messaging.sms.endpoint", SMS::endpoint);
		registry.add("steward.messaging.sms.access-key-id", () -> FakeAliyunGateway.KEY_ID);
		registry.add("steward.messaging.sms.access-key-secret", () -> FakeAliyunGateway.SECRET);
		registry.add("steward.messaging.sms.sign-name", () -> "金水城管");
		for (MessageKind kind : MessageKind.values()) {
			registry.add("steward.messaging.sms.templates." + kind.name(), () -> "SMS_" + kind.ordinal());
		}
	}

	static GreenMail startMail() {
		GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	static synchronized void stopMail() {
		EARLIER.addAll(List.of(mail.getReceivedMessages()));
		mail.stop();
	}

	static synchronized void restartMail() {
		mail = startMail();
	}

	/** Every mail received for this address, in order of arrival, across restarts of the server. */
	static synchronized List<MimeMessage> mailsTo(String address) {
		List<MimeMessage> all = new ArrayList<>(EARLIER);
		all.addAll(List.of(mail.getReceivedMessages()));
		return all.stream().filter(m -> to(m).equals(address)).toList();
	}

	static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String to(MimeMessage m) {
		try {
			return m.getAllRecipients()[0].toString();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Moves the clock forward to the next time of day in the district (Asia/Shanghai). */
	void moveTo(java.time.LocalTime time) {
		java.time.ZonedDateTime now = clock.instant().atZone(java.time.ZoneId.of("Asia/Shanghai"));
		java.time.ZonedDateTime target = now.with(time);
		if (!target.isAfter(now)) {
			target = target.plusDays(1);
		}
		clock.advance(java.time.Duration.between(now, target));
	}

	/** Runs the sender until a run finds nothing due. */
	int sendAll() {
		int total = 0;
		for (int i = 0; i < 20; i++) {
			int sent = dispatcher.sendDue();
			if (sent == 0) {
				return total;
			}
			total += sent;
		}
		return total;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
