package org.steward.intake;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.steward.cases.Evidence;

/**
 * Intake's photo handling for other modules, so that every photo in Steward is judged and kept
 * the way a report's photos are: typed from its bytes (JPEG, PNG or WebP, whatever the client
 * claims), at most {@value #MAX_BYTES} bytes each and {@value #MAX_PHOTOS} at a time, stored once
 * per content under its SHA-256, and removed again if the caller's transaction rolls back.
 */
public interface Photos {

	int MAX_PHOTOS = ReportPolicy.MAX_PHOTOS;

	long MAX_BYTES = ReportPolicy.MAX_PHOTO_BYTES;

	/**
	 * Checks every upload and, only if all pass, stores them as evidence of {@code owner} (e.g.
	 * {@code coordination-task:12}). Must run inside the caller's transaction.
	 *
	 * @throws PhotosRejected naming every bad photo ({@code photos} for too many, {@code photos[i]}
	 *         for one); nothing is stored then
	 */
	List<Evidence> keep(String owner, List<Upload> uploads);

	/** The stored file of a photo by its SHA-256, to show it; the caller decides who may see it. */
	Optional<Path> file(String sha256);

	/**
	 * The photo type of these bytes (image/jpeg, image/png or image/webp) by their magic bytes, the same
	 * judgement {@link #keep} makes; empty when they are not such a photo, whatever the client declared.
	 */
	static Optional<String> typeOf(byte[] bytes) {
		return PhotoInspector.contentType(bytes);
	}

	/** A photo as uploaded: its bytes and the name and type the client claimed (never trusted). */
	record Upload(@Nullable String fileName, @Nullable String declaredType, byte[] bytes) {
	}
}
