package org.steward.territory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.steward.cluster.ReferenceDataChanged;

/**
 * The locator over the stored grids. Lookups read an immutable {@link GridIndex}; a reload
 * builds a new one and swaps the reference, so readers never see a half-built index and
 * never wait. The node that imports reloads at once and publishes {@link ReferenceDataChanged}
 * (territory), on which the other nodes reload after its commit; as a backstop for a node that
 * was not listening then, every node also compares a cheap fingerprint (row count and latest
 * change) once a minute.
 */
@Component
class IndexedLocator implements Locator {

	private static final Logger log = LoggerFactory.getLogger(IndexedLocator.class);

	private final TerritoryStore store;
	private volatile GridIndex index = GridIndex.EMPTY;
	private volatile TerritoryStore.Fingerprint indexed = TerritoryStore.Fingerprint.NONE;

	IndexedLocator(TerritoryStore store) {
		this.store = store;
	}

	@Override
	public Optional<Location> locate(GeoPoint wgs84) {
		return index.locate(wgs84.lat(), wgs84.lng());
	}

	@Override
	public Optional<Location> locate(double lat, double lng, Crs crs) {
		return locate(CoordinateConversion.toWgs84(lat, lng, crs));
	}

	/** Rebuilds the index from the stored grids and swaps it in. */
	void reload() {
		TerritoryStore.Fingerprint fingerprint = store.fingerprint();
		Map<String, StoredUnit> units = store.all();
		List<GridIndex.Grid> grids = new ArrayList<>();
		for (StoredUnit unit : units.values()) {
			if (unit.level() != TerritoryLevel.GRID) {
				continue;
			}
			StoredUnit community = parentOf(unit, units);
			StoredUnit street = community == null ? null : parentOf(community, units);
			StoredUnit district = street == null ? null : parentOf(street, units);
			if (district == null) {
				// imports check parents, so this is only possible after hand edits of the table
				log.warn("Grid {} is not under a complete community/street/district chain; left out of the locator",
						unit.code());
				continue;
			}
			grids.add(new GridIndex.Grid(unit.geometry(), new Location(unit.toUnit().area(), community.toUnit().area(),
					street.toUnit().area(), district.toUnit().area())));
		}
		index = new GridIndex(grids);
		indexed = fingerprint;
		log.info("Territory locator indexed {} grids", grids.size());
	}

	/** Another node imported a territory file: reload now rather than at the next scheduled check. */
	@org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
	void onTerritoryChanged(org.steward.cluster.ReferenceDataChanged changed) {
		if (changed.relayed() && changed.kind() == org.steward.cluster.ReferenceDataChanged.Kind.TERRITORY) {
			reload();
		}
	}

	/** Reloads when another node (or anything else) changed the stored territory. */
	@Scheduled(fixedDelayString = "${steward.territory.locator-refresh:PT1M}",
			initialDelayString = "${steward.territory.locator-refresh:PT1M}")
	void refreshIfChanged() {
		if (!store.fingerprint().equals(indexed)) {
			reload();
		}
	}

	/** Another node imported territory (or this node reconnected and may have missed it). */
	@TransactionalEventListener(fallbackExecution = true)
	void on(ReferenceDataChanged event) {
		if (event.kind() == ReferenceDataChanged.Kind.TERRITORY && event.relayed()) {
			refreshIfChanged();
		}
	}

	int indexedGrids() {
		return index.size();
	}

	private static @org.jspecify.annotations.Nullable StoredUnit parentOf(StoredUnit unit, Map<String, StoredUnit> units) {
		return unit.parentCode() == null ? null : units.get(unit.parentCode());
	}
}
