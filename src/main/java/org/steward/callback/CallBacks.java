package org.steward.callback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.steward.cases.CaseCommands;
import org.steward.cases.CaseEvent;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseRated;
import org.steward.cases.CaseStatus;
import org.steward.cases.CaseSummary;
import org.steward.cases.Cases;
import org.steward.cases.Rating;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.organization.Organization;

/**
 * The call-back queue and its calls.
 *
 * <p>The queue is filled just before a case step commits (like messaging's outbox, so a closing and
 * its call-back row commit together): a step that leaves a case closed, unrated, with a reporter's
 * phone queues it once (insert where not exists). An online rating takes an open call-back off the
 * queue. A call is recorded under its number (1, 2, 3): the update that moves the call-back on is
 * conditional on the number of calls so far, so two operators (or two nodes, or one double click)
 * record a call once; the same call sent again with the same outcome answers as the first did.
 */
@Service
class CallBacks {

	private static final int NOTE_LIMIT = 500;

	private final JdbcClient jdbc;

	private final Cases cases;

	private final CaseCommands commands;

	private final Organization organization;

	private final ApplicationEventPublisher events;

	private final CallBackProperties properties;

	private final Clock clock;

	CallBacks(JdbcClient jdbc, Cases cases, CaseCommands commands, Organization organization,
			ApplicationEventPublisher events, CallBackProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.commands = commands;
		this.organization = organization;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** A queued case as this module keeps it. */
	record Queued(String caseNumber, String districtCode, @Nullable String stationCode, @Nullable String squadCode,
			Instant closedAt, CallBackStatus status, int attempts, @Nullable CallBackOutcome outcome,
			@Nullable Instant lastCallAt, @Nullable Instant finishedAt) {

		DataScope.Jurisdiction jurisdiction() {
			return new DataScope.Jurisdiction(districtCode, squadCode, stationCode, null, Set.of());
		}
	}

	/** One recorded call. */
	record Call(String caseNumber, int attempt, CallBackOutcome outcome, @Nullable String note, String callerName,
			Instant calledAt) {
	}

	// ------------------------------------------------------------------ the queue, from case events

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CaseEvent event) {
		CaseSummary summary = event.summary();
		if (event instanceof CaseRated rated) {
			if (rated.via() == CaseRated.Via.ONLINE) {
				// the reporter answered before anyone called: nothing left to ask
				jdbc.sql("""
						update callback_case set status = 'RATED', finished_at = :at
						where case_number = :n and status = 'OPEN'""")
					.param("at", Timestamp.from(event.at()))
					.param("n", event.caseNumber().value())
					.update();
			}
			return;
		}
		if (summary.status() != CaseStatus.CLOSED || summary.stationCode() == null
				|| !cases.awaitsCallBack(event.caseNumber())) {
			return;
		}
		organization.jurisdictionOf(summary.stationCode())
			.ifPresent(where -> queue(summary, where.districtCode(), event.at()));
	}

	/** Queues a case once; answers whether it was new. */
	private boolean queue(CaseSummary summary, String districtCode, Instant closedAt) {
		return jdbc.sql("""
				insert into callback_case (case_number, district_code, station_code, squad_code, closed_at, status, attempts)
				select :n, :district, :station, :squad, :at, 'OPEN', 0
				where not exists (select 1 from callback_case where case_number = :n)""")
			.param("n", summary.caseNumber().value())
			.param("district", districtCode)
			.param("station", summary.stationCode())
			.param("squad", summary.squadCode())
			.param("at", Timestamp.from(closedAt))
			.update() == 1;
	}

	/**
	 * Fills the caller's district's queue with the cases closed before the queue existed (or while it
	 * was not listening): closed, unrated, a phone left. Safe to repeat; answers how many were added.
	 */
	@Transactional
	int backfill(CurrentUser caller) {
		if (!caller.has(Role.COMMAND_CENTRE) || !(caller.scope() instanceof DataScope.District district)) {
			throw CallBackRefusals.commandCentreOnly();
		}
		int added = 0;
		CaseNumber after = null;
		for (List<Cases.CallBackCandidate> page = cases.awaitingCallBack(null, 500); !page.isEmpty();
				page = cases.awaitingCallBack(after, 500)) {
			for (Cases.CallBackCandidate candidate : page) {
				CaseSummary summary = candidate.summary();
				after = summary.caseNumber();
				if (summary.stationCode() == null) {
					continue;
				}
				Optional<DataScope.Jurisdiction> where = organization.jurisdictionOf(summary.stationCode());
				if (where.isPresent() && where.get().districtCode().equals(district.code())
						&& queue(summary, district.code(), candidate.closedAt())) {
					added++;
				}
			}
		}
		return added;
	}

