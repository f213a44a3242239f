package org.steward.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.steward.cases.CaseEvent;
import org.steward.cases.CaseExtensionRequested;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseRated;
import org.steward.cases.CaseReassigned;
import org.steward.cases.CaseRegistered;
import org.steward.cases.CaseStatus;
import org.steward.cases.CaseSummary;
import org.steward.cases.Cases;
import org.steward.cases.DeadlineMissed;
import org.steward.cases.Rating;
import org.steward.coordination.TaskChanged;
import org.steward.coordination.TaskDeadlineMissed;
import org.steward.enforcement.MeasureRecorded;
import org.steward.enforcement.ReinspectionDue;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.outreach.SessionTomorrow;

/**
 * What staff hear: a case dispatched to their station, a deadline missed (the squad leader, then
 * the command centre), their department whistled in, a task decline to decide, an extension to
 * approve, a dissatisfied rating to review, a measure recorded on their station's case. Each person
 * gets each kind on the channels they chose (in-app unless they chose otherwise). Like
 * {@link ResidentMessages} it writes the outbox just before the event's transaction commits.
 */
@Component
class StaffMessages {

	private static final Set<Role> STATION = EnumSet.of(Role.OFFICER, Role.STATION_HEAD);

	private final Recipients recipients;

	private final StaffSettings settings;

	private final Templates templates;

	private final Outbox outbox;

	private final Cases cases;

	private final Clock clock;

	private final java.time.ZoneId zone;

	private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm");

	StaffMessages(Recipients recipients, StaffSettings settings, Templates templates, Outbox outbox, Cases cases,
			Clock clock, org.steward.StewardProperties steward) {
		this.zone = steward.zone();
		this.recipients = recipients;
		this.settings = settings;
		this.templates = templates;
		this.outbox = outbox;
		this.cases = cases;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CaseEvent event) {
		String key = "case:" + event.caseNumber().value() + ":" + event.step() + ":" + event.at().toEpochMilli();
		CaseSummary summary = event.summary();
		switch (event) {
			case CaseRegistered registered when summary.status() == CaseStatus.DISPATCHED ->
				send(key, MessageKind.DISPATCHED, recipients.ofStation(summary.stationCode(), STATION), summary, "");
			case CaseReassigned reassigned ->
				send(key, MessageKind.DISPATCHED, recipients.ofStation(reassigned.stationCode(), STATION), summary, "");
			case DeadlineMissed missed -> send(key + ":" + missed.deadline() + ":" + missed.level(),
					MessageKind.DEADLINE_MISSED,
					recipients.ofStation(summary.stationCode(), EnumSet.of(missed.level() == DeadlineMissed.Level.SQUAD_LEADER
							? Role.SQUAD_LEADER : Role.COMMAND_CENTRE)),
					summary, String.valueOf(missed.minutesLate()));
			case CaseExtensionRequested extension -> send(key, MessageKind.EXTENSION_TO_APPROVE,
					recipients.ofStation(summary.stationCode(), EnumSet.of(Role.SQUAD_LEADER)), summary,
					String.valueOf(extension.workingDays()));
			case CaseRated rated when rated.rating() == Rating.DISSATISFIED -> send(key, MessageKind.RATING_TO_REVIEW,
					recipients.ofStation(summary.stationCode(), EnumSet.of(Role.SQUAD_LEADER)), summary, "");
			default -> {
			}
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(TaskChanged task) {
		String key = "task:" + task.taskId() + ":" + task.change() + ":" + task.at().toEpochMilli();
		switch (task.change()) {
			case "CREATED" -> send(key, MessageKind.WHISTLED_IN, recipients.ofDepartment(task.departmentCode()),
					task.caseNumber(), task.departmentCode());
			case "DECLINE" -> send(key, MessageKind.DECLINE_TO_DECIDE,
					recipients.ofStation(stationOf(task.caseNumber()), EnumSet.of(Role.STATION_HEAD, Role.SQUAD_LEADER)),
					task.caseNumber(), task.departmentCode());
			default -> {
			}
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(TaskDeadlineMissed missed) {
		Role role = "SQUAD_LEADER".equals(missed.level()) ? Role.SQUAD_LEADER : Role.COMMAND_CENTRE;
		send("task:" + missed.taskId() + ":missed:" + missed.deadline() + ":" + missed.level(),
				MessageKind.TASK_DEADLINE_MISSED, recipients.ofStation(missed.stationCode(), EnumSet.of(role)),
				missed.caseNumber(), missed.departmentCode());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(MeasureRecorded measure) {
		List<CurrentUser> heads = recipients.ofStation(stationOf(measure.caseNumber()), EnumSet.of(Role.STATION_HEAD))
			.stream()
			.filter(head -> !head.username().equals(measure.recordedBy()))
			.toList();
		send("measure:" + measure.measureId() + ":" + measure.type(), MessageKind.MEASURE_RECORDED, heads,
				measure.caseNumber(), measure.type());
	}

	/** A correction order's deadline came: the officer named first on it re-inspects. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ReinspectionDue due) {
		send("reinspection:" + due.reinspectionId(), MessageKind.REINSPECTION_DUE, recipients.named(List.of(due.officer())),
				due.caseNumber(), TIME.format(due.dueAt().atZone(zone)), "/reinspections#reinspection-" + due.reinspectionId());
	}

	/** A session tomorrow: the officers named on it. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(SessionTomorrow session) {
		send("session:" + session.stationCode() + ":" + (session.sessionId() != null ? "s" + session.sessionId()
				: "slot" + session.slotId()) + ":" + session.date(), MessageKind.SESSION_TOMORROW,
				recipients.named(session.officers()), session.topic(),
				session.date() + " " + session.time(), session.link());
	}

	private @Nullable String stationOf(String caseNumber) {
		if (!CaseNumber.isValid(caseNumber)) {
			return null;
		}
		return cases.summary(new CaseNumber(caseNumber)).map(CaseSummary::stationCode).orElse(null);
	}

	private void send(String eventKey, MessageKind kind, List<CurrentUser> to, CaseSummary summary, String detail) {
		send(eventKey, kind, to, summary.caseNumber().value(), detail);
	}

	void send(String eventKey, MessageKind kind, List<CurrentUser> to, String caseNumber, String detail) {
		send(eventKey, kind, to, caseNumber, detail, "/cases/" + caseNumber);
	}

	/**
	 * Writes a message of {@code kind} for each person on each channel they chose for it; the template
	 * gets {case, detail, name} ({0}, {1}, {2}). {@code subject} is what the message is about (a case
	 * number, or another record's label) and {@code link} the page to act on it.
	 */
	void send(String eventKey, MessageKind kind, List<CurrentUser> to, String subject, String detail, String link) {
		Instant now = clock.instant();
		for (CurrentUser user : to) {
			StaffSettings.Contact contact = settings.contact(user.username());
			for (MessageChannel channel : settings.choices(user.username()).getOrDefault(kind, StaffSettings.DEFAULT)) {
				String address = channel == MessageChannel.INAPP ? user.username() : contact.address(channel);
				if (address == null || address.isBlank()) {
					continue;
				}
				Map<String, String> params = new LinkedHashMap<>();
				params.put("case", subject);
				params.put("detail", detail);
				params.put("name", user.displayName());
				outbox.enqueue(templates.compose(eventKey, kind, channel, address, user.username(), contact.locale(),
						params, link, CaseNumber.isValid(subject) ? subject : null, kind.urgent), now);
			}
		}
	}
}
