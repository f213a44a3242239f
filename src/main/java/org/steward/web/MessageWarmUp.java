package org.steward.web;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads every message bundle in both languages at start-up, before the node reports ready.
 * <p>
 * Read lazily, the first requests of a busy start read them from the application's jar together,
 * each holding the jar's lock while it reads; on virtual threads that can pin both carriers of a
 * two-core machine behind a reader that has no carrier left to finish on (bench/run hung so: every
 * request waiting, 32 of 32 timed out). Read here, once, by one thread, the later lookups only hit
 * {@link java.util.ResourceBundle}'s cache.
 */
@Component
class MessageWarmUp implements ApplicationRunner {

	/** The languages the locale resolver hands out: Chinese by default, English by choice. */
	private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private final MessageSource messages;

	MessageWarmUp(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void run(ApplicationArguments args) {
		// a code no bundle has: looking it up opens every bundle of the language in turn
		LANGUAGES.forEach(language -> messages.getMessage("steward.warm-up", null, null, language));
	}
}
