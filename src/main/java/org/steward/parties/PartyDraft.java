package org.steward.parties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.steward.refusal.Refusal;
import org.steward.territory.Crs;

/**
 * A party as entered by an officer, an API client or a CSV row, before it is checked. {@link #problems()}
 * names every bad field, so a form shows them inline and an import reports them per row.
 */
record PartyDraft(@Nullable String type, @Nullable String name, @Nullable String creditCode, @Nullable String address,
		@Nullable Double lat, @Nullable Double lng, @Nullable String crs, List<Contact> contacts,
		@Nullable String licenceStatus, @Nullable LocalDate frontageFrom, @Nullable LocalDate frontageTo) {

	PartyDraft {
		contacts = contacts == null ? List.of() : List.copyOf(contacts);
	}

	record Contact(@Nullable String name, @Nullable String phone, @Nullable String role) {
	}

	/** One bad field: its path, the English sentence of a CSV import report, and its refusal code with arguments. */
	record FieldProblem(String field, String message, Refusal.FieldError error) {

		FieldProblem(String field, String message, String code) {
			this(field, message, Refusal.FieldError.of(field, code));
		}
	}

	List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (parse(PartyType.class, type) == null) {
			problems.add(new FieldProblem("type", "must be one of MERCHANT, ORGANISATION, PROPERTY_MANAGEMENT, "
					+ "RESIDENTIAL_COMPOUND, COMMUNITY_COMMITTEE", "parties.refused.party.type"));
		}
		if (blank(name) || name.strip().length() > 200) {
			problems.add(new FieldProblem("name", "is required (at most 200 characters)", "parties.refused.party.name"));
		}
		if (!blank(creditCode)) {
			String code = normalisedCreditCode();
			CreditCode.problem(code).ifPresent(p -> problems.add(new FieldProblem("creditCode", p, CreditCode.refusal(code))));
		}
		if (blank(address) || address.strip().length() > 300) {
			problems.add(new FieldProblem("address", "is required (at most 300 characters)", "parties.refused.party.address"));
		}
		if ((lat == null) != (lng == null)) {
			problems.add(new FieldProblem("location", "needs both lat and lng", "parties.refused.party.location"));
		}
		else if (lat != null && (lat < -90 || lat > 90 || lng < -180 || lng > 180)) {
			problems.add(new FieldProblem("location", "lat must be within ±90 and lng within ±180", "parties.refused.party.location"));
		}
		if (!blank(crs) && parse(Crs.class, crs) == null) {
			problems.add(new FieldProblem("location.crs", "must be WGS84, GCJ02 or BD09", "parties.refused.party.location.crs"));
		}
		if (!blank(licenceStatus) && parse(LicenceStatus.class, licenceStatus) == null) {
			problems.add(new FieldProblem("licenceStatus", "must be LICENSED, UNLICENSED, EXPIRED or NOT_REQUIRED", "parties.refused.party.licenceStatus"));
		}
		if (frontageFrom != null && frontageTo != null && frontageTo.isBefore(frontageFrom)) {
			problems.add(new FieldProblem("frontageTo", "the 门前三包 agreement cannot end before it starts", "parties.refused.party.frontageTo"));
		}
		for (int i = 0; i < contacts.size(); i++) {
			Contact c = contacts.get(i);
			// the column holds the sealed form (org.steward.privacy), so the length is checked here
			if (blank(c.name()) || c.name().strip().length() > 100) {
				problems.add(new FieldProblem("contacts[" + i + "].name", "is required (at most 100 characters)",
						"parties.refused.party.contacts.name"));
			}
			if (c.phone() == null || !c.phone().strip().matches("[0-9+\\-]{7,20}")) {
				problems.add(new FieldProblem("contacts[" + i + "].phone", "must be a phone number of 7 to 20 digits", "parties.refused.party.contacts.phone"));
			}
		}
		return problems;
	}

	PartyType partyType() {
		return PartyType.valueOf(type.strip().toUpperCase(Locale.ROOT));
	}

	LicenceStatus licence() {
		return blank(licenceStatus) ? LicenceStatus.NOT_REQUIRED
				: LicenceStatus.valueOf(licenceStatus.strip().toUpperCase(Locale.ROOT));
	}

	Crs coordinateSystem() {
		return blank(crs) ? Crs.WGS84 : Crs.valueOf(crs.strip().toUpperCase(Locale.ROOT));
	}

	@Nullable String normalisedCreditCode() {
		return blank(creditCode) ? null : creditCode.strip().toUpperCase(Locale.ROOT);
	}

	static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
