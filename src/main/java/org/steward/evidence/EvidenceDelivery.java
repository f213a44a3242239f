package org.steward.evidence;

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
public final class EvidenceDelivery {

	/** How one file is served: its content type and whether it opens in the browser. */
	public record Delivery(MediaType type, boolean inline) {
	}

	private static final Set<String> DOWNLOADABLE = Set.of("application/pdf", "video/mp4", "video/quicktime",
			"audio/mpeg", "audio/mp4", "audio/amr", "application/zip", "application/msword",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");

	private EvidenceDelivery() {
	}

	public static Delivery of(String declared, byte[] content) {
		// a photo as the platform judges every photo, so evidence and report photos agree
		Optional<String> image = Photos.typeOf(content);
		if (image.isPresent()) {
			return new Delivery(MediaType.parseMediaType(image.get()), true);
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
}
