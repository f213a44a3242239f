package org.steward.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.steward.evidence.Photos;
import org.steward.cases.TrackingCode;
import org.steward.catalog.Catalog;
import org.steward.catalog.CategoryRules;
import org.steward.catalog.Urgency;
import org.steward.refusal.Refusal;
import org.steward.territory.CoordinateConversion;
import org.steward.territory.Crs;
import org.steward.territory.GeoPoint;

/**
 * The rules a report must meet before anything is stored. Collects every bad field so that a
 * resident on a phone fixes them all in one go.
 */
@Component
class ReportPolicy {

	static final int MAX_PHOTOS = Photos.MAX_PHOTOS;

	static final long MAX_PHOTO_BYTES = Photos.MAX_BYTES;

	static final int MIN_DESCRIPTION = 5;

	static final int MAX_DESCRIPTION = 2000;

	static final int MAX_ADDRESS = 200;

	static final int MAX_NAME = 50;

	/** Mainland mobile numbers, and landlines with a 3- or 4-digit area code (hyphen optional). */
	/** Where updates may go: a mainland mobile (SMS) or an e-mail address. */
	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private static final int MAX_EMAIL = 254;

	private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

	private final Catalog catalog;

	ReportPolicy(Catalog catalog) {
		this.catalog = catalog;
	}

	/** @throws Refusal invalid, naming every bad field */
	ValidatedReport check(ReportRequest request, List<PhotoUpload> uploads) {
		return check(request, uploads, null);
	}

