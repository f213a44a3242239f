package org.steward.enforcement;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.steward.cases.CaseAction;
import org.steward.cases.CaseCloseGuard;
import org.steward.cases.CaseNumber;

/**
 * A case with a correction order is not handled or closed before the order is settled: while
 * it awaits its re-inspection, and after a refused correction until a penalty case is opened
 * on the case (逾期不改正的，依法立案查处). (An open penalty procedure blocks the case through
 * the penalty module's own guard.) The API's 409 names the blockers in English; the case page reads them in the
 * reader's language with the deadline in the district's local time.
 */
@Component
class CorrectionGuard implements CaseCloseGuard {

	private final Measures measures;

	private final MessageSource messages;

	private final ZoneId zone;

	CorrectionGuard(Measures measures, MessageSource messages,
			@Value("${steward.zone:Asia/Shanghai}") ZoneId zone) {
		this.measures = measures;
		this.messages = messages;
		this.zone = zone;
	}

	@Override
	public List<String> openWorkBlocking(CaseNumber caseNumber, CaseAction action) {
		return blockers(caseNumber, action, Locale.ENGLISH).stream().map(Blocker::description).toList();
	}

	@Override
	public List<Blocker> blockers(CaseNumber caseNumber, CaseAction action, Locale locale) {
		DateTimeFormatter minute = DateTimeFormatter
			.ofPattern(messages.getMessage("enforcement.guard.deadlinePattern", null, "yyyy-MM-dd HH:mm", locale), locale)
			.withZone(zone);
		List<MeasureView> onCase = measures.ofCase(caseNumber);
		List<Blocker> blockers = new ArrayList<>();
		for (MeasureView m : onCase) {
			if (m.type() != MeasureType.RECTIFICATION_ORDER) {
				continue;
			}
			String order = m.documentNumber() == null ? "correction order " + m.id() : m.documentNumber();
			String orderText = m.documentNumber() == null ? msg("enforcement.guard.order", locale, m.id())
					: m.documentNumber();
			if ("PENDING".equals(m.outcome())) {
				blockers.add(new Blocker(order + " awaits its re-inspection (deadline " + m.deadline() + ")",
						msg("enforcement.guard.awaitsReinspection", locale, orderText,
								m.deadline() == null ? "—" : minute.format(m.deadline()))));
			}
			else if ("REFUSED".equals(m.outcome()) && onCase.stream()
				.noneMatch(p -> p.type() == MeasureType.PENALTY_CASE && p.id() > m.id())) {
				blockers.add(new Blocker(order + " was not corrected: a penalty case must be opened first",
						msg("enforcement.guard.notCorrected", locale, orderText)));
			}
		}
		return blockers;
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
