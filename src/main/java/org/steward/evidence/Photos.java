package org.steward.evidence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.steward.cases.Evidence;
import org.steward.refusal.Refusal;
import org.steward.territory.GeoPoint;

/**
 * Photos for every module, judged and kept one way: typed from their bytes (JPEG, PNG or WebP,
 * whatever the client claims), at most {@value #MAX_BYTES} bytes each and {@value #MAX_PHOTOS} at
 * a time, at most {@link PhotoInspector#MAX_PIXELS} pixels by their header, decoded and encoded again
 * (metadata stripped) before they are stored once per content under the SHA-256 of what is stored,
 * and removed again if the caller's transaction rolls back.
 */
public interface Photos {

	int MAX_PHOTOS = 6;

	long MAX_BYTES = 10L * 1024 * 1024;

	/**
	 * Checks every upload and, only if all pass, stores them as evidence of {@code owner} (e.g.
	 * {@code coordination-task:12}). Must run inside the caller's transaction.
	 *
	 * @throws Refusal INVALID naming every bad photo ({@code photos} for too many, {@code photos[i]}
	 *         for one); nothing is stored then
	 */
	List<Evidence> keep(String owner, List<Upload> uploads);

	/**
	 * Stores photos the caller already judged with {@link #inspect} as part of its own validation
	 * (a report names its bad photos beside its other fields). Must run inside the caller's transaction.
	 */
	List<Evidence> keepInspected(String owner, List<Photo> photos);

	/** The stored file of a photo by its SHA-256, to show it; the caller decides who may see it. */
	Optional<Path> file(String sha256);

	/**
	 * The photo type of these bytes (image/jpeg, image/png or image/webp) by their magic bytes, the same
	 * judgement {@link #keep} makes; empty when they are not such a photo, whatever the client declared.
	 */
	static Optional<String> typeOf(byte[] bytes) {
		return PhotoInspector.contentType(bytes);
	}

	/** The judgement {@link #keep} makes, without storing anything: the good photos and every problem. */
	static Inspection inspect(List<Upload> uploads) {
		List<Refusal.FieldError> problems = new ArrayList<>();
		if (uploads.size() > MAX_PHOTOS) {
			problems.add(Refusal.FieldError.of("photos", "evidence.refused.photos.tooMany", MAX_PHOTOS));
			return new Inspection(List.of(), problems);
		}
		List<Photo> photos = new ArrayList<>();
		for (int i = 0; i < uploads.size(); i++) {
			byte[] bytes = uploads.get(i).bytes();
			String field = "photos[" + i + "]";
			if (bytes.length > MAX_BYTES) {
				problems.add(Refusal.FieldError.of(field, "evidence.refused.photo.tooBig", MAX_BYTES / (1024 * 1024)));
				continue;
			}
			Optional<String> type = PhotoInspector.contentType(bytes);
			if (type.isEmpty()) {
				problems.add(Refusal.FieldError.of(field, "evidence.refused.photo.type"));
				continue;
			}
			long pixels = PhotoInspector.pixels(bytes);
			if (pixels > PhotoInspector.MAX_PIXELS) {
				problems.add(Refusal.FieldError.of(field, "evidence.refused.photo.pixels", PhotoInspector.MAX_PIXELS / 1_000_000));
				continue;
			}
			// decoded and encoded again: metadata stripped, nothing but the picture stored
			Optional<byte[]> cleaned = PhotoInspector.cleaned(bytes);
			if (cleaned.isEmpty()) {
				problems.add(Refusal.FieldError.of(field, "evidence.refused.photo.type"));
				continue;
			}
			// the position is read from the photo as sent, before its metadata is dropped
			photos.add(new Photo(cleaned.get(), type.get(), PhotoInspector.sha256(cleaned.get()),
					PhotoInspector.gpsPosition(bytes).orElse(null)));
		}
		return new Inspection(photos, problems);
	}

	/** A photo as uploaded: its bytes and the name and type the client claimed (never trusted). */
	record Upload(@Nullable String fileName, @Nullable String declaredType, byte[] bytes) {
	}

	/** A photo that passed: its bytes, its type from the bytes, its SHA-256 and its EXIF position, if any. */
	record Photo(byte[] bytes, String contentType, String sha256, @Nullable GeoPoint gps) {

		public long size() {
			return bytes.length;
		}
	}

	/** The photos that passed and the problems of those that did not. */
	record Inspection(List<Photo> photos, List<Refusal.FieldError> problems) {
	}
}
