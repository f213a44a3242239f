package org.steward.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.refusal.Refusal;

/**
 * When a correction deadline passes, a re-inspection task appears for the responsible officer
 * (the first officer named on the order). The sweep runs on every node; the unique measure id
 * on the task keeps it to one task per order.
 */
@Service
class Reinspections {

	private static final Logger log = LoggerFactory.getLogger(Reinspections.class);

	/** A task as its officer sees it. */
	record Task(long id, long measureId, String caseNumber, String officer, Instant dueAt, @Nullable Boolean corrected,
			@Nullable String notes, @Nullable Instant doneAt) {
	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Measures measures;

	Reinspections(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, Measures measures) {
		this.jdbc = jdbc;
		this.measures = measures;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${steward.enforcement.sweep-initial-delay:PT60S}",
			fixedDelayString = "${steward.enforcement.sweep-interval:PT5M}")
	void sweep() {
		int created = raiseDueTasks();
		if (created > 0) {
			log.info("{} re-inspection task(s) raised for passed correction deadlines", created);
		}
	}

	/** Raises a task for every pending correction order whose deadline has passed; answers how many. */
	@Transactional
	int raiseDueTasks() {
		Instant now = clock.instant();
		List<Object[]> due = jdbc.sql("""
				select m.id, m.case_number, m.officers, m.deadline from enforcement_measure m
				where m.measure_type = 'RECTIFICATION_ORDER' and m.outcome = 'PENDING' and m.deadline <= ?
				  and not exists (select 1 from enforcement_reinspection r where r.measure_id = m.id)""")
			.param(Measures.ts(now))
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4) })
			.list();
		int created = 0;
		for (Object[] row : due) {
			String officer = ((String) row[2]).split(",")[0];
			try {
				jdbc.sql("""
						insert into enforcement_reinspection (measure_id, case_number, officer, due_at, created_at)
						values (?, ?, ?, ?, ?)""")
					.params(row[0], row[1], officer, row[3], Measures.ts(now))
					.update();
				created++;
				long id = jdbc.sql("select id from enforcement_reinspection where measure_id = ?")
					.param(row[0])
					.query(Long.class)
					.single();
				events.publishEvent(new ReinspectionDue(id, (Long) row[0], (String) row[1], officer,
						((java.sql.Timestamp) row[3]).toInstant(), now));
			}
			catch (DuplicateKeyException otherNode) {
				// another node raised it first
			}
		}
		return created;
	}

	List<Task> openFor(String officer) {
		return jdbc.sql("select * from enforcement_reinspection where officer = ? and done_at is null order by due_at")
			.param(officer)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** Every open task, oldest deadline first, at most {@code limit}; callers filter by what the viewer may see. */
	List<Task> allOpen(int limit) {
		return jdbc.sql("select * from enforcement_reinspection where done_at is null order by due_at limit ?")
			.param(limit)
			.query((rs, n) -> row(rs))
			.list();
	}

	List<Task> ofCase(String caseNumber) {
		return jdbc.sql("select * from enforcement_reinspection where case_number = ? order by id")
			.param(caseNumber)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** The officer's finding: corrected closes the order, not corrected marks it refused (next: a penalty case). */
	@Transactional
	Task complete(long taskId, @Nullable Boolean corrected, @Nullable String notes, CurrentUser actor) {
		Task task = jdbc.sql("select * from enforcement_reinspection where id = ?")
			.param(taskId)
			.query((rs, n) -> row(rs))
			.optional()
			.orElseThrow(() -> EnforcementRefusals.reinspectionNotFound(taskId));
		if (!task.officer().equals(actor.username()) && !actor.has(Role.STATION_HEAD) && !actor.has(Role.SQUAD_LEADER)) {
			throw EnforcementRefusals.notYourReinspection(task.officer());
		}
		measures.inScope(task.measureId(), actor);
		if (task.doneAt() != null) {
			throw EnforcementRefusals.reinspectionDone();
		}
		if (corrected == null) {
			throw Refusal.invalid("corrected", "enforcement.refused.corrected.required");
		}
		Instant now = clock.instant();
		jdbc.sql("update enforcement_reinspection set corrected = ?, notes = ?, done_at = ? where id = ?")
			.params(corrected, notes, Measures.ts(now), taskId)
			.update();
		jdbc.sql("update enforcement_measure set outcome = ? where id = ?")
			.params(corrected ? "CORRECTED" : "REFUSED", task.measureId())
			.update();
		long partyId = jdbc.sql("select party_id from enforcement_measure where id = ?")
			.param(task.measureId())
			.query(Long.class)
			.single();
		events.publishEvent(new MeasureRecorded(task.measureId(), task.caseNumber(), partyId, "REINSPECTION",
				actor.username(), List.of(actor.username()), (corrected ? "已改正 corrected" : "拒不改正 not corrected")
						+ (notes == null ? "" : ": " + notes),
				null, null, now));
		return new Task(task.id(), task.measureId(), task.caseNumber(), task.officer(), task.dueAt(), corrected, notes, now);
	}

	private static Task row(java.sql.ResultSet rs) throws java.sql.SQLException {
		Object corrected = rs.getObject("corrected");
		return new Task(rs.getLong("id"), rs.getLong("measure_id"), rs.getString("case_number"), rs.getString("officer"),
				rs.getTimestamp("due_at").toInstant(), corrected == null ? null : rs.getBoolean("corrected"),
				rs.getString("notes"), Measures.instant(rs.getTimestamp("done_at")));
	}
}