	/**
	 * As {@link #check(ReportRequest, List)}; a resident's report ({@code channel} PUBLIC) may not use a
	 * category the administrator keeps off the public form.
	 *
	 * @throws Refusal invalid, naming every bad field
	 */
	ValidatedReport check(ReportRequest request, List<PhotoUpload> uploads, org.steward.cases.@Nullable Channel channel) {
		List<Refusal.FieldError> violations = new ArrayList<>();

		String categoryCode = trimmed(request.categoryCode());
		if (categoryCode == null) {
			violations.add(Refusal.FieldError.of("categoryCode", "intake.refused.category.required"));
		}
		else {
			Optional<CategoryRules> rules = catalog.current(categoryCode);
			if (rules.isEmpty()) {
				violations.add(Refusal.FieldError.of("categoryCode", "intake.refused.category.unknown", categoryCode));
			}
			else if (!rules.get().active()) {
				violations.add(Refusal.FieldError.of("categoryCode", "intake.refused.category.inactive", categoryCode));
			}
			else if (channel == org.steward.cases.Channel.PUBLIC && !offeredToPublic(categoryCode)) {
				violations.add(Refusal.FieldError.of("categoryCode", "intake.refused.category.notOffered", categoryCode));
			}
		}

		String description = trimmed(request.description());
		int descriptionLength = description == null ? 0 : description.codePointCount(0, description.length());
		if (descriptionLength < MIN_DESCRIPTION || descriptionLength > MAX_DESCRIPTION) {
			violations.add(Refusal.FieldError.of("description", "intake.refused.description.length"));
		}

		String address = trimmed(request.address());
		if (address != null && address.length() > MAX_ADDRESS) {
			violations.add(Refusal.FieldError.of("address", "intake.refused.address.length"));
		}

		Urgency urgency = Urgency.NORMAL;
		String urgencyText = trimmed(request.urgency());
		if (urgencyText != null) {
			try {
				urgency = Urgency.valueOf(urgencyText.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException unknown) {
				violations.add(Refusal.FieldError.of("urgency", "intake.refused.urgency.invalid"));
			}
		}

		String name = null;
		String phone = null;
		String updatesTo = null;
		if (request.reporter() != null) {
			updatesTo = trimmed(request.reporter().updatesTo());
			if (updatesTo != null && !(MOBILE.matcher(updatesTo).matches()
					|| updatesTo.length() <= MAX_EMAIL && EMAIL.matcher(updatesTo).matches())) {
				violations.add(Refusal.FieldError.of("reporter.updatesTo", "intake.refused.updatesTo.invalid"));
			}
			name = trimmed(request.reporter().name());
			if (name != null && name.length() > MAX_NAME) {
				violations.add(Refusal.FieldError.of("reporter.name", "intake.refused.name.length"));
			}
			phone = trimmed(request.reporter().phone());
			if (phone != null && !PHONE.matcher(phone).matches()) {
				violations.add(Refusal.FieldError.of("reporter.phone", "intake.refused.phone.invalid"));
			}
		}

		String joinCase = trimmed(request.joinCase());
		if (joinCase != null) {
			joinCase = joinCase.toUpperCase(Locale.ROOT);
			// a join code has the tracking code's form; a case number is never accepted (it can be guessed)
			if (!TrackingCode.isValid(joinCase)) {
				violations.add(Refusal.FieldError.of("joinCase", "intake.refused.joinCase.format"));
			}
		}

		List<ValidatedReport.InspectedPhoto> photos = inspect(uploads, violations);

		GeoPoint location = null;
		Crs crs = null;
		ValidatedReport.LocationSource source = ValidatedReport.LocationSource.CLIENT;
		ReportRequest.LocationJson given = request.location();
		if (given == null || (given.lat() == null && given.lng() == null)) {
			Optional<GeoPoint> fromPhoto = photos.stream().map(ValidatedReport.InspectedPhoto::gps)
				.filter(java.util.Objects::nonNull).findFirst();
			if (fromPhoto.isPresent()) {
				location = fromPhoto.get();
				source = ValidatedReport.LocationSource.EXIF;
			}
			else {
				violations.add(Refusal.FieldError.of("location", "intake.refused.location.required"));
			}
		}
		else {
			location = clientLocation(given, violations);
			crs = location == null ? null : crsOf(given.crs());
		}

		if (!violations.isEmpty()) {
			throw Refusal.invalid(violations);
		}
		return new ValidatedReport(categoryCode, description, location, source, crs, address, urgency, name, phone,
				joinCase, photos, updatesTo);
	}

	private static @Nullable GeoPoint clientLocation(ReportRequest.LocationJson given, List<Refusal.FieldError> violations) {
		int before = violations.size();
		Double lat = given.lat();
		Double lng = given.lng();
		if (lat == null) {
			violations.add(Refusal.FieldError.of("location.lat", "intake.refused.lat.required"));
		}
		else if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
			violations.add(Refusal.FieldError.of("location.lat", "intake.refused.lat.range"));
		}
		if (lng == null) {
			violations.add(Refusal.FieldError.of("location.lng", "intake.refused.lng.required"));
		}
		else if (!Double.isFinite(lng) || lng < -180 || lng > 180) {
			violations.add(Refusal.FieldError.of("location.lng", "intake.refused.lng.range"));
		}
		String crsText = trimmed(given.crs());
		if (crsText != null && crsOf(crsText) == null) {
			violations.add(Refusal.FieldError.of("location.crs", "intake.refused.crs.invalid"));
		}
		if (violations.size() > before) {
			return null;
		}
		return CoordinateConversion.toWgs84(lat, lng, crsOf(crsText));
	}

	private static @Nullable Crs crsOf(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Crs.WGS84;
		}
		String normalised = text.strip().toUpperCase(Locale.ROOT).replace("-", "");
		for (Crs crs : Crs.values()) {
			if (crs.name().equals(normalised)) {
				return crs;
			}
		}
		return null;
	}

	/** Every photo in Steward is judged by the same rules: evidence's. */
	static List<ValidatedReport.InspectedPhoto> inspect(List<PhotoUpload> uploads,
			List<Refusal.FieldError> violations) {
		Photos.Inspection inspection = Photos
			.inspect(uploads.stream().map(u -> new Photos.Upload(u.fileName(), u.declaredType(), u.bytes())).toList());
		violations.addAll(inspection.problems());
		return inspection.photos()
			.stream()
			.map(p -> new ValidatedReport.InspectedPhoto(p.bytes(), p.contentType(), p.sha256(), p.gps()))
			.toList();
	}

	private static @Nullable String trimmed(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	private boolean offeredToPublic(String categoryCode) {
		org.steward.catalog.CategoryHandling handling = catalog.handling(categoryCode);
		// a test double of the catalogue answers null for what it was not told
		return handling == null || handling.offeredToPublic();
	}
}
