package org.steward.messaging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * E-mail over the SMTP relay Spring Boot configures from {@code spring.mail.*}. Off without a relay
 * or without {@code steward.messaging.mail-from}. Each message carries a Message-ID derived from
 * its outbox key, so a mail client shows a message the relay accepted twice (after a lost answer)
 * only once.
 */
@Component
class MailCourier implements Courier {

	private final ObjectProvider<JavaMailSender> sender;

	private final MessagingProperties properties;

	MailCourier(ObjectProvider<JavaMailSender> sender, MessagingProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	@Override
	public MessageChannel channel() {
		return MessageChannel.EMAIL;
	}

	@Override
	public @Nullable String offReason() {
		if (sender.getIfAvailable() == null) {
			return "messaging.channel.off.noRelay";
		}
		if (properties.mailFrom() == null || properties.mailFrom().isBlank()) {
			return "messaging.channel.off.noFrom";
		}
		return null;
	}

	@Override
	public Delivery deliver(Outgoing message) {
		JavaMailSender mail = sender.getObject();
		try {
			MimeMessage mime = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
			helper.setFrom(properties.mailFrom());
			helper.setTo(message.recipient());
			helper.setSubject(message.subject());
			helper.setText(message.body(), false);
			String stop = message.params().get("stop");
			if (stop != null) {
				mime.setHeader("List-Unsubscribe", "<" + stop + ">");
			}
			mime.saveChanges();
			mime.setHeader("Message-ID", "<" + digest(message.dedupeKey()) + "@steward>");
			mail.send(mime);
			return Delivery.sent(null);
		}
		catch (MessagingException | MailParseException | MailPreparationException bad) {
			return Delivery.rejected(bad.getMessage() == null ? bad.getClass().getSimpleName() : bad.getMessage());
		}
		catch (MailAuthenticationException | org.springframework.mail.MailSendException unreachable) {
			return Delivery.retry(describe(unreachable));
		}
		catch (MailException other) {
			return Delivery.retry(describe(other));
		}
	}

	private static String describe(Exception e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private static String digest(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)))
				.substring(0, 32);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
