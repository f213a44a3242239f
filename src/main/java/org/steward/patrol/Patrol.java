package org.steward.patrol;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One patrol: who walked for which station, in which shift, from when to when, and its track as
 * stored (simplified) once it ended.
 */
record Patrol(long id, String stationCode, String username, @Nullable String officerCode, String officerName,
		@Nullable String companions, @Nullable Instant shiftStart, @Nullable Instant shiftEnd, Instant startedAt,
		@Nullable Instant endedAt, int pointCount, double distanceMetres, @Nullable String track) {

	public boolean active() {
		return endedAt == null;
	}

	/** A phone position as sent: epoch milliseconds (its idempotency key), WGS-84, accuracy in metres. */
	record Point(long t, double lat, double lng, @Nullable Double accuracy) {
	}

	/** What a batch of positions did: new ones stored, repeats ignored, and the patrol's total. */
	record BatchResult(int accepted, int duplicates, int total) {
	}

	/** A grid the patrol passed through. */
	record GridPassed(String gridCode, String nameZh, String nameEn, Instant firstAt, Instant lastAt, int points) {
	}

	/** The kinds of finding. */
	enum FindingKind {
		/** A new case through intake's patrol channel. */
		CASE,
		/** Handled on the spot (自行处置): counted, not dispatched. */
		ON_THE_SPOT,
		/** A place checked: nothing wrong. */
		NO_ISSUE
	}

	/** A finding as stored. */
	record Finding(long id, long patrolId, FindingKind kind, Instant at, double lat, double lng,
			@Nullable String gridCode, @Nullable String categoryCode, @Nullable String description,
			@Nullable String address, @Nullable String caseNumber, @Nullable String beforeSha256,
			@Nullable String afterSha256, String recordedBy) {
	}

	/** A patrol with its grids and findings, for its page. */
	record Detail(Patrol patrol, List<GridPassed> grids, List<Finding> findings, List<double[]> track) {
	}
}
