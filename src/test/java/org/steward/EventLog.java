package org.steward;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * Every event the application publishes, from any thread, for full-application tests: import
 * {@link Config}, autowire the log and ask {@link #of(Class)} or {@link #of(Class, Predicate)}.
 * Spring's {@code @RecordApplicationEvents} sees only the test's own thread; a scheduled sweep or
 * an asynchronous listener publishes elsewhere, and this log hears it. The context is shared by
 * test classes, so filter by what the test created (a case number) rather than count everything.
 */
public final class EventLog {

	private final List<Object> events = new CopyOnWriteArrayList<>();

	@EventListener
	void on(Object event) {
		events.add(event);
	}

	/** The events of {@code type} heard so far, oldest first. */
	public <T> List<T> of(Class<T> type) {
		return events.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** The events of {@code type} heard so far that {@code filter} accepts, oldest first. */
	public <T> List<T> of(Class<T> type, Predicate<? super T> filter) {
		return of(type).stream().filter(filter).toList();
	}

	/** Adds the log to the tests that import it. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		EventLog eventLog() {
			return new EventLog();
		}
	}
}
