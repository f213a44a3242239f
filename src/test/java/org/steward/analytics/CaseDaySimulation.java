package org.steward.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.steward.cases.CaseAcknowledged;
import org.steward.cases.CaseArrived;
import org.steward.cases.CaseDismissed;
import org.steward.cases.CaseEscalated;
import org.steward.cases.CaseEvent;
import org.steward.cases.CaseExtensionDecided;
import org.steward.cases.CaseExtensionRequested;
import org.steward.cases.CaseHandled;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseRated;
import org.steward.cases.CaseReassigned;
import org.steward.cases.CaseRegistered;
import org.steward.cases.CaseReviewed;
import org.steward.cases.CaseReworked;
import org.steward.cases.CaseStatus;
import org.steward.cases.CaseSummary;
import org.steward.cases.Channel;
import org.steward.cases.DeadlineMissed;
import org.steward.cases.EscalationTarget;
import org.steward.cases.Rating;
import org.steward.cases.TimelineNote;
import org.steward.cases.TrackingCode;
import org.steward.catalog.CategoryRulesId;
import org.steward.catalog.Urgency;
import org.steward.territory.GeoPoint;

/**
 * A day of random case events, as the cases module would publish them: each case registered at a
 * random time, then a random walk through its lifecycle (report for duty, arrival, handling,
 * verification passed or failed, escalation to the command centre and reassignment, extensions,
 * missed deadlines, dismissal, rating and review), every event carrying the case as it stands after
 * the step with a growing version. Seeded, so a failing seed can be replayed.
 */
final class CaseDaySimulation {

	private static final String[][] STATIONS = { { "yuantian", "dongfeng", "410105010001", "410105010001001" },
			{ "guanhutun", "dongfeng", "410105010002", "410105010002001" },
			{ "huanghe", "wenhua", "410105008001", "410105008001001" },
			{ "fengchan", "fengchan", "410105009001", "410105009001002" } };

	private static final String[] CATEGORIES = { "0101", "0401", "0402", "0301" };

	private static final String[] OFFICERS = { "李强", "王芳", "刘洋", "杨帆" };

	private final Random random;

	private final List<CaseEvent> events = new ArrayList<>();

	private final Instant dayStart;

	CaseDaySimulation(long seed, Instant dayStart) {
		this.random = new Random(seed);
		this.dayStart = dayStart;
	}

	List<CaseEvent> run(int cases, int yearSequenceStart) {
		for (int i = 0; i < cases; i++) {
			new SimCase(CaseNumber.of("410105", 2026, yearSequenceStart + i)).live();
		}
		return events;
	}

	private final class SimCase {

		final CaseNumber number;

		final TrackingCode tracking = TrackingCode.random();

		CaseStatus status;

		String[] station;

		final String category = CATEGORIES[random.nextInt(CATEGORIES.length)];

		@Nullable Instant ackBy;

		@Nullable Instant handleBy;

		final Instant registeredAt;

		Instant now;

		long version;

		boolean rated;

		boolean reviewPending;

		SimCase(CaseNumber number) {
			this.number = number;
			this.registeredAt = dayStart.plusSeconds(random.nextInt(20 * 3600));
			this.now = registeredAt;
		}

		CaseSummary summary() {
			return new CaseSummary(number, tracking, status, category, "类" + category, "Category " + category,
					station == null ? null : station[3], station == null ? null : station[0],
					station == null ? null : station[1], station == null ? null : station[2], "园田路 1 号", 34.79, 113.68,
					"NORMAL", registeredAt, ackBy, handleBy, false, 1, version);
		}

		void step() {
			version++;
			now = now.plus(Duration.ofMinutes(1 + random.nextInt(240)));
		}

		TimelineNote note() {
			return TimelineNote.text(null);
		}

		void route() {
			station = STATIONS[random.nextInt(STATIONS.length)];
			ackBy = now.plus(Duration.ofMinutes(30));
			handleBy = now.plus(Duration.ofHours(2 + random.nextInt(40)));
			status = CaseStatus.DISPATCHED;
		}

