package org.steward.organization;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.steward.cluster.ReferenceDataChanged;
import org.steward.identity.DataScope;

/**
 * What every registration asks the organisation: who answers for the report's grid (routing) and
 * where the station sits (the staff to notify); and the station list every page and board row names
 * stations from. One query each per registration before, for data
 * that changes when a grid is handed to another officer.
 * <p>
 * Only answers that exist are kept: a grid or station read before the demo organisation (or a
 * test's) was stored is asked again. {@link GridResponsibilities} calls {@link #changed()} in the
 * transaction that changes a grid's officer (and the demo data after storing the organisation): that publishes {@link ReferenceDataChanged} (relayed to
 * the other nodes) and drops everything once the transaction ends, committed or rolled back. A read
 * that began before a change never stores its answer after it (the generation check).
 */
@Component
class OrganizationCache {

	private final Map<String, GridResponsibility> responsibilities = new ConcurrentHashMap<>();

	private final Map<String, DataScope.Jurisdiction> jurisdictions = new ConcurrentHashMap<>();

	/** The one entry of the station list; a map so that it follows the same rules as the others. */
	private final Map<Boolean, List<Station>> stations = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private final ApplicationEventPublisher events;

	OrganizationCache(ApplicationEventPublisher events) {
		this.events = events;
	}

	Optional<GridResponsibility> responsibility(String gridCode, Function<String, Optional<GridResponsibility>> read) {
		return cached(responsibilities, gridCode, read);
	}

	Optional<DataScope.Jurisdiction> jurisdiction(String stationCode,
			Function<String, Optional<DataScope.Jurisdiction>> read) {
		return cached(jurisdictions, stationCode, read);
	}

	/**
	 * Every station with its communities: every page that names stations and every board row asks
	 * (a board row rendered per event read them twice from the database, holding the push lane on
	 * a pool connection behind the intake). Kept only when there are stations.
	 */
	List<Station> stations(Supplier<List<Station>> read) {
		return cached(stations, Boolean.TRUE, all -> Optional.of(read.get()).filter(list -> !list.isEmpty()))
			.orElseGet(List::of);
	}

	private <K, V> Optional<V> cached(Map<K, V> map, K key, Function<K, Optional<V>> read) {
		V known = map.get(key);
		if (known != null) {
			return Optional.of(known);
		}
		long seen = generation.get();
		Optional<V> value = read.apply(key);
		if (value.isPresent() && generation.get() == seen) {
			map.put(key, value.get());
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
		events.publishEvent(ReferenceDataChanged.of(ReferenceDataChanged.Kind.ORGANISATION));
	}

	// after completion, not only after commit: a rolled-back change may have been read into the cache
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
	void on(ReferenceDataChanged event) {
		if (event.kind() == ReferenceDataChanged.Kind.ORGANISATION) {
			forget();
		}
	}

	private void forget() {
		generation.incrementAndGet();
		responsibilities.clear();
		jurisdictions.clear();
		stations.clear();
	}
}
