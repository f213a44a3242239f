package org.steward.organization;

import org.jspecify.annotations.Nullable;

/**
 * An expected refusal of a change to the organisation: the rule it broke, the form field it
 * concerns and a message key for the page. Mapped once to a problem (API) or an inline message
 * (pages).
 */
class OrganizationRejection extends RuntimeException {

	enum Kind {
		NOT_FOUND, INVALID, CONFLICT
	}

	private final Kind kind;

	private final String rule;

	private final @Nullable String field;

	private final String messageKey;

	private final Object[] arguments;

	private OrganizationRejection(Kind kind, String rule, @Nullable String field, String messageKey, String message,
			Object... arguments) {
		super(message);
		this.kind = kind;
		this.rule = rule;
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	static OrganizationRejection unknownStation(String code) {
		return new OrganizationRejection(Kind.NOT_FOUND, "unknown-station", null, "organization.error.unknownStation",
				"No station with code " + code, code);
	}

	static OrganizationRejection unknownOfficer(String code) {
		return new OrganizationRejection(Kind.INVALID, "unknown-officer", "officer", "organization.error.unknownOfficer",
				"No officer with code " + code, code);
	}

	static OrganizationRejection unknownShift(long id) {
		return new OrganizationRejection(Kind.NOT_FOUND, "unknown-shift", null, "organization.error.unknownShift",
				"No duty shift " + id + " at this station", id);
	}

	static OrganizationRejection officerNotOfStation(String officerCode, String stationCode) {
		return new OrganizationRejection(Kind.INVALID, "officer-not-of-station", "officer",
				"organization.error.officerNotOfStation",
				"Officer " + officerCode + " does not belong to station " + stationCode, officerCode, stationCode);
	}

	static OrganizationRejection officerInactive(String officerCode) {
		return new OrganizationRejection(Kind.INVALID, "officer-inactive", "officer", "organization.error.officerInactive",
				"Officer " + officerCode + " is not active", officerCode);
	}

	static OrganizationRejection gridCodeMalformed(String gridCode) {
		return new OrganizationRejection(Kind.INVALID, "grid-code-malformed", "gridCode",
				"organization.error.gridCodeMalformed",
				"A grid code has 15 digits (or 14, CJ/T 349), was " + gridCode, gridCode);
	}

	static OrganizationRejection gridOutsideStation(String gridCode, String stationCode) {
		return new OrganizationRejection(Kind.INVALID, "grid-outside-station", "gridCode",
				"organization.error.gridOutsideStation",
				"Grid " + gridCode + " is not in a community served by station " + stationCode, gridCode, stationCode);
	}

	static OrganizationRejection gridHeldByOtherStation(String gridCode, String otherStation) {
		return new OrganizationRejection(Kind.CONFLICT, "grid-held-by-other-station", "gridCode",
				"organization.error.gridHeldByOtherStation",
				"Grid " + gridCode + " is already answered for by station " + otherStation, gridCode, otherStation);
	}

	static OrganizationRejection shiftEndsBeforeStart() {
		return new OrganizationRejection(Kind.INVALID, "shift-ends-before-start", "end",
				"organization.error.shiftEndsBeforeStart", "A shift must end after it starts");
	}

	static OrganizationRejection shiftTooLong(long maxHours) {
		return new OrganizationRejection(Kind.INVALID, "shift-too-long", "end", "organization.error.shiftTooLong",
				"A shift lasts at most " + maxHours + " hours", maxHours);
	}

	static OrganizationRejection shiftOverlaps(String officerCode) {
		return new OrganizationRejection(Kind.CONFLICT, "shift-overlaps", "start", "organization.error.shiftOverlaps",
				"Officer " + officerCode + " already has a shift in that time", officerCode);
	}

	Kind kind() {
		return kind;
	}

	String rule() {
		return rule;
	}

	@Nullable String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments.clone();
	}
}
