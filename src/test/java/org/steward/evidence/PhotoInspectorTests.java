package org.steward.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.steward.intake.TestPhotos;
import org.steward.territory.GeoPoint;

class PhotoInspectorTests {

	@Test
	void judgesTheTypeFromTheBytes() {
		assertThat(PhotoInspector.contentType(TestPhotos.jpeg())).contains("image/jpeg");
		assertThat(PhotoInspector.contentType(TestPhotos.png())).contains("image/png");
		byte[] webp = "RIFF\u0000\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(PhotoInspector.contentType(webp)).contains("image/webp");
		assertThat(PhotoInspector.contentType("<?php echo 1; ?>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(PhotoInspector.contentType(new byte[0])).isEmpty();
		assertThat(PhotoInspector.contentType("RIFF0000WAVE".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
	}

	@Test
	void readsTheGpsPositionFromExif() {
		GeoPoint point = PhotoInspector.gpsPosition(TestPhotos.jpegWithGps(34.7985, 113.6830)).orElseThrow();
		assertThat(point.lat()).isCloseTo(34.7985, within(1e-6));
		assertThat(point.lng()).isCloseTo(113.6830, within(1e-6));
	}

	@Test
	void findsNoPositionInAPhotoWithoutExif() {
		assertThat(PhotoInspector.gpsPosition(TestPhotos.jpeg())).isEmpty();
		assertThat(PhotoInspector.gpsPosition(TestPhotos.png())).isEmpty();
		assertThat(PhotoInspector.gpsPosition("not an image".getBytes(StandardCharsets.UTF_8))).isEmpty();
	}
}
