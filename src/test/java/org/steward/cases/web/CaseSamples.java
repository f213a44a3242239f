package org.steward.cases.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.steward.cases.CaseAction;
import org.steward.cases.CaseDetail;
import org.steward.cases.CaseNumber;
import org.steward.cases.CasePage;
import org.steward.cases.CaseStatus;
import org.steward.cases.CaseStep;
import org.steward.cases.CaseSummary;
import org.steward.cases.Channel;
import org.steward.cases.Evidence;
import org.steward.cases.PublicCase;
import org.steward.cases.Rating;
import org.steward.cases.TimelineEntry;
import org.steward.cases.TimelineNote;
import org.steward.cases.TrackingCode;

/** Cases as the (mocked) cases module would answer, for page and board tests. */
public final class CaseSamples {

	public static final String TRACKING = "ABCDEFGH23";

	private CaseSamples() {
	}

	public static CaseSummary summary(String number, CaseStatus status, @Nullable String station, Instant now) {
		return new CaseSummary(new CaseNumber(number), new TrackingCode(TRACKING), status, "0101", "私搭乱建",
				"Illegal structure", "410105010001001", station, "dongfeng", "410105010001", "园田社区 3 号楼东侧", 34.7985,
				113.683, "NORMAL", now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofMinutes(12)),
				now.plus(Duration.ofHours(20)), false, 1, 4L);
	}

	public static CaseDetail detail(CaseSummary summary, Set<CaseAction> allowed) {
		return detail(summary, allowed, List.of(new TimelineEntry(summary.registeredAt(), CaseStep.REGISTERED, "社区小王",
				null, CaseStatus.DISPATCHED, TimelineNote.text("内部备注不得公开"), null, List.of())));
	}

	public static CaseDetail detail(CaseSummary summary, Set<CaseAction> allowed, List<TimelineEntry> timeline) {
		Instant at = summary.registeredAt();
		return new CaseDetail(summary, Channel.WHISTLE, "居民楼顶正在搭建彩钢房", "张秘密", "138****5678", "officer.yuantian1",
				List.of(new Evidence("ev-1", "image/jpeg", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 2048)),
				timeline,
				allowed, new CaseDetail.Timings(at, null, null, null, null), 0, null, null, null, null, null, null, null, null);
	}

	public static CasePage page(CaseSummary... items) {
		return new CasePage(List.of(items), 0, 20, items.length, false);
	}

	/** A full first page of a list whose count stopped at {@code limit}. */
	public static CasePage pastTheCountLimit(long limit, CaseSummary item) {
		return new CasePage(java.util.Collections.nCopies(20, item), 0, 20, limit, true);
	}

	public static PublicCase publicCase(CaseStatus status, boolean canRate, @Nullable Rating rating, Instant now) {
		return new PublicCase(new TrackingCode(TRACKING), status, "0101", "私搭乱建", "Illegal structure", "园田社区 3 号楼东侧",
				now.minus(Duration.ofDays(1)),
				List.of(new PublicCase.Step(now.minus(Duration.ofDays(1)), CaseStep.REGISTERED, CaseStatus.DISPATCHED),
						new PublicCase.Step(now.minus(Duration.ofHours(20)), CaseStep.ACKNOWLEDGE, CaseStatus.ACKNOWLEDGED)),
				2, canRate, rating, false, null, List.of(), null);
	}
}
