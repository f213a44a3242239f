package org.steward.territory;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link TerritoryShapes} over the stored territory: sees an import once it is committed. */
@Component
class StoredTerritoryShapes implements TerritoryShapes {

	private final TerritoryStore store;

	StoredTerritoryShapes(TerritoryStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Shape> shapes(TerritoryLevel level) {
		return store.byLevel(level).stream().map(u -> new Shape(u.toUnit(), u.geometry())).toList();
	}
}
