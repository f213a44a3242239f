package org.steward.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.refusal.Refusal;
import org.steward.catalog.Catalog;
import org.steward.catalog.CategoryRules;
import org.steward.catalog.Urgency;
import org.steward.territory.Crs;

class ReportPolicyTests {

	private final Catalog catalog = mock(Catalog.class);

	private final ReportPolicy policy = new ReportPolicy(catalog);

	@BeforeEach
	void categories() {
		CategoryRules active = mock(CategoryRules.class);
		when(active.active()).thenReturn(true);
		CategoryRules retired = mock(CategoryRules.class);
		when(retired.active()).thenReturn(false);
		when(catalog.current("0101")).thenReturn(Optional.of(active));
		when(catalog.current("0999")).thenReturn(Optional.of(retired));
		when(catalog.current("9999")).thenReturn(Optional.empty());
	}

	private static ReportRequest valid() {
		return new ReportRequest("0101", "违建正在搭框架", new ReportRequest.LocationJson(34.7985, 113.683, "WGS84"), null,
				null, null, null);
	}

	private List<String> badFields(ReportRequest request, List<PhotoUpload> photos) {
		Refusal invalid = catchThrowableOfType(Refusal.class, () -> policy.check(request, photos));
		assertThat(invalid).as("the report should be refused").isNotNull();
		assertThat(invalid.kind()).isEqualTo(Refusal.Kind.INVALID);
		return invalid.fields().stream().map(Refusal.FieldError::field).toList();
	}

	private static PhotoUpload upload(byte[] bytes) {
		return new PhotoUpload("p.jpg", "image/jpeg", bytes);
	}

	@Test
	void acceptsAValidReportWithDefaults() {
		ValidatedReport report = policy.check(valid(), List.of());
		assertThat(report.urgency()).isEqualTo(Urgency.NORMAL);
		assertThat(report.originalCrs()).isEqualTo(Crs.WGS84);
		assertThat(report.locationSource()).isEqualTo(ValidatedReport.LocationSource.CLIENT);
	}

	@Test
	void refusesUnknownAndInactiveCategories() {
		ReportRequest unknown = new ReportRequest("9999", "违建正在搭框架", valid().location(), null, null, null, null);
		ReportRequest retired = new ReportRequest("0999", "违建正在搭框架", valid().location(), null, null, null, null);
		ReportRequest none = new ReportRequest(" ", "违建正在搭框架", valid().location(), null, null, null, null);
		assertThat(badFields(unknown, List.of())).containsExactly("categoryCode");
		assertThat(badFields(retired, List.of())).containsExactly("categoryCode");
		assertThat(badFields(none, List.of())).containsExactly("categoryCode");
	}

	@Test
	void namesEveryBadFieldAtOnce() {
		ReportRequest bad = new ReportRequest("9999", "短", new ReportRequest.LocationJson(91.0, -181.0, "UTM"),
				"x".repeat(201), "SOON", new ReportRequest.ReporterJson("y".repeat(51), "12345"), "nope");
		assertThat(badFields(bad, List.of())).containsExactlyInAnyOrder("categoryCode", "description", "location.lat",
				"location.lng", "location.crs", "address", "urgency", "reporter.name", "reporter.phone", "joinCase");
	}

	@Test
	void boundsTheDescriptionInCharactersNotBytes() {
		ReportRequest five = new ReportRequest("0101", "五个汉字啊", valid().location(), null, null, null, null);
		ReportRequest tooLong = new ReportRequest("0101", "字".repeat(2001), valid().location(), null, null, null, null);
		assertThat(policy.check(five, List.of()).description()).isEqualTo("五个汉字啊");
		assertThat(badFields(tooLong, List.of())).containsExactly("description");
	}

	@Test
	void acceptsMobileAndLandlineNumbers() {
		for (String phone : List.of("13812345678", "0371-12345678", "037112345678", "010-1234567")) {
			ReportRequest request = new ReportRequest("0101", "违建正在搭框架", valid().location(), null, null,
					new ReportRequest.ReporterJson(null, phone), null);
			assertThat(policy.check(request, List.of()).reporterPhone()).isEqualTo(phone);
		}
		for (String phone : List.of("12812345678", "1381234567", "138123456789", "+8613812345678", "abc")) {
			ReportRequest request = new ReportRequest("0101", "违建正在搭框架", valid().location(), null, null,
					new ReportRequest.ReporterJson(null, phone), null);
			assertThat(badFields(request, List.of())).as(phone).containsExactly("reporter.phone");
		}
	}

	@Test
	void convertsOtherCoordinateSystemsToWgs84() {
		ReportRequest gcj = new ReportRequest("0101", "违建正在搭框架", new ReportRequest.LocationJson(34.7971, 113.6889, "gcj02"),
				null, null, null, null);
		ValidatedReport report = policy.check(gcj, List.of());
		assertThat(report.originalCrs()).isEqualTo(Crs.GCJ02);
		assertThat(report.location().lat()).isNotCloseTo(34.7971, within(1e-4));
	}

	@Test
	void judgesPhotosByContentAndLimitsCountAndSize() {
		assertThat(policy.check(valid(), List.of(upload(TestPhotos.png()))).photos().getFirst().contentType())
			.as("a PNG declared as JPEG is a PNG").isEqualTo("image/png");
		assertThat(badFields(valid(), List.of(upload(TestPhotos.jpeg()),
				upload("hello".getBytes(StandardCharsets.UTF_8))))).containsExactly("photos[1]");
		byte[] big = new byte[(int) ReportPolicy.MAX_PHOTO_BYTES + 1];
		System.arraycopy(TestPhotos.jpeg(), 0, big, 0, 3);
		assertThat(badFields(valid(), List.of(upload(big)))).containsExactly("photos[0]");
		assertThat(badFields(valid(), Collections.nCopies(7, upload(TestPhotos.jpeg())))).containsExactly("photos");
		assertThat(policy.check(valid(), Collections.nCopies(6, upload(TestPhotos.jpeg()))).photos()).hasSize(6);
	}

	@Test
	void takesThePositionFromAPhotoWhenNoneWasGiven() {
		ReportRequest noLocation = new ReportRequest("0101", "违建正在搭框架", null, null, null, null, null);
		ValidatedReport report = policy.check(noLocation,
				List.of(upload(TestPhotos.jpeg()), upload(TestPhotos.jpegWithGps(34.7985, 113.683))));
		assertThat(report.locationSource()).isEqualTo(ValidatedReport.LocationSource.EXIF);
		assertThat(report.location().lat()).isCloseTo(34.7985, within(1e-6));
		assertThat(badFields(noLocation, List.of(upload(TestPhotos.jpeg())))).containsExactly("location");
		assertThat(badFields(new ReportRequest("0101", "违建正在搭框架", new ReportRequest.LocationJson(34.0, null, null), null,
				null, null, null), List.of())).containsExactly("location.lng");
	}
}
