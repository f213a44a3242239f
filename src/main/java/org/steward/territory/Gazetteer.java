package org.steward.territory;

import java.util.List;

/**
 * Names to places: streets, crossings, areas and landmarks of our vector layer, the territory's
 * subdistricts, communities, grids and compounds, and what other modules contribute (registered
 * shops). Answers from our own data only; nothing is looked up elsewhere.
 */
public interface Gazetteer {

	/** At most this many places per search. */
	int MAX_RESULTS = 20;

	/** Longest query the search takes (a name or an address line). */
	int MAX_QUERY = 100;

	/**
	 * Places whose name starts with or contains {@code query} (also an address containing it), best
	 * first: exact names, then prefixes, then the rest.
	 */
	List<Place> search(String query, int limit);

	/**
	 * The one place a free-text location names, as Open311's {@code address_string}: a place's own name,
	 * a shop's address, a text naming one landmark, compound or shop ("园田小区南门"), or two streets that
	 * cross ("园田路与经三路交叉口"). A street alone is a line, not a place, and so is ambiguous.
	 */
	Resolution resolve(String text);

	/** What a free-text location turned out to name. */
	sealed interface Resolution {

		record Found(Place place) implements Resolution {
		}

		record Unknown() implements Resolution {
		}

		/** Several places fit; {@code candidates} names some of them. */
		record Ambiguous(List<Place> candidates) implements Resolution {

			public Ambiguous {
				candidates = List.copyOf(candidates);
			}
		}
	}
}
