package org.steward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class EventSerializationTests {

	record Happened(String caseNumber, int version) {
	}

	final AtomicInteger writes = new AtomicInteger();

	/** Counts how often the mapper really writes an event. */
	final JsonMapper counting = new JsonMapper() {
		@Override
		public String writeValueAsString(Object value) {
			writes.incrementAndGet();
			return super.writeValueAsString(value);
		}
	};

	final EventSerialization.OncePerEvent serializer = new EventSerialization.OncePerEvent(counting);

	@Test
	void theSameEventStoredForFiveListenersIsWrittenOnce() {
		Happened event = new Happened("410105-2026-000001", 1);

		Object first = serializer.serialize(event);
		for (int listener = 2; listener <= 5; listener++) {
			assertThat(serializer.serialize(event)).isEqualTo(first);
		}

		assertThat(writes).hasValue(1);
		assertThat(first).isEqualTo("{\"caseNumber\":\"410105-2026-000001\",\"version\":1}");
	}

	@Test
	void anEqualButDifferentEventIsWrittenAgainAndReadsBack() {
		Happened one = new Happened("410105-2026-000001", 1);
		Happened next = new Happened("410105-2026-000001", 1);

		serializer.serialize(one);
		Object written = serializer.serialize(next);

		assertThat(writes).hasValue(2);
		assertThat(serializer.deserialize(written, Happened.class)).isEqualTo(next);
	}
}