	// ------------------------------------------------------------------ calls

	/** What recording a call led to: the call-back after it, and whether this request recorded it. */
	record Recorded(Queued callBack, boolean repeated) {
	}

	/**
	 * Records call {@code attempt} of a case's call-back. Scope first (command centre of the case's
	 * district), then the form, then the call.
	 */
	@Transactional
	Recorded record(String caseNumber, @Nullable Integer attempt, @Nullable String outcomeName, @Nullable String note,
			CurrentUser caller) {
		Queued queued = inScope(caseNumber, caller);
		CallBackOutcome outcome = outcome(outcomeName);
		if (attempt == null || attempt < 1 || attempt > properties.maxAttempts()) {
			throw CallBackRefusals.badAttempt(properties.maxAttempts());
		}
		String typed = note == null || note.isBlank() ? null : note.strip();
		if (typed != null && typed.length() > NOTE_LIMIT) {
			throw CallBackRefusals.noteTooLong(NOTE_LIMIT);
		}
		Optional<Call> earlier = call(caseNumber, attempt);
		if (earlier.isPresent()) {
			if (earlier.get().outcome() == outcome) {
				return new Recorded(queued, true);
			}
			throw CallBackRefusals.staleAttempt(attempt, queued.attempts());
		}
		if (queued.status() != CallBackStatus.OPEN) {
			throw CallBackRefusals.finished(caseNumber, queued.status());
		}
		if (attempt != queued.attempts() + 1) {
			throw CallBackRefusals.staleAttempt(attempt, queued.attempts());
		}
		Instant now = clock.instant();
		CallBackStatus after = outcome.rating() != null ? CallBackStatus.ANSWERED
				: attempt >= properties.maxAttempts() ? CallBackStatus.UNREACHABLE : CallBackStatus.OPEN;
		int moved = jdbc.sql("""
				update callback_case set attempts = :attempt, status = :status, outcome = :outcome, last_call_at = :now,
				    finished_at = :finished
				where case_number = :n and status = 'OPEN' and attempts = :before""")
			.param("attempt", attempt)
			.param("status", after.name())
			.param("outcome", outcome.name())
			.param("now", Timestamp.from(now))
			.param("finished", after == CallBackStatus.OPEN ? null : Timestamp.from(now))
			.param("n", caseNumber)
			.param("before", attempt - 1)
			.update();
		if (moved == 0) {
			// another operator recorded this call between our read and our update
			throw CallBackRefusals.staleAttempt(attempt, attempt);
		}
		jdbc.sql("""
				insert into callback_attempt (case_number, attempt, outcome, note, called_by, caller_name, called_at)
				values (:n, :attempt, :outcome, :note, :by, :name, :at)""")
			.param("n", caseNumber)
			.param("attempt", attempt)
			.param("outcome", outcome.name())
			.param("note", typed)
			.param("by", caller.username())
			.param("name", caller.displayName())
			.param("at", Timestamp.from(now))
			.update();
		Rating rating = outcome.rating();
		if (rating != null) {
			// the answer is the reporter's rating, through the case's own step: a dissatisfied one asks for review
			commands.rateOnCallBack(new CaseNumber(caseNumber), rating, attempt, typed, caller);
		}
		events.publishEvent(new CallBackRecorded(caseNumber, queued.stationCode(), attempt, outcome, after,
				caller.username(), caller.displayName(), typed, now));
		return new Recorded(find(caseNumber).orElseThrow(), false);
	}

	private static CallBackOutcome outcome(@Nullable String name) {
		if (name == null || name.isBlank()) {
			throw CallBackRefusals.outcomeRequired();
		}
		try {
			return CallBackOutcome.valueOf(name.strip());
		}
		catch (IllegalArgumentException unknown) {
			throw CallBackRefusals.unknownOutcome(name.length() > 40 ? name.substring(0, 40) : name);
		}
	}

