package org.steward.evidence;

import java.util.Optional;

/**
 * Evidence files of any type (a penalty case's evidence list: photos, PDFs, recordings) in the
 * same content-addressed store as photos. The owner keeps the file's name, declared type and
 * description and decides who may read it; {@link EvidenceDelivery} says how to hand it out.
 */
public interface EvidenceFiles {

	/**
	 * Stores the bytes (once per content) as evidence of {@code owner}, e.g.
	 * {@code penalty-evidence:17}; must run inside the caller's transaction, and the file is removed
	 * again if it rolls back.
	 *
	 * @return the SHA-256 of the bytes, by which the file is read back
	 */
	String keep(String owner, String contentType, byte[] bytes);

	/** The bytes of a stored file. */
	Optional<byte[]> content(String sha256);
}
