package org.steward;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventSerializer;

import tools.jackson.databind.json.JsonMapper;

/**
 * How events are written into the event publication registry: as Spring Modulith's Jackson
 * serializer does (the application's {@link JsonMapper}, JSON text), but once per event instead of
 * once per listener.
 * <p>
 * The registry stores one publication per listening module and serialized the same event for each:
 * a registration's {@code CaseRegistered} five times, plus a bean lookup for the mapper every time
 * — together 7 % of the application's CPU during bench/run's intake load (JFR). The publications of
 * one event are stored one after the other on the publishing thread, so remembering that thread's
 * last event (by identity: events are immutable records) makes the four repeats free.
 */
@Configuration(proxyBeanMethods = false)
class EventSerialization {

	@Bean
	EventSerializer eventSerializer(JsonMapper json) {
		return new OncePerEvent(json);
	}

	static final class OncePerEvent implements EventSerializer {

		private final JsonMapper json;

		private final ThreadLocal<Serialized> last = new ThreadLocal<>();

		OncePerEvent(JsonMapper json) {
			this.json = json;
		}

		@Override
		public Object serialize(Object event) {
			Serialized known = last.get();
			if (known != null && known.event == event) {
				return known.json;
			}
			String written = json.writeValueAsString(event);
			last.set(new Serialized(event, written));
			return written;
		}

		@Override
		public <T> T deserialize(Object serialized, Class<T> type) {
			return json.readerFor(type).readValue(serialized.toString());
		}

		private record Serialized(Object event, String json) {
		}
	}
}
