package org.steward.intake;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.cases.Evidence;

/** {@link Photos} with the report's own rules ({@link ReportPolicy#inspect}) and store ({@link PhotoStore}). */
@Component
class IntakePhotos implements Photos {

	private final PhotoStore store;

	private final Clock clock;

	IntakePhotos(PhotoStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY, noRollbackFor = PhotosRejected.class)
	public List<Evidence> keep(String owner, List<Upload> uploads) {
		List<org.steward.refusal.Refusal.FieldError> violations = new ArrayList<>();
		List<ValidatedReport.InspectedPhoto> photos = ReportPolicy.inspect(
				uploads.stream().map(u -> new PhotoUpload(u.fileName(), u.declaredType(), u.bytes())).toList(), violations);
		if (!violations.isEmpty()) {
			throw new PhotosRejected(violations.stream()
				.map(v -> new PhotosRejected.Problem(v.field(), v.code(), v.arguments().isEmpty() ? null : v.arguments().getFirst()))
				.toList());
		}
		return store.keep(owner, photos, clock.instant());
	}

	@Override
	public Optional<Path> file(String sha256) {
		return store.file(sha256);
	}
}
