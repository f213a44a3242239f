package org.steward.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

import tools.jackson.databind.json.JsonMapper;

/** What a node does with a notification it hears: its own and foreign classes are ignored. */
class NodeListenerTests {

	final JsonMapper json = new JsonMapper();

	final List<Object> published = new ArrayList<>();

	final ApplicationEventPublisher events = published::add;

	final NodeListener listener = new NodeListener(null, events, json, new ClusterProperties("on", "steward_cluster", "b",
			Duration.ofMillis(10), Duration.ofMillis(100), Duration.ofSeconds(1), false, Duration.ofMinutes(1), 1,
			Duration.ofSeconds(5)), "node-b");

	@Test
	void anotherNodesMessageIsPublishedHereAsItWasSent() {
		listener.deliver(PgNotifyNodes.envelope(json, "node-a",
				new ReferenceDataChanged(ReferenceDataChanged.Kind.CALENDAR, true)));

		assertThat(published).containsExactly(new ReferenceDataChanged(ReferenceDataChanged.Kind.CALENDAR, true));
		assertThat(listener.received()).isEqualTo(1);
	}

	@Test
	void aNodeIgnoresWhatItToldItself() {
		listener.deliver(PgNotifyNodes.envelope(json, "node-b",
				new ReferenceDataChanged(ReferenceDataChanged.Kind.ACCOUNTS, true)));

		assertThat(published).isEmpty();
	}

	@Test
	void aNotificationNamingAClassOutsideStewardOrNoMessageIsIgnored() {
		listener.deliver("{\"from\":\"x\",\"type\":\"java.util.ArrayList\",\"body\":[]}");
		listener.deliver("{\"from\":\"x\",\"type\":\"org.steward.cluster.ClusterProperties\",\"body\":{}}");
		listener.deliver("not json at all");

		assertThat(published).isEmpty();
	}

	@Test
	void changedReferenceDataIsRelayedOnceMarkedRelayed() {
		List<NodeMessage> told = new ArrayList<>();
		ReferenceDataRelay relay = new ReferenceDataRelay(new Nodes() {
			@Override
			public void tell(NodeMessage message) {
				told.add(message);
			}

			@Override
			public String self() {
				return "a";
			}
		});

		relay.on(ReferenceDataChanged.of(ReferenceDataChanged.Kind.TERRITORY));
		relay.on(new ReferenceDataChanged(ReferenceDataChanged.Kind.TERRITORY, true));

		assertThat(told).containsExactly(new ReferenceDataChanged(ReferenceDataChanged.Kind.TERRITORY, true));
	}
}
