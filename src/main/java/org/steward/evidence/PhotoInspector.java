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
