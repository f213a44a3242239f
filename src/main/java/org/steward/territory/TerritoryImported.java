package org.steward.territory;

import java.time.Instant;

/**
 * A territory file was imported and committed. Units are matched by code, so a re-import of
 * the same file reports everything as unchanged.
 *
 * @param source where the file came from (upload file name or resource location)
 */
public record TerritoryImported(String source, int created, int updated, int unchanged, Instant at) {

	/** Whether the import changed anything stored. */
	public boolean changedAnything() {
		return created + updated > 0;
	}
}
