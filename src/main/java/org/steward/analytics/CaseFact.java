package org.steward.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What analytics keeps of one case: where it sits, its deadlines, the first and last times of its
 * steps and what happened to it. Folded from the case events in any order (times are first/last,
 * flags only ever turn on, the placement follows the newest event by version), so listeners that
 * run concurrently or out of order end at the same fact; rebuilt from the case tables by
 * {@link CaseTableRecount}. {@link #counters} derives the 0/1 counters it adds to the rollup.
 */
record CaseFact(String caseNumber, Source source, long eventVersion, Instant registeredAt,
		@Nullable Instant acknowledgeBy, @Nullable Instant handleBy, String status, String districtCode,
		String squadCode, String stationCode, String communityCode, String gridCode, String categoryCode,
		String categoryNameZh, String categoryNameEn, String department, String officer, long officerVersion, String channel,
		@Nullable String address, double lat, double lng, boolean viaCommandCentre, @Nullable Instant firstAckAt,
		@Nullable Instant firstArrivedAt, @Nullable Instant lastHandledAt, @Nullable Instant lastClosedAt,
		int reworkCount, boolean extended, boolean missedHandle, @Nullable String rating, boolean reviewReworked) {

	/** Where a fact came from: a real case, or the labelled demo history. */
	enum Source {
		CASE, DEMO
	}

	/** Unknown codes are stored and grouped as this value. */
	static final String UNKNOWN = "-";

	static String orUnknown(@Nullable String code) {
		return code == null || code.isBlank() ? UNKNOWN : code;
	}

	/** Dismissed, merged and transferred-out (转办: another body's to handle) cases are not the stations' work. */
	boolean isValid() {
		return !"REJECTED".equals(status) && !"MERGED".equals(status) && !"TRANSFERRED".equals(status);
	}

	public boolean isClosed() {
		return "CLOSED".equals(status);
	}

	boolean isHandled() {
		return "HANDLED".equals(status) || isClosed();
	}

	LocalDate registeredDay(ZoneId zone) {
		return registeredAt.atZone(zone).toLocalDate();
	}

	/** The day the case is due for handling: the day of its handling deadline; none while it has none. */
	@Nullable LocalDate dueDay(ZoneId zone) {
		return handleBy == null || !isValid() ? null : handleBy.atZone(zone).toLocalDate();
	}

	/** The counters this fact adds; the rules are written in docs/analytics-indicators.md. */
	Counters counters() {
		boolean valid = isValid();
		boolean due = valid && handleBy != null;
		boolean handled = due && isHandled() && lastHandledAt != null;
		boolean closed = due && isClosed() && lastClosedAt != null;
		boolean handledLate = handled && lastHandledAt.isAfter(handleBy);
		boolean ackDue = valid && acknowledgeBy != null;
		boolean rated = valid && rating != null;
		return new Counters(valid ? 1 : 0, due ? 1 : 0, handled ? 1 : 0, handled && !handledLate ? 1 : 0,
				closed ? 1 : 0, closed && !lastClosedAt.isAfter(handleBy) ? 1 : 0, due && reworkCount > 0 ? 1 : 0,
				due && (missedHandle || handledLate) ? 1 : 0, due && extended ? 1 : 0, ackDue ? 1 : 0,
				ackDue && firstAckAt != null && !firstAckAt.isAfter(acknowledgeBy) ? 1 : 0, rated ? 1 : 0,
				rated && !reviewReworked ? 1 : 0,
				rated && ("SATISFIED".equals(rating) || "BASICALLY_SATISFIED".equals(rating)) ? 1 : 0);
	}

	/** The value of the fact in a grouping. */
	String valueOf(Dimension dim) {
		return switch (dim) {
			case DISTRICT -> districtCode;
			case SQUAD -> squadCode;
			case STATION -> stationCode;
			case DEPARTMENT -> department;
			case CATEGORY -> categoryCode;
			case COMMUNITY -> communityCode;
			case GRID -> gridCode;
			case OFFICER -> officer;
		};
	}

	/**
	 * The rollup rows this fact adds to: its registration counters on its registration day, its
	 * handling counters on its due day, once per grouping.
	 */
	List<Contribution> contributions(ZoneId zone) {
		Counters all = counters();
		List<Contribution> out = new ArrayList<>();
		LocalDate registeredDay = registeredDay(zone);
		LocalDate dueDay = dueDay(zone);
		Counters registration = all.registrationPart();
		Counters handling = all.handlingPart();
		for (Dimension dim : Dimension.values()) {
			if (dueDay != null && dueDay.equals(registeredDay)) {
				add(out, new RollupKey(registeredDay, squadCode, stationCode, dim, valueOf(dim)), all);
				continue;
			}
			add(out, new RollupKey(registeredDay, squadCode, stationCode, dim, valueOf(dim)), registration);
			if (dueDay != null) {
				add(out, new RollupKey(dueDay, squadCode, stationCode, dim, valueOf(dim)), handling);
			}
		}
		return out;
	}

	private static void add(List<Contribution> out, RollupKey key, Counters counters) {
		if (!counters.isZero()) {
			out.add(new Contribution(key, counters));
		}
	}

	/** One rollup row a fact adds to, and what it adds. */
	record Contribution(RollupKey key, Counters counters) {
	}
}
