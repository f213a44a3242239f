package org.steward.organization;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.refusal.Refusal;
import org.steward.territory.CoordinateConversion;
import org.steward.territory.Crs;
import org.steward.territory.GeoPoint;
import org.steward.territory.Location;
import org.steward.territory.Locator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * "Where am I and who answers here?" for the map and the report form: the grid and the levels
 * above it (territory's locator) plus the responsible station and officer (this module). Lives
 * here because the answer's station and officer belong to the organisation.
 */
@RestController
@Tag(name = "Territory")
class LocateApi {

	private final Locator locator;

	private final Organization organization;

	LocateApi(Locator locator, Organization organization) {
		this.locator = locator;
		this.organization = organization;
	}

	record Area(String code, String nameZh, String nameEn) {
		static Area of(Location.Area area) {
			return new Area(area.code(), area.nameZh(), area.nameEn());
		}
	}

	record StationAnswer(String code, String nameZh, String nameEn) {
	}

	record OfficerAnswer(String code, String name) {
	}

	record Point(double lat, double lng) {
	}

	record LocateAnswer(Area grid, Area community, Area street, Area district, @Nullable StationAnswer station,
			@Nullable OfficerAnswer officer, Point point) {
	}

	@Operation(summary = "Locate a point: its grid, community, street, district and responsible station and officer",
			description = "crs is WGS84 (GPS, default), GCJ02 (AMap, Tencent) or BD09 (Baidu); the answer's point is WGS-84. "
					+ "404 when the point is outside the service area.")
	@GetMapping("/api/v1/territory/locate")
	LocateAnswer locate(@RequestParam(required = false) @Nullable String lat,
			@RequestParam(required = false) @Nullable String lng,
			@RequestParam(defaultValue = "WGS84") String crs) {
		List<Refusal.FieldError> problems = new ArrayList<>();
		double latitude = coordinate("lat", lat, 90, problems);
		double longitude = coordinate("lng", lng, 180, problems);
		Crs system = crs(crs, problems);
		Refusal.throwIfAny(problems);
		Location location;
		GeoPoint wgs84;
		try {
			// territory refuses a point off the globe itself (a Refusal naming lat or lng passes through as it is)
			location = locator.locate(latitude, longitude, requireNonNull(system))
				.orElseThrow(() -> OrganizationRefusals.outsideServiceArea(latitude, longitude));
			wgs84 = CoordinateConversion.toWgs84(latitude, longitude, system);
		}
		catch (IllegalArgumentException offTheGlobe) {
			throw OrganizationRefusals.pointOffTheGlobe(latitude, longitude);
		}
		StationAnswer station = null;
		OfficerAnswer officer = null;
		var responsibility = organization.responsibilityFor(location.grid().code());
		if (responsibility.isPresent()) {
			var held = responsibility.get();
			station = new StationAnswer(held.station().code(), held.station().nameZh(), held.station().nameEn());
			officer = new OfficerAnswer(held.officer().code(), held.officer().name());
		}
		else {
			// No officer assigned to this grid yet: the station serving the community still answers.
			station = organization.stationForCommunity(location.community().code())
				.map(s -> new StationAnswer(s.code(), s.nameZh(), s.nameEn()))
				.orElse(null);
		}
		return new LocateAnswer(Area.of(location.grid()), Area.of(location.community()), Area.of(location.street()),
				Area.of(location.district()), station, officer, new Point(wgs84.lat(), wgs84.lng()));
	}

	/** Parsed here rather than bound, so every bad or missing coordinate is named in one answer. */
	private static double coordinate(String field, @Nullable String text, double limit,
			List<Refusal.FieldError> problems) {
		if (text == null || text.isBlank()) {
			problems.add(OrganizationRefusals.required(field));
			return Double.NaN;
		}
		double value;
		try {
			value = Double.parseDouble(text.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(OrganizationRefusals.notADegree(field));
			return Double.NaN;
		}
		if (!Double.isFinite(value) || value < -limit || value > limit) {
			problems.add(OrganizationRefusals.degreeOutOfRange(field, (int) limit, text.strip()));
		}
		return value;
	}

	private static @Nullable Crs crs(String text, List<Refusal.FieldError> problems) {
		try {
			return Crs.valueOf(text.strip().toUpperCase(Locale.ROOT).replace("-", ""));
		}
		catch (IllegalArgumentException ex) {
			problems.add(OrganizationRefusals.unknownCrs(text));
			return null;
		}
	}
}
