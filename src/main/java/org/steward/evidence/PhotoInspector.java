package org.steward.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.steward.territory.GeoPoint;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;

/**
 * What a photo really is, judged from its bytes: the declared content type of an upload is
 * whatever the client says, so a script renamed to .jpg must not pass as a photo.
 */
public final class PhotoInspector {

	static final String JPEG = "image/jpeg";

	static final String PNG = "image/png";

	static final String WEBP = "image/webp";

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private PhotoInspector() {
	}

	/** JPEG, PNG or WebP by magic bytes; empty for anything else. */
	public static Optional<String> contentType(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (startsWith(bytes, PNG_SIGNATURE, 0)) {
			return Optional.of(PNG);
		}
		if (bytes.length >= 12 && startsWith(bytes, new byte[] { 'R', 'I', 'F', 'F' }, 0)
				&& startsWith(bytes, new byte[] { 'W', 'E', 'B', 'P' }, 8)) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	/** The GPS position in the photo's EXIF (WGS-84 by the EXIF standard), if it has a usable one. */
	public static Optional<GeoPoint> gpsPosition(byte[] bytes) {
		try {
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
			for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
				@Nullable GeoLocation location = gps.getGeoLocation();
				if (location != null && !location.isZero() && Math.abs(location.getLatitude()) <= 90
						&& Math.abs(location.getLongitude()) <= 180) {
					return Optional.of(new GeoPoint(location.getLatitude(), location.getLongitude()));
				}
			}
			return Optional.empty();
		}
		catch (ImageProcessingException | IOException | RuntimeException unreadable) {
			// a photo without readable metadata is still a photo; it just cannot place the report
			return Optional.empty();
		}
	}

	/** A photo of more pixels than this is refused before it is decoded (a 20000 × 20000 PNG is 400 million). */
	public static final long MAX_PIXELS = 50_000_000L;

	/** The longest side a stored photo keeps; larger ones are scaled down while decoding. */
	static final int MAX_SIDE = 4096;

	/**
	 * The photo as it is stored: a JPEG or PNG decoded (at most {@link #MAX_PIXELS} pixels by its header,
	 * scaled down to {@link #MAX_SIDE} on its longest side while decoding) and encoded again in its own
	 * format, so no metadata (EXIF position, camera, comments) and nothing hidden after the image survives.
	 * A WebP, which the platform cannot decode, is kept as sent once its header's size passes. Empty when
	 * the bytes are not a decodable photo or have too many pixels; see {@link #pixels} for which.
	 */
	public static Optional<byte[]> cleaned(byte[] bytes) {
		Optional<String> type = contentType(bytes);
		if (type.isEmpty()) {
			return Optional.empty();
		}
		long pixels = pixels(bytes);
		if (pixels <= 0 || pixels > MAX_PIXELS) {
			return Optional.empty();
		}
		if (type.get().equals(WEBP)) {
			return Optional.of(bytes);
		}
		try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO
			.createImageInputStream(new ByteArrayInputStream(bytes))) {
			java.util.Iterator<javax.imageio.ImageReader> readers = javax.imageio.ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return Optional.empty();
			}
			javax.imageio.ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				int step = Math.max(1, (int) Math.ceil(Math.max(width, height) / (double) MAX_SIDE));
				javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceSubsampling(step, step, 0, 0);
				java.awt.image.BufferedImage image = reader.read(0, param);
				boolean jpeg = type.get().equals(JPEG);
				java.awt.image.BufferedImage out = image;
				if (jpeg && image.getType() != java.awt.image.BufferedImage.TYPE_INT_RGB
						&& image.getType() != java.awt.image.BufferedImage.TYPE_3BYTE_BGR
						&& image.getType() != java.awt.image.BufferedImage.TYPE_BYTE_GRAY) {
					out = new java.awt.image.BufferedImage(image.getWidth(), image.getHeight(),
							java.awt.image.BufferedImage.TYPE_INT_RGB);
					java.awt.Graphics2D g = out.createGraphics();
					g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
					g.dispose();
				}
				java.io.ByteArrayOutputStream encoded = new java.io.ByteArrayOutputStream();
				if (!javax.imageio.ImageIO.write(out, jpeg ? "jpg" : "png", encoded)) {
					return Optional.empty();
				}
				return Optional.of(encoded.toByteArray());
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException undecodable) {
			return Optional.empty();
		}
	}

	/** The pixel count the photo's header declares, read without decoding it; 0 when unreadable. */
	public static long pixels(byte[] bytes) {
		Optional<String> type = contentType(bytes);
		if (type.isPresent() && type.get().equals(WEBP)) {
			return webpPixels(bytes);
		}
		try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO
			.createImageInputStream(new ByteArrayInputStream(bytes))) {
			java.util.Iterator<javax.imageio.ImageReader> readers = javax.imageio.ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return 0;
			}
			javax.imageio.ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				return (long) reader.getWidth(0) * reader.getHeight(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException unreadable) {
			return 0;
		}
	}

	/** Width × height from a WebP's VP8, VP8L or VP8X header. */
	private static long webpPixels(byte[] b) {
		if (b.length < 30) {
			return 0;
		}
		String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
		return switch (chunk) {
			case "VP8 " -> (long) ((b[26] & 0xFF) | (b[27] & 0x3F) << 8) * ((b[28] & 0xFF) | (b[29] & 0x3F) << 8);
			case "VP8L" -> {
				int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
				yield (long) ((bits & 0x3FFF) + 1) * (((bits >> 14) & 0x3FFF) + 1);
			}
			case "VP8X" -> (long) (1 + ((b[24] & 0xFF) | (b[25] & 0xFF) << 8 | (b[26] & 0xFF) << 16))
					* (1 + ((b[27] & 0xFF) | (b[28] & 0xFF) << 8 | (b[29] & 0xFF) << 16));
			default -> 0;
		};
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", impossible);
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix, int offset) {
		if (bytes.length < offset + prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[offset + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
