package org.steward.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.steward.StewardProperties;

/**
 * The sender: takes due messages from the outbox, one at a time under a lease, and hands each to
 * its channel. Before sending it holds back an SMS in quiet hours (unless urgent) and any message
 * over its recipient's hourly limit — both wait, neither counts as an attempt. A failed attempt is
 * retried after an exponentially growing pause until {@code maxAttempts}; a message its channel
 * refuses, or an SMS that may have gone, is never retried.
 */
@Component
class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private static final int BATCH = 100;

	private final Outbox outbox;

	private final Map<MessageChannel, Courier> couriers = new EnumMap<>(MessageChannel.class);

	private final MessagingProperties properties;

	private final QuietHours quietHours;

	private final Clock clock;

	Dispatcher(Outbox outbox, List<Courier> couriers, MessagingProperties properties, Clock clock,
			StewardProperties steward) {
		this.outbox = outbox;
		couriers.forEach(c -> this.couriers.put(c.channel(), c));
		this.properties = properties;
		this.quietHours = new QuietHours(properties.quietFrom(), properties.quietUntil(), steward.zone());
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${steward.messaging.send-initial-delay:PT30S}",
			fixedDelayString = "${steward.messaging.send-interval:PT15S}")
	void scheduled() {
		try {
			sendDue();
		}
		catch (RuntimeException e) {
			log.warn("Message sender run failed; the next run tries again", e);
		}
	}

	/**
	 * One run of the sender; answers how many messages it took up (delivered, skipped, deferred or
	 * failed), so a caller draining the outbox knows when nothing due is left.
	 */
	int sendDue() {
		Instant now = clock.instant();
		outbox.recoverAbandoned(now);
		int taken = 0;
		for (long id : outbox.due(now, BATCH)) {
			Optional<Outgoing> claimed = outbox.claim(id, now, now.plus(properties.lease()));
			if (claimed.isPresent()) {
				deliver(claimed.get(), now);
				taken++;
			}
		}
		return taken;
	}

	/** Each channel with the code saying why it is off, or an empty text when it is on. */
	Map<MessageChannel, String> offReasons() {
		Map<MessageChannel, String> reasons = new EnumMap<>(MessageChannel.class);
		couriers.forEach((channel, courier) -> {
			String off = courier.offReason();
			reasons.put(channel, off == null ? "" : off);
		});
		return reasons;
	}

	private boolean deliver(Outgoing m, Instant now) {
		Courier courier = couriers.get(m.channel());
		String off = courier.offReason();
		if (off != null) {
			outbox.finish(m.id(), MessageStatus.SKIPPED, false, null, off, now);
			return false;
		}
		if (m.channel() == MessageChannel.SMS && !m.urgent()) {
			Optional<Instant> quietEnd = quietHours.endAround(now);
			if (quietEnd.isPresent()) {
				outbox.finish(m.id(), MessageStatus.PENDING, false, quietEnd.get(), "messaging.log.quietHours", now);
				return false;
			}
		}
		int limit = switch (m.channel()) {
			case SMS -> properties.smsPerHour();
			case EMAIL -> properties.emailPerHour();
			case INAPP -> Integer.MAX_VALUE;
		};
		Outbox.SentWindow window = outbox.sentSince(m.channel(), m.recipient(), now.minus(Duration.ofHours(1)));
		if (window.count() >= limit && window.oldest() != null) {
			outbox.finish(m.id(), MessageStatus.PENDING, false, window.oldest().plus(Duration.ofHours(1)),
					"messaging.log.rateLimited", now);
			return false;
		}
		Courier.Delivery delivery;
		try {
			delivery = courier.deliver(m);
		}
		catch (RuntimeException unexpected) {
			String detail = unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage();
			delivery = m.channel() == MessageChannel.SMS ? Courier.Delivery.unknown(detail)
					: Courier.Delivery.retry(detail);
		}
		switch (delivery.outcome()) {
			case SENT -> outbox.finish(m.id(), MessageStatus.SENT, true, null, delivery.detail(), now);
			case REJECTED -> outbox.finish(m.id(), MessageStatus.FAILED, true, null, delivery.detail(), now);
			case UNKNOWN -> outbox.finish(m.id(), MessageStatus.UNKNOWN, true, null, delivery.detail(), now);
			case RETRY -> {
				int attempts = m.attempts() + 1;
				if (attempts >= properties.maxAttempts()) {
					outbox.finish(m.id(), MessageStatus.FAILED, true, null, delivery.detail(), now);
				}
				else {
					outbox.finish(m.id(), MessageStatus.PENDING, true, now.plus(backoff(attempts)), delivery.detail(), now);
				}
			}
		}
		return delivery.outcome() == Courier.Delivery.Outcome.SENT;
	}

	/** The pause after the n-th failed attempt: firstRetry × 2^(n−1), at most maxRetry. */
	Duration backoff(int failedAttempts) {
		Duration pause = properties.firstRetry().multipliedBy(1L << Math.min(failedAttempts - 1, 20));
		return pause.compareTo(properties.maxRetry()) > 0 ? properties.maxRetry() : pause;
	}
}
