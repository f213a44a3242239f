package org.steward.coordination;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.steward.cases.Evidence;

/** The tasks' tables, through plain SQL that runs on H2 and PostgreSQL. */
@Repository
class TaskStore {

	private static final String COLUMNS = """
			id, case_number, department_code, origin, whistler_kind, whistler_code, whistled_by, reason,
			district_code, squad_code, station_code, community_code, urgency, state, state_before_decline,
			created_at, acknowledge_by, handle_by, acknowledged_at, acknowledged_by, acknowledged_by_name,
			completed_at, result, decline_reason, decline_basis, decline_requested_at, declines_refused,
			decline_approved_at, ended_at, escalation_level, version""";

	private final JdbcClient jdbc;

	TaskStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(String caseNumber, String departmentCode) {
		return jdbc.sql("select count(*) from coordination_task where case_number = ? and department_code = ?")
			.params(caseNumber, departmentCode)
			.query(Integer.class)
			.single() > 0;
	}

	long insert(Task t) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into coordination_task (case_number, department_code, origin, whistler_kind, whistler_code,
				  whistled_by, reason, district_code, squad_code, station_code, community_code, urgency, state,
				  created_at, acknowledge_by, handle_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(t.caseNumber, t.departmentCode, t.origin, t.whistlerKind, t.whistlerCode, t.whistledBy, t.reason,
					t.districtCode, t.squadCode, t.stationCode, t.communityCode, t.urgency, t.state.name(),
					ts(t.createdAt), ts(t.acknowledgeBy), ts(t.handleBy))
			.update(keys, "id");
		t.id = keys.getKeyAs(Number.class).longValue();
		return t.id;
	}

	/** Optimistic: answers false when another request changed the task first. */
	boolean update(Task t) {
		int rows = jdbc.sql("""
				update coordination_task set state = ?, state_before_decline = ?, acknowledged_at = ?,
				  acknowledged_by = ?, acknowledged_by_name = ?, completed_at = ?, result = ?, decline_reason = ?,
				  decline_basis = ?, decline_requested_at = ?, declines_refused = ?, decline_approved_at = ?,
				  ended_at = ?, acknowledge_by = ?, version = version + 1
				where id = ? and version = ?""")
			.params(t.state.name(), t.stateBeforeDecline == null ? null : t.stateBeforeDecline.name(),
					ts(t.acknowledgedAt), t.acknowledgedBy, t.acknowledgedByName, ts(t.completedAt), t.result,
					t.declineReason, t.declineBasis, ts(t.declineRequestedAt), t.declinesRefused,
					ts(t.declineApprovedAt), ts(t.endedAt), ts(t.acknowledgeBy), t.id, t.version)
			.update();
		if (rows == 1) {
			t.version++;
		}
		return rows == 1;
	}

	Optional<Task> byId(long id) {
		return jdbc.sql("select " + COLUMNS + " from coordination_task where id = ?").param(id).query(this::task).optional();
	}

	List<Task> ofCase(String caseNumber) {
		return jdbc.sql("select " + COLUMNS + " from coordination_task where case_number = ? order by id")
			.param(caseNumber)
			.query(this::task)
			.list();
	}

