package org.steward.enforcement;

/** The kinds of party the station works with (三联). */
enum PartyType {
	MERCHANT, ORGANISATION, PROPERTY_MANAGEMENT, RESIDENTIAL_COMPOUND, COMMUNITY_COMMITTEE
}
