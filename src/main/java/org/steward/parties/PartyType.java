package org.steward.parties;

/** The kinds of party the station works with (三联). */
public enum PartyType {
	MERCHANT, ORGANISATION, PROPERTY_MANAGEMENT, RESIDENTIAL_COMPOUND, COMMUNITY_COMMITTEE
}
