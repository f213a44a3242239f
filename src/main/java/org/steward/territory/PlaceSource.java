package org.steward.territory;

import java.util.List;

/**
 * Places another module contributes to the gazetteer without the territory module depending on it
 * (the parties registry's shops: parties depends on territory, not the other way round). An
 * implementation answers only what may be shown to anyone: names, addresses, positions.
 */
public interface PlaceSource {

	/**
	 * Places whose name or address contains {@code text} (case-insensitive), at most {@code limit}.
	 * Places without a position are left out.
	 */
	List<Place> placesContaining(String text, int limit);
}
