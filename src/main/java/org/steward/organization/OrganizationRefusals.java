package org.steward.organization;

import org.steward.refusal.Refusal;

/**
 * The organisation's refusals, each a code of {@code i18n/organization}: an unknown station or shift
 * (404), a station outside the caller's data scope or a roster they may not edit (403), a shift or grid
 * already taken (409), and bad fields of a shift, a grid assignment or a point to locate (400).
 */
final class OrganizationRefusals {

	private OrganizationRefusals() {
	}

	// ------------------------------------------------------------ not found

	static Refusal unknownStation(String code) {
		return Refusal.notFound("organization.refused.unknownStation", code);
	}

	static Refusal unknownShift(long id) {
		return Refusal.notFound("organization.refused.unknownShift", String.valueOf(id));
	}

	/** A located point lies in no grid of the service area. */
	static Refusal outsideServiceArea(double lat, double lng) {
		return Refusal.notFound("organization.refused.outsideServiceArea", String.valueOf(lat), String.valueOf(lng));
	}

	// ------------------------------------------------------------ forbidden

	static Refusal outsideScope(String stationCode) {
		return Refusal.forbidden("organization.refused.outsideScope", stationCode);
	}

	static Refusal mayNotEditRoster(String stationCode) {
		return Refusal.forbidden("organization.refused.mayNotEditRoster", stationCode);
	}

	static Refusal noAccount() {
		return Refusal.forbidden("organization.refused.noAccount");
	}

	// ------------------------------------------------------------ conflicts

	static Refusal gridHeldByOtherStation(String gridCode, String otherStation) {
		return Refusal.conflict("organization.refused.gridHeldByOtherStation", gridCode, otherStation)
			.with("station", otherStation);
	}

	static Refusal shiftOverlaps(String officerCode) {
		return Refusal.conflict("organization.refused.shiftOverlaps", officerCode);
	}

	// ------------------------------------------------------------ bad fields

	static Refusal unknownOfficer(String code) {
		return Refusal.invalid("officer", "organization.refused.unknownOfficer", code);
	}

	static Refusal officerNotOfStation(String officerCode, String stationCode) {
		return Refusal.invalid("officer", "organization.refused.officerNotOfStation", officerCode, stationCode);
	}

	static Refusal officerInactive(String officerCode) {
		return Refusal.invalid("officer", "organization.refused.officerInactive", officerCode);
	}

	static Refusal gridCodeMalformed(String gridCode) {
		return Refusal.invalid("gridCode", "organization.refused.gridCodeMalformed", gridCode);
	}

	static Refusal gridOutsideStation(String gridCode, String stationCode) {
		return Refusal.invalid("gridCode", "organization.refused.gridOutsideStation", gridCode, stationCode);
	}

	static Refusal shiftEndsBeforeStart() {
		return Refusal.invalid("end", "organization.refused.shiftEndsBeforeStart");
	}

	static Refusal shiftTooLong(long maxHours) {
		return Refusal.invalid("end", "organization.refused.shiftTooLong", String.valueOf(maxHours));
	}

	static Refusal.FieldError required(String field) {
		return Refusal.FieldError.of(field, "organization.refused.required");
	}

	static Refusal.FieldError dateTime(String field) {
		return Refusal.FieldError.of(field, "organization.refused.dateTime");
	}

	static Refusal.FieldError notADegree(String field) {
		return Refusal.FieldError.of(field, "organization.refused.notADegree");
	}

	static Refusal.FieldError degreeOutOfRange(String field, int limit, String typed) {
		return Refusal.FieldError.of(field, "organization.refused.degreeOutOfRange", String.valueOf(limit), typed);
	}

	/** Territory found no place on the globe for the point, e.g. once converted from another datum. */
	static Refusal pointOffTheGlobe(double lat, double lng) {
		return Refusal.invalid("lat", "organization.refused.pointOffTheGlobe", String.valueOf(lat), String.valueOf(lng));
	}

	static Refusal.FieldError unknownCrs(String typed) {
		return Refusal.FieldError.of("crs", "organization.refused.unknownCrs", typed);
	}
}
