package org.steward.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.steward.identity.CurrentUser;

/**
 * Gathers what every {@link InboxSource} says waits for a user and groups it by kind: the most
 * urgent group first (earliest deadline, then longest waiting), the most urgent item first in each.
 * A source that fails is left out (and logged) rather than taking the whole inbox down.
 */
@Service
class Inbox {

	private static final Logger log = LoggerFactory.getLogger(Inbox.class);

	private static final Comparator<InboxItem> URGENT_FIRST = Comparator
		.comparing(InboxItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(InboxItem::since);

	private final ObjectProvider<InboxSource> sources;

	Inbox(ObjectProvider<InboxSource> sources) {
		this.sources = sources;
	}

	/** One kind of waiting work: its items, most urgent first, and whether a source cut it short. */
	record Group(String kind, List<InboxItem> items, boolean more) {

		public int count() {
			return items.size();
		}

		public Instant urgency() {
			InboxItem first = items.getFirst();
			return first.due() != null ? first.due() : first.since();
		}
	}

	/** What waits for the user, grouped by kind. */
	List<Group> of(CurrentUser user) {
		Map<String, List<InboxItem>> byKind = new LinkedHashMap<>();
		sources.orderedStream().forEach(source -> {
			try {
				for (InboxItem item : source.itemsFor(user)) {
					byKind.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(item);
				}
			}
			catch (RuntimeException failed) {
				log.warn("Inbox source {} failed for {}", source.getClass().getSimpleName(), user.username(), failed);
			}
		});
		List<Group> groups = new ArrayList<>();
		byKind.forEach((kind, items) -> {
			// a station head can be both officer and head: the same case once per kind
			List<InboxItem> distinct = items.stream()
				.collect(java.util.stream.Collectors.toMap(InboxItem::link, i -> i, (a, b) -> a, LinkedHashMap::new))
				.values()
				.stream()
				.sorted(URGENT_FIRST)
				.toList();
			groups.add(new Group(kind, distinct, distinct.stream().anyMatch(InboxItem::more)));
		});
		groups.sort(Comparator.comparing(Group::urgency));
		return groups;
	}

	/** How many items wait, and whether there are more than that. */
	record Count(int items, boolean more) {
	}

	Count count(CurrentUser user) {
		List<Group> groups = of(user);
		return new Count(groups.stream().mapToInt(Group::count).sum(), groups.stream().anyMatch(Group::more));
	}
}
