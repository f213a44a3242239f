package org.steward.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class EvidenceDeliveryTests {

	@Test
	void photosRecognisedByTheirBytesOpenInline() {
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00 };
		assertThat(EvidenceDelivery.of("image/jpeg", jpeg)).isEqualTo(new EvidenceDelivery.Delivery(MediaType.IMAGE_JPEG, true));
		// the bytes decide, whatever the uploader's client declared
		assertThat(EvidenceDelivery.of("application/octet-stream", jpeg).inline()).isTrue();
		byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(EvidenceDelivery.of("image/webp", webp).type().toString()).isEqualTo("image/webp");
	}

	@Test
	void scriptableFilesDeclaredAsImagesDownloadAsBytes() {
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
		assertThat(EvidenceDelivery.of("image/svg+xml", svg))
			.isEqualTo(new EvidenceDelivery.Delivery(MediaType.APPLICATION_OCTET_STREAM, false));
		assertThat(EvidenceDelivery.of("text/html; charset=utf-8", svg).type()).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
		assertThat(EvidenceDelivery.of("not a type", svg).type()).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
	}

	@Test
	void harmlessDocumentsKeepTheirTypeButDownload() {
		assertThat(EvidenceDelivery.of("application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo(new EvidenceDelivery.Delivery(MediaType.APPLICATION_PDF, false));
		assertThat(EvidenceDelivery.of("video/mp4", new byte[] { 0, 0, 0, 0x18 }).inline()).isFalse();
	}
}
