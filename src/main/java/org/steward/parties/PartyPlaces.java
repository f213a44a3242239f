package org.steward.parties;

import java.util.List;

import org.springframework.stereotype.Component;
import org.steward.territory.Place;
import org.steward.territory.PlaceSource;

/**
 * Registered parties with a position, for the gazetteer's place search: name, address and point,
 * which every shop shows on its sign. Contacts and phones never leave this module this way.
 */
@Component
class PartyPlaces implements PlaceSource {

	private final Parties parties;

	PartyPlaces(Parties parties) {
		this.parties = parties;
	}

	@Override
	public List<Place> placesContaining(String text, int limit) {
		if (text.isBlank()) {
			return List.of();
		}
		// ask for more than wanted: parties without a position are dropped after the query
		return parties.search(text, Math.max(limit, 1) * 2)
			.stream()
			.filter(p -> p.lat() != null && p.lng() != null)
			.map(p -> new Place(p.type() == PartyType.MERCHANT ? "shop" : "organisation", p.name(), p.name(), p.address(),
					p.lat(), p.lng()))
			.limit(limit)
			.toList();
	}
}
