package org.steward.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.steward.intake.TestPhotos;

/**
 * A photo is judged by its header before it is decoded (a 20000 × 20000 PNG is refused without
 * allocating its 400 million pixels) and stored decoded and encoded again, so its metadata — the
 * reporter's camera, comments, the EXIF position — is not kept, while the position still places the report.
 */
class PhotoLimitsTests {

	/** A PNG whose header declares the size; its image data is a stub, never decoded. */
	static byte[] pngHeader(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
			.put((byte) 0).put((byte) 0).put((byte) 0).array());
		chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	@Test
	void aTwentyThousandSquarePngIsRefusedByItsHeaderNamingThePhoto() {
		byte[] huge = pngHeader(20_000, 20_000);
		assertThat(PhotoInspector.pixels(huge)).isEqualTo(400_000_000L);
		Photos.Inspection inspection = Photos.inspect(List.of(new Photos.Upload("ok.png", "image/png", TestPhotos.png()),
				new Photos.Upload("huge.png", "image/png", huge)));
		assertThat(inspection.photos()).hasSize(1);
		assertThat(inspection.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("photos[1]");
			assertThat(problem.code()).isEqualTo("evidence.refused.photo.pixels");
		});
	}

	@Test
	void aStoredPhotoKeepsItsPictureAndPositionButNotItsMetadata() {
		byte[] withGps = TestPhotos.jpegWithGps(34.7985, 113.683);
		assertThat(PhotoInspector.gpsPosition(withGps)).isPresent();
		Photos.Inspection inspection = Photos.inspect(List.of(new Photos.Upload("gps.jpg", "image/jpeg", withGps)));
		Photos.Photo kept = inspection.photos().get(0);
		assertThat(kept.gps()).isNotNull();
		assertThat(kept.contentType()).isEqualTo("image/jpeg");
		assertThat(PhotoInspector.gpsPosition(kept.bytes())).isEmpty();
		assertThat(new String(kept.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
		assertThat(kept.sha256()).isEqualTo(PhotoInspector.sha256(kept.bytes()));
		assertThat(PhotoInspector.pixels(kept.bytes())).isEqualTo(PhotoInspector.pixels(withGps));
	}

	@Test
	void somethingThatOnlyLooksLikeAPhotoIsRefused() {
		byte[] fake = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 'n', 'o', 't', ' ', 'a', ' ', 'j', 'p', 'g' };
		Photos.Inspection inspection = Photos.inspect(List.of(new Photos.Upload("x.jpg", "image/jpeg", fake)));
		assertThat(inspection.photos()).isEmpty();
		assertThat(inspection.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("photos[0]"));
	}
}