	/** The call-back of a case the caller may call about: command centre, and the case's district. */
	Queued inScope(String caseNumber, CurrentUser caller) {
		if (!caller.has(Role.COMMAND_CENTRE)) {
			throw CallBackRefusals.commandCentreOnly();
		}
		if (!CaseNumber.isValid(caseNumber)) {
			throw CallBackRefusals.notQueued(caseNumber.length() > 40 ? caseNumber.substring(0, 40) : caseNumber);
		}
		Queued queued = find(caseNumber).orElseThrow(() -> CallBackRefusals.notQueued(caseNumber));
		if (!caller.canSee(queued.jurisdiction())) {
			throw CallBackRefusals.outsideScope(caseNumber);
		}
		return queued;
	}

	// ------------------------------------------------------------------ reads

	@Transactional(readOnly = true)
	Optional<Queued> find(String caseNumber) {
		return jdbc.sql(SELECT + " where case_number = :n").param("n", caseNumber).query(CallBacks::map).optional();
	}

	/** A page of the caller's district's call-backs in one status, oldest closing first. */
	@Transactional(readOnly = true)
	List<Queued> page(CurrentUser viewer, CallBackStatus status, int page) {
		if (!(viewer.scope() instanceof DataScope.District district) || !viewer.has(Role.COMMAND_CENTRE)) {
			throw CallBackRefusals.commandCentreOnly();
		}
		return jdbc.sql(SELECT + """
				 where district_code = :district and status = :status
				order by closed_at, case_number
				limit :limit offset :offset""")
			.param("district", district.code())
			.param("status", status.name())
			.param("limit", properties.pageSize())
			.param("offset", Math.max(0, page) * properties.pageSize())
			.query(CallBacks::map)
			.list();
	}

	/** How many call-backs of the caller's district stand in each status. */
	@Transactional(readOnly = true)
	Map<CallBackStatus, Long> counts(CurrentUser viewer) {
		Map<CallBackStatus, Long> counts = new EnumMap<>(CallBackStatus.class);
		for (CallBackStatus s : CallBackStatus.values()) {
			counts.put(s, 0L);
		}
		if (viewer.scope() instanceof DataScope.District district) {
			jdbc.sql("select status, count(*) as n from callback_case where district_code = :district group by status")
				.param("district", district.code())
				.query((rs, i) -> Map.entry(CallBackStatus.valueOf(rs.getString("status")), rs.getLong("n")))
				.list()
				.forEach(e -> counts.put(e.getKey(), e.getValue()));
		}
		return counts;
	}

	@Transactional(readOnly = true)
	List<Call> calls(String caseNumber) {
		return jdbc.sql("""
				select case_number, attempt, outcome, note, caller_name, called_at from callback_attempt
				where case_number = :n order by attempt""")
			.param("n", caseNumber)
			.query((rs, i) -> new Call(rs.getString("case_number"), rs.getInt("attempt"),
					CallBackOutcome.valueOf(rs.getString("outcome")), rs.getString("note"), rs.getString("caller_name"),
					rs.getTimestamp("called_at").toInstant()))
			.list();
	}

	private Optional<Call> call(String caseNumber, int attempt) {
		return calls(caseNumber).stream().filter(c -> c.attempt() == attempt).findFirst();
	}

	int maxAttempts() {
		return properties.maxAttempts();
	}

	private static final String SELECT = """
			select case_number, district_code, station_code, squad_code, closed_at, status, attempts, outcome,
			       last_call_at, finished_at
			from callback_case""";

	private static Queued map(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		Timestamp last = rs.getTimestamp("last_call_at");
		Timestamp finished = rs.getTimestamp("finished_at");
		return new Queued(rs.getString("case_number"), rs.getString("district_code"), rs.getString("station_code"),
				rs.getString("squad_code"), rs.getTimestamp("closed_at").toInstant(),
				CallBackStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				outcome == null ? null : CallBackOutcome.valueOf(outcome), last == null ? null : last.toInstant(),
				finished == null ? null : finished.toInstant());
	}
}
