package org.steward.parties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A registered party with its contacts; phones are as stored (callers mask them for the viewer). */
public record Party(long id, PartyType type, String name, @Nullable String creditCode, String address, @Nullable Double lat,
		@Nullable Double lng, @Nullable String gridCode, LicenceStatus licenceStatus, @Nullable LocalDate frontageFrom,
		@Nullable LocalDate frontageTo, Instant createdAt, List<Contact> contacts) {

	public record Contact(String name, String phone, @Nullable String role) {
	}

	/** The same party with phones masked (138****5678) for everyone but the command centre. */
	public Party masked() {
		return new Party(id, type, name, creditCode, address, lat, lng, gridCode, licenceStatus, frontageFrom, frontageTo,
				createdAt, contacts.stream().map(c -> new Contact(c.name(), mask(c.phone()), c.role())).toList());
	}

	static String mask(String phone) {
		String digits = phone.strip();
		if (digits.length() < 7) {
			return "****";
		}
		return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
	}
}
