package org.steward.catalog;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.steward.cluster.ReferenceDataChanged;

/**
 * The current rules and the handling settings of each category, as every registration reads them
 * (the report's check and the routing both ask for the current rules, the check for the handling).
 * Without it one registration ran three catalogue queries; the catalogue changes a few times a year.
 * <p>
 * Every write of the catalogue passes through {@link JdbcCatalog}, which calls {@link #changed()}
 * in its transaction: that publishes {@link ReferenceDataChanged} (relayed to the other nodes) and
 * drops both maps once the transaction ends, committed or rolled back (a read inside the writing
 * transaction may have cached what it saw). A read that started before a change never stores its
 * answer after the change: each entry is stored only while the generation it was read under is current.
 */
@Component
class CatalogCache {

	private final Map<String, Optional<CategoryRules>> current = new ConcurrentHashMap<>();

	private final Map<String, CategoryHandling> handling = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private final ApplicationEventPublisher events;

	CatalogCache(ApplicationEventPublisher events) {
		this.events = events;
	}

	Optional<CategoryRules> current(String categoryCode, Function<String, Optional<CategoryRules>> read) {
		return cached(current, categoryCode, read);
	}

	CategoryHandling handling(String categoryCode, Function<String, CategoryHandling> read) {
		return cached(handling, categoryCode, read);
	}

	private <V> V cached(Map<String, V> map, String key, Function<String, V> read) {
		V known = map.get(key);
		if (known != null) {
			return known;
		}
		long seen = generation.get();
		V value = read.apply(key);
		if (generation.get() == seen) {
			map.put(key, value);
			// a change that began between the check and the put must not leave this entry behind
			if (generation.get() != seen) {
				map.remove(key);
			}
		}
		return value;
	}

	/** In the writing transaction: tells every node, and forgets at once (this node's own readers). */
	void changed() {
		forget();
		events.publishEvent(ReferenceDataChanged.of(ReferenceDataChanged.Kind.CATALOGUE));
	}

	// after completion, not only after commit: a rolled-back edit may have been read into the cache
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
	void on(ReferenceDataChanged event) {
		if (event.kind() == ReferenceDataChanged.Kind.CATALOGUE) {
			forget();
		}
	}

	private void forget() {
		generation.incrementAndGet();
		current.clear();
		handling.clear();
	}
}
