package org.steward.organization;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.steward.identity.DataScope;

/**
 * The organisation as other modules ask about it: which station and officer answer for a
 * grid (片区化管理责任制), who is on duty at a station, and where a station sits in the
 * brigade (its squad and its {@link DataScope.Jurisdiction}). Queries only; changes happen on
 * this module's own pages.
 */
public interface Organization {

	/** The station and officer answering for a unit grid; empty when nobody has been assigned. */
	Optional<GridResponsibility> responsibilityFor(String gridCode);

	/**
	 * The officers whose duty shift at {@code stationCode} covers {@code at}. An empty list is a
	 * normal answer (nobody is rostered then): callers fall back to the station head
	 * ({@link Station#headOfficerCode()}) and, failing that, to the squad.
	 */
	List<OfficerOnDuty> onDuty(String stationCode, Instant at);

	Optional<Station> station(String code);

	/** The station serving a 12-digit community code, if any. */
	Optional<Station> stationForCommunity(String communityCode);

	List<Station> stations();

	List<Squad> squads();

	Optional<Squad> squadOf(String stationCode);

	/** Codes of the squads whose brigade serves the district (6-digit code). */
	List<String> squadsOfDistrict(String districtCode);

	/** The districts the organisation's brigades serve. */
	List<String> districts();

	/** Active and inactive officers of a station, by code. */
	List<Officer> officersOf(String stationCode);

	Optional<Officer> officer(String code);

	/** The officer linked to an identity account, if the account belongs to an officer. */
	Optional<Officer> officerByUsername(String username);

	/**
	 * Where a station sits: district, squad, the station itself and its (first) community, so
	 * {@link DataScope#covers} can decide whether an account may see its records.
	 */
	Optional<DataScope.Jurisdiction> jurisdictionOf(String stationCode);
}