	List<Task> ofDepartment(@Nullable String departmentCode, Collection<TaskState> states) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from coordination_task where 1 = 1");
		java.util.ArrayList<Object> params = new java.util.ArrayList<>();
		if (departmentCode != null) {
			sql.append(" and department_code = ?");
			params.add(departmentCode);
		}
		if (!states.isEmpty()) {
			sql.append(" and state in (")
				.append(String.join(", ", states.stream().map(s -> "?").toList()))
				.append(")");
			states.forEach(s -> params.add(s.name()));
		}
		sql.append(" order by id desc limit 500");
		return jdbc.sql(sql.toString()).params(params).query(this::task).list();
	}

	/** Open tasks whose running deadline passed before {@code dueBefore} and that stand below the escalation level. */
	List<Task> overdueBelowLevel(int level, Instant dueBefore) {
		return jdbc.sql("select " + COLUMNS + """
				 from coordination_task
				where state not in ('COMPLETED', 'DECLINED') and escalation_level < ?
				  and ((acknowledged_at is null and acknowledge_by < ?) or (acknowledged_at is not null and handle_by < ?))
				order by id""")
			.params(level, ts(dueBefore), ts(dueBefore))
			.query(this::task)
			.list();
	}

	/** Multi-node safe: only the node whose update counts one row raises the alert. */
	boolean claimEscalation(long id, int from, int to) {
		return jdbc.sql("update coordination_task set escalation_level = ? where id = ? and escalation_level = ?")
			.params(to, id, from)
			.update() == 1;
	}

	void resetEscalation(long id) {
		jdbc.sql("update coordination_task set escalation_level = 0 where id = ?").param(id).update();
	}

	long insertStep(long taskId, Instant at, String action, @Nullable String actor, @Nullable String actorName,
			@Nullable String notes) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into coordination_task_step (task_id, at, action, actor, actor_name, notes) values (?, ?, ?, ?, ?, ?)")
			.params(taskId, ts(at), action, actor, actorName, notes)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void insertPhotos(long taskId, long stepId, List<Evidence> photos) {
		for (int i = 0; i < photos.size(); i++) {
			Evidence e = photos.get(i);
			jdbc.sql("""
					insert into coordination_task_photo (task_id, step_id, sort_order, evidence_id, sha256, content_type, size_bytes)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(taskId, stepId, i, e.id(), e.sha256(), e.contentType(), e.size())
				.update();
		}
	}

	/** Whether the task has a photo with that SHA-256: what a viewer of the task may open. */
	Optional<Evidence> photo(long taskId, String sha256) {
		return jdbc.sql("""
				select evidence_id, content_type, sha256, size_bytes from coordination_task_photo
				where task_id = ? and sha256 = ? order by id fetch first 1 rows only""")
			.params(taskId, sha256)
			.query((rs, n) -> new Evidence(rs.getString("evidence_id"), rs.getString("content_type"),
					rs.getString("sha256"), rs.getLong("size_bytes")))
			.optional();
	}

	List<JointTask.Step> steps(long taskId) {
		java.util.Map<Long, List<Evidence>> photos = new java.util.HashMap<>();
		jdbc.sql("""
				select step_id, evidence_id, content_type, sha256, size_bytes from coordination_task_photo
				where task_id = ? order by step_id, sort_order""")
			.param(taskId)
			.query((rs, n) -> photos.computeIfAbsent(rs.getLong("step_id"), id -> new java.util.ArrayList<>())
				.add(new Evidence(rs.getString("evidence_id"), rs.getString("content_type"), rs.getString("sha256"),
						rs.getLong("size_bytes"))))
			.list();
		return jdbc.sql("select id, at, action, actor, actor_name, notes from coordination_task_step where task_id = ? order by id")
			.param(taskId)
			.query((rs, n) -> new JointTask.Step(instant(rs, "at"), rs.getString("action"), rs.getString("actor"),
					rs.getString("actor_name"), rs.getString("notes"), photos.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	void insertMiss(Task t, String deadline, String level, Instant dueAt, Instant now) {
		jdbc.sql("""
				insert into coordination_task_miss (task_id, department_code, deadline, level, due_at, detected_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(t.id, t.departmentCode, deadline, level, ts(dueAt), ts(now))
			.update();
	}

	Optional<Integer> acknowledgeMinutes(String departmentCode, String urgency) {
		return jdbc.sql("select minutes from coordination_ack_limit where department_code = ? and urgency = ?")
			.params(departmentCode, urgency)
			.query(Integer.class)
			.optional();
	}

	void setAcknowledgeMinutes(String departmentCode, String urgency, int minutes) {
		int rows = jdbc.sql("update coordination_ack_limit set minutes = ? where department_code = ? and urgency = ?")
			.params(minutes, departmentCode, urgency)
			.update();
		if (rows == 0) {
			jdbc.sql("insert into coordination_ack_limit (department_code, urgency, minutes) values (?, ?, ?)")
				.params(departmentCode, urgency, minutes)
				.update();
		}
	}

	/** Every row of the acknowledgement-limit table: department → urgency → minutes; a missing pair means the default. */
	java.util.Map<String, java.util.Map<String, Integer>> acknowledgeLimits() {
		java.util.Map<String, java.util.Map<String, Integer>> limits = new java.util.HashMap<>();
		jdbc.sql("select department_code, urgency, minutes from coordination_ack_limit")
			.query((rs, n) -> limits.computeIfAbsent(rs.getString("department_code"), d -> new java.util.HashMap<>())
				.put(rs.getString("urgency"), rs.getInt("minutes")))
			.list();
		return limits;
	}

	void clearAcknowledgeMinutes(String departmentCode, String urgency) {
		jdbc.sql("delete from coordination_ack_limit where department_code = ? and urgency = ?")
			.params(departmentCode, urgency)
			.update();
	}

	List<Task> createdBetween(Instant from, Instant to) {
		return jdbc.sql("select " + COLUMNS + " from coordination_task where created_at >= ? and created_at < ? order by id")
			.params(ts(from), ts(to))
			.query(this::task)
			.list();
	}

	List<String> missedDepartments(Instant from, Instant to) {
		return jdbc.sql("""
				select m.department_code from coordination_task_miss m join coordination_task t on t.id = m.task_id
				where t.created_at >= ? and t.created_at < ? and m.level = 'SQUAD_LEADER'""")
			.params(ts(from), ts(to))
			.query(String.class)
			.list();
	}

	private Task task(ResultSet rs, int row) throws SQLException {
		Task t = new Task(rs.getString("case_number"), rs.getString("department_code"), rs.getString("origin"),
				rs.getString("whistler_kind"), rs.getString("whistler_code"), rs.getString("whistled_by"),
				rs.getString("reason"), rs.getString("district_code"), rs.getString("squad_code"),
				rs.getString("station_code"), rs.getString("community_code"), rs.getString("urgency"),
				instant(rs, "created_at"), instant(rs, "acknowledge_by"), instant(rs, "handle_by"));
		t.id = rs.getLong("id");
		t.state = TaskState.valueOf(rs.getString("state"));
		String before = rs.getString("state_before_decline");
		t.stateBeforeDecline = before == null ? null : TaskState.valueOf(before);
		t.acknowledgedAt = nullableInstant(rs, "acknowledged_at");
		t.acknowledgedBy = rs.getString("acknowledged_by");
		t.acknowledgedByName = rs.getString("acknowledged_by_name");
		t.completedAt = nullableInstant(rs, "completed_at");
		t.result = rs.getString("result");
		t.declineReason = rs.getString("decline_reason");
		t.declineBasis = rs.getString("decline_basis");
		t.declineRequestedAt = nullableInstant(rs, "decline_requested_at");
		t.declinesRefused = rs.getInt("declines_refused");
		t.declineApprovedAt = nullableInstant(rs, "decline_approved_at");
		t.endedAt = nullableInstant(rs, "ended_at");
		t.escalationLevel = rs.getInt("escalation_level");
		t.version = rs.getInt("version");
		return t;
	}

	private static @Nullable OffsetDateTime ts(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Instant value = nullableInstant(rs, column);
		if (value == null) {
			throw new SQLException(column + " is null");
		}
		return value;
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
