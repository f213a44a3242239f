package org.steward.enforcement;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.steward.StewardProperties;
import org.steward.cases.CaseAction;
import org.steward.cases.CaseCloseGuard;
import org.steward.cases.CaseNumber;
import org.steward.refusal.Refusal;

/**
 * A case with a correction order is not handled or closed before the order is settled: while
 * it awaits its re-inspection, and after a refused correction until a penalty case is opened
 * on the case (逾期不改正的，依法立案查处). (An open penalty procedure blocks the case through the
 * penalty module's own guard.) The blockers are messages: the API's 409 and the case page word them in
 * the reader's language, the deadline in the district's local time.
 */
@Component
class CorrectionGuard implements CaseCloseGuard {

	private final Measures measures;

	private final MessageSource messages;

	private final ZoneId zone;

	CorrectionGuard(Measures measures, MessageSource messages,
			StewardProperties steward) {
		this.measures = measures;
		this.messages = messages;
		this.zone = steward.zone();
	}

	@Override
	public List<Blocker> blockers(CaseNumber caseNumber, CaseAction action) {
		List<MeasureView> onCase = measures.ofCase(caseNumber);
		List<Blocker> blockers = new ArrayList<>();
		for (MeasureView m : onCase) {
			if (m.type() != MeasureType.RECTIFICATION_ORDER) {
				continue;
			}
			Object orderText = m.documentNumber() == null ? Refusal.term("enforcement.guard.order", m.id())
					: m.documentNumber();
			if ("PENDING".equals(m.outcome())) {
				blockers.add(Blocker.of("enforcement.guard.awaitsReinspection", orderText,
						m.deadline() == null ? "—" : deadline(m.deadline())));
			}
			else if ("REFUSED".equals(m.outcome()) && onCase.stream()
				.noneMatch(p -> p.type() == MeasureType.PENALTY_CASE && p.id() > m.id())) {
				blockers.add(Blocker.of("enforcement.guard.notCorrected", orderText));
			}
		}
		return blockers;
	}

	/** The deadline in the district's local time, as each language writes a date. */
	private MessageSourceResolvable deadline(Instant at) {
		return CaseCloseGuard.name(minute(Locale.SIMPLIFIED_CHINESE).format(at), minute(Locale.ENGLISH).format(at));
	}

	private DateTimeFormatter minute(Locale locale) {
		return DateTimeFormatter
			.ofPattern(messages.getMessage("enforcement.guard.deadlinePattern", null, "yyyy-MM-dd HH:mm", locale), locale)
			.withZone(zone);
	}
}