		void live() {
			boolean queued = random.nextInt(6) == 0;
			String officer = OFFICERS[random.nextInt(OFFICERS.length)];
			if (queued) {
				status = CaseStatus.ESCALATED;
			}
			else {
				route();
			}
			version = 0;
			events.add(new CaseRegistered(number, now, null, summary(),
					queued ? TimelineNote.of(TimelineNote.Code.QUEUED, "COMMAND_CENTRE", "NO_STATION")
							: TimelineNote.of(TimelineNote.Code.ROUTED, station[0], officer),
					Channel.values()[random.nextInt(Channel.values().length)], new GeoPoint(34.79, 113.68), Urgency.NORMAL,
					new CategoryRulesId(1), random.nextBoolean() ? "URBAN_MANAGEMENT" : "PUBLIC_SECURITY", List.of(),
					queued ? "NO_STATION" : null));
			for (int moves = 0; moves < 12; moves++) {
				if (!move()) {
					return;
				}
			}
		}

		/** One random legal move; false when the case stops here. */
		boolean move() {
			int dice = random.nextInt(100);
			switch (status) {
				case ESCALATED -> {
					if (dice < 80) {
						step();
						route();
						events.add(new CaseReassigned(number, now, "指挥中心", summary(), note(), station[0],
								OFFICERS[random.nextInt(OFFICERS.length)], "route"));
					}
					else {
						step();
						status = CaseStatus.REJECTED;
						events.add(new CaseDismissed(number, now, "指挥中心", summary(), note(), "not ours"));
					}
				}
				case DISPATCHED, ACKNOWLEDGED, ON_SITE -> {
					if (dice < 6) {
						step();
						status = CaseStatus.ESCALATED;
						ackBy = null;
						handleBy = null;
						events.add(new CaseEscalated(number, now, "站长", summary(), note(), EscalationTarget.COMMAND_CENTRE,
								"too big"));
					}
					else if (dice < 10 && status != CaseStatus.ON_SITE) {
						step();
						status = random.nextBoolean() ? CaseStatus.REJECTED : CaseStatus.MERGED;
						events.add(new CaseDismissed(number, now, "站长", summary(), note(), "duplicate"));
						return false;
					}
					else if (dice < 16) {
						step();
						events.add(new DeadlineMissed(number, now, null, summary(), note(),
								random.nextBoolean() ? DeadlineMissed.Deadline.HANDLE : DeadlineMissed.Deadline.ACKNOWLEDGE,
								DeadlineMissed.Level.SQUAD_LEADER, handleBy, 10));
					}
					else if (dice < 22) {
						step();
						Instant until = handleBy.plus(Duration.ofDays(2));
						events.add(new CaseExtensionRequested(number, now, "队员", summary(), note(), 2, until, "rain"));
						step();
						boolean approved = random.nextBoolean();
						if (approved) {
							handleBy = until;
						}
						events.add(new CaseExtensionDecided(number, now, "中队长", summary(), note(), approved));
					}
					else {
						step();
						switch (status) {
							case DISPATCHED -> {
								status = CaseStatus.ACKNOWLEDGED;
								events.add(new CaseAcknowledged(number, now, "队员", summary(), note()));
							}
							case ACKNOWLEDGED -> {
								status = CaseStatus.ON_SITE;
								events.add(new CaseArrived(number, now, "队员", summary(), note(), new GeoPoint(34.79, 113.68),
										List.of()));
							}
							default -> {
								status = CaseStatus.HANDLED;
								events.add(new CaseHandled(number, now, "队员", summary(), note(), "done", null, List.of()));
							}
						}
					}
				}
				case HANDLED -> {
					step();
					if (dice < 80) {
						status = CaseStatus.CLOSED;
						events.add(new org.steward.cases.CaseVerified(number, now, "核查员", summary(), note()));
					}
					else {
						status = CaseStatus.ACKNOWLEDGED;
						events.add(new CaseReworked(number, now, "核查员", summary(), note(),
								CaseReworked.Cause.VERIFICATION_FAILED));
					}
				}
				case CLOSED -> {
					if (reviewPending) {
						step();
						reviewPending = false;
						if (dice < 50) {
							events.add(new CaseReviewed(number, now, "中队长", summary(), note()));
							return false;
						}
						status = CaseStatus.ACKNOWLEDGED;
						handleBy = now.plus(Duration.ofHours(8));
						events.add(new CaseReworked(number, now, "中队长", summary(), note(), CaseReworked.Cause.REVIEW_FAILED));
						return true;
					}
					if (rated || dice < 30) {
						return false;
					}
					step();
					rated = true;
					Rating rating = Rating.values()[random.nextInt(Rating.values().length)];
					reviewPending = rating == Rating.DISSATISFIED;
					events.add(new CaseRated(number, now, null, summary(), TimelineNote.of(TimelineNote.Code.RATED, rating),
							rating));
				}
				default -> {
					return false;
				}
			}
			return true;
		}
	}
}
