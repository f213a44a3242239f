package org.steward.open311;

import org.steward.refusal.Refusal;

/** How the Open311 server says no; texts in {@code i18n/open311} (zh-CN and English). */
final class Open311Refusals {

	private Open311Refusals() {
	}

	static Refusal badKey() {
		return Refusal.forbidden("open311.refused.apiKey");
	}

	static Refusal unknownJurisdiction(String jurisdiction) {
		return Refusal.notFound("open311.refused.jurisdiction", jurisdiction);
	}

	static Refusal unknownFormat(String format) {
		return Refusal.notFound("open311.refused.format", format);
	}

	static Refusal unknownService(String code) {
		return Refusal.notFound("open311.refused.service", code);
	}

	static Refusal unknownRequest(String id) {
		return Refusal.notFound("open311.refused.request", id);
	}

	static Refusal unknownToken(String token) {
		return Refusal.notFound("open311.refused.token", token);
	}

	static Refusal serviceCodeMissing() {
		return Refusal.invalid("service_code", "open311.refused.serviceCode.missing");
	}

	static Refusal serviceCodeNotFound(String code) {
		return Refusal.invalid("service_code", "open311.refused.serviceCode.notFound", code);
	}

	static Refusal locationMissing() {
		return Refusal.invalid("lat", "open311.refused.location.missing");
	}

	static Refusal addressIdUnknown() {
		return Refusal.invalid("address_id", "open311.refused.location.addressId");
	}

	static Refusal addressUnknown(String address) {
		return Refusal.invalid("address_string", "open311.refused.location.addressUnknown", address);
	}

	static Refusal addressAmbiguous(String address, java.util.List<String> candidates) {
		return Refusal.invalid("address_string", "open311.refused.location.addressAmbiguous", address,
				String.join(", ", candidates));
	}

	static Refusal badCoordinate(String field) {
		return Refusal.invalid(field, "open311.refused.location.number");
	}

	static Refusal badDate(String field) {
		return Refusal.invalid(field, "open311.refused.date");
	}

	static Refusal datesTooFarApart() {
		return Refusal.invalid("end_date", "open311.refused.dateRange");
	}

	static Refusal badStatus(String status) {
		return Refusal.invalid("status", "open311.refused.status", status);
	}

	static Refusal tooLong(String field, int max) {
		return Refusal.invalid(field, "open311.refused.tooLong", max);
	}

	static Refusal adminOnly() {
		return Refusal.forbidden("open311.refused.adminOnly");
	}

	static Refusal clientName() {
		return Refusal.invalid("name", "open311.refused.clientName");
	}
}
