package org.steward.enforcement;

import java.util.Optional;
import java.util.Set;

import org.springframework.http.MediaType;

/**
 * How an evidence file is handed to the browser. A photo opens in the page (inline) so the officer
 * and the reviewer can look at it; anything else downloads (attachment). The declared content type
 * is whatever the uploader's client said, so a photo is recognised by its bytes, never by the
 * declaration alone: an HTML or SVG file declared as an image would otherwise run in the
 * station's origin. Other files keep a harmless declared type (PDF, video, audio, office) or go out
 * as octet-stream.
 */
final class EvidenceDelivery {

	/** How one file is served: its content type and whether it opens in the browser. */
	record Delivery(MediaType type, boolean inline) {
	}

	private static final Set<String> DOWNLOADABLE = Set.of("application/pdf", "video/mp4", "video/quicktime",
			"audio/mpeg", "audio/mp4", "audio/amr", "application/zip", "application/msword",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");

	private EvidenceDelivery() {
	}

	static Delivery of(String declared, byte[] content) {
		Optional<MediaType> image = imageType(content);
		if (image.isPresent()) {
			return new Delivery(image.get(), true);
		}
		MediaType type;
		try {
			type = MediaType.parseMediaType(declared);
		}
		catch (org.springframework.http.InvalidMediaTypeException ex) {
			type = MediaType.APPLICATION_OCTET_STREAM;
		}
		String bare = type.getType() + "/" + type.getSubtype();
		return new Delivery(DOWNLOADABLE.contains(bare) ? MediaType.parseMediaType(bare) : MediaType.APPLICATION_OCTET_STREAM,
				false);
	}

	/** JPEG, PNG, GIF or WebP by their magic bytes. */
	static Optional<MediaType> imageType(byte[] b) {
		if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return Optional.of(MediaType.IMAGE_JPEG);
		}
		if (startsWith(b, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, 0)) {
			return Optional.of(MediaType.IMAGE_PNG);
		}
		if (startsWith(b, new byte[] { 'G', 'I', 'F', '8' }, 0)) {
			return Optional.of(MediaType.IMAGE_GIF);
		}
		if (startsWith(b, new byte[] { 'R', 'I', 'F', 'F' }, 0) && startsWith(b, new byte[] { 'W', 'E', 'B', 'P' }, 8)) {
			return Optional.of(MediaType.parseMediaType("image/webp"));
		}
		return Optional.empty();
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
