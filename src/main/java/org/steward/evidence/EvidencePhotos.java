package org.steward.evidence;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.refusal.Refusal;
import org.steward.cases.Evidence;

/** {@link Photos} and {@link EvidenceFiles} over the one {@link ContentStore}. */
@Component
class EvidencePhotos implements Photos, EvidenceFiles {

	private final ContentStore store;

	private final Clock clock;

	EvidencePhotos(ContentStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY, noRollbackFor = Refusal.class)
	public List<Evidence> keep(String owner, List<Upload> uploads) {
		Inspection inspection = Photos.inspect(uploads);
		Refusal.throwIfAny(inspection.problems());
		return keepInspected(owner, inspection.photos());
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Evidence> keepInspected(String owner, List<Photo> photos) {
		return store.keep(owner,
				photos.stream().map(p -> new ContentStore.Content(p.bytes(), p.sha256(), p.contentType())).toList(),
				clock.instant());
	}

	@Override
	public Optional<Path> file(String sha256) {
		return store.file(sha256);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public String keep(String owner, String contentType, byte[] bytes) {
		String sha = PhotoInspector.sha256(bytes);
		store.keep(owner, List.of(new ContentStore.Content(bytes, sha, contentType)), clock.instant());
		return sha;
	}

	@Override
	public Optional<byte[]> content(String sha256) {
		return store.read(sha256);
	}
}
