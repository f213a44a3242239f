package org.steward.coordination;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.cases.CaseBrief;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseRegistered;
import org.steward.cases.CaseStatus;
import org.steward.cases.CaseSummary;
import org.steward.cases.Cases;
import org.steward.cases.Evidence;
import org.steward.catalog.Catalog;
import org.steward.catalog.CategoryRules;
import org.steward.catalog.Urgency;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.evidence.Photos;
import org.steward.organization.Departments;
import org.steward.worktime.LimitUnit;
import org.steward.worktime.TimeLimit;
import org.steward.worktime.WorkingTime;

/**
 * Opens department tasks on joint cases and runs their lifecycle. Who may do what is decided
 * here from the caller's role and data scope; what a task may do next is the {@link Task}'s rule.
 */
@Service
class JointHandling implements JointTasks {

	static final int DEFAULT_ACKNOWLEDGE_MINUTES = 30;

	/** A whistle may be blown on a case that is still being worked, not on one that is handled or over. */
	private static final Set<CaseStatus> OPEN_CASE = EnumSet.of(CaseStatus.DISPATCHED, CaseStatus.ACKNOWLEDGED,
			CaseStatus.ON_SITE, CaseStatus.ESCALATED);

	/**
	 * Who may call departments onto a case: the station's lead, the squad, community staff, and the
	 * command centre, which holds the cases no station takes (another department leads the category).
	 */
	static final Set<Role> WHISTLERS = EnumSet.of(Role.STATION_HEAD, Role.SQUAD_LEADER, Role.COMMUNITY_STAFF,
			Role.COMMAND_CENTRE);

	private static final Set<Role> LEADS = EnumSet.of(Role.STATION_HEAD, Role.SQUAD_LEADER, Role.COMMAND_CENTRE);

	private final TaskStore store;

	private final Cases cases;

	private final Catalog catalog;

	private final Departments departments;

	private final WorkingTime workingTime;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MatrixTasks matrix;

	private final Photos photos;

	JointHandling(TaskStore store, Cases cases, Catalog catalog, Departments departments, WorkingTime workingTime,
			ApplicationEventPublisher events, Clock clock, MatrixTasks matrix, Photos photos) {
		this.matrix = matrix;
		this.photos = photos;
		this.store = store;
		this.cases = cases;
		this.catalog = catalog;
		this.departments = departments;
		this.workingTime = workingTime;
		this.events = events;
		this.clock = clock;
	}

	// ------------------------------------------------------------ opening tasks

	/**
	 * Opens a task for every co-department the case's category names, and for its lead department
	 * when that is not urban management (see {@link MatrixTasks#expected}). Urban management, through
	 * the station, coordinates the case itself and gets no task. Idempotent: a department that already has a task on the case is skipped, so a
	 * redelivered event changes nothing.
	 */
	@Transactional
	public List<JointTask> openFromMatrix(CaseNumber number) {
		CaseSummary c = cases.summary(number).orElse(null);
		if (c == null) {
			return List.of();
		}
		// the matrix as it stood when the case was registered: the guard waits for exactly these tasks
		CategoryRules rules = matrix.rulesOf(number).or(() -> catalog.current(c.categoryCode())).orElse(null);
		return rules == null ? List.of() : openFromMatrix(c, rules).stream().map(this::view).toList();
	}

	/**
	 * The same, from the registration event alone: it names the rules version the case was
	 * registered under and carries the case's summary, so nothing is read back from the cases module.
	 */
	@Transactional
	public int openFromMatrix(CaseRegistered registered) {
		// the count, not the tasks as pages show them: nobody reads them here, and each view costs three queries
		return catalog.version(registered.rulesId())
			.map(rules -> openFromMatrix(registered.summary(), rules).size())
			.orElse(0);
	}

	private List<Task> openFromMatrix(CaseSummary c, CategoryRules rules) {
		CaseNumber number = c.caseNumber();
		List<Task> opened = new ArrayList<>();
		for (String department : MatrixTasks.expected(rules)) {
			if (!store.exists(number.value(), department)) {
				opened.add(openTask(c, rules, department, "MATRIX", "MATRIX", c.stationCode(), null, null));
			}
		}
		return opened;
	}

	/** A station head, squad leader, community staff member or the command centre calls further departments onto an open case. */
	@Transactional
	public List<JointTask> whistle(String caseNumber, List<String> departmentCodes, @Nullable String reason,
			CurrentUser who) {
		if (WHISTLERS.stream().noneMatch(who::has)) {
			throw TaskRefusals.notAWhistler();
		}
		CaseSummary c = caseOf(caseNumber);
		if (!who.canSee(jurisdiction(c))) {
			throw TaskRefusals.caseOutsideScope(caseNumber);
		}
		required(reason, "reason", MAX_REASON);
		if (departmentCodes.isEmpty()) {
			throw TaskRefusals.noDepartments();
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < departmentCodes.size(); i++) {
			String code = departmentCodes.get(i);
			if (code == null || !departments.exists(code)) {
				throw TaskRefusals.unknownDepartment("departments[" + i + "]", String.valueOf(code));
			}
			if (!seen.add(code)) {
				throw TaskRefusals.duplicate(caseNumber, code);
			}
		}
		if (!OPEN_CASE.contains(c.status())) {
			throw TaskRefusals.caseNotOpen(caseNumber, c.status().name());
		}
		CategoryRules rules = catalog.current(c.categoryCode())
			.orElseThrow(() -> new IllegalStateException("Category " + c.categoryCode() + " of " + caseNumber + " is gone"));
		for (String code : departmentCodes) {
			if (store.exists(caseNumber, code)) {
				throw TaskRefusals.duplicate(caseNumber, code);
			}
		}
		String kind;
		String whistler;
		switch (who.scope()) {
			case DataScope.Station s -> {
				kind = "STATION";
				whistler = s.code();
			}
			case DataScope.Squad s -> {
				kind = "SQUAD";
				whistler = s.code();
			}
			case DataScope.Community s -> {
				kind = "COMMUNITY";
				whistler = s.code();
			}
			default -> {
				kind = who.scope().kind();
				whistler = who.scope().code();
			}
		}
		List<JointTask> opened = new ArrayList<>();
		for (String code : departmentCodes) {
			opened.add(open(c, rules, code, "WHISTLE", kind, whistler, who.username(), reason));
		}
		return opened;
	}

	private JointTask open(CaseSummary c, CategoryRules rules, String department, String origin, String whistlerKind,
			@Nullable String whistler, @Nullable String whistledBy, @Nullable String reason) {
		return view(openTask(c, rules, department, origin, whistlerKind, whistler, whistledBy, reason));
	}

	private Task openTask(CaseSummary c, CategoryRules rules, String department, String origin, String whistlerKind,
			@Nullable String whistler, @Nullable String whistledBy, @Nullable String reason) {
		Instant now = clock.instant();
		Urgency urgency = Urgency.valueOf(c.urgency());
		int minutes = store.acknowledgeMinutes(department, urgency.name()).orElse(DEFAULT_ACKNOWLEDGE_MINUTES);
		Instant acknowledgeBy = now.plus(Duration.ofMinutes(minutes));
		Instant handleBy = workingTime.deadline(now, rules.handleWithin(urgency));
		if (handleBy.isBefore(acknowledgeBy)) {
			handleBy = workingTime.deadline(acknowledgeBy, TimeLimit.of(1, LimitUnit.NATURAL_MINUTES));
		}
		Task t = new Task(c.caseNumber().value(), department, origin, whistlerKind, whistler, whistledBy, reason,
				district(c), c.squadCode(), c.stationCode(), c.communityCode(), urgency.name(), now, acknowledgeBy,
				handleBy);
		store.insert(t);
		store.insertStep(t.id, now, "CREATED", whistledBy, null, reason);
		publish(t, "CREATED", now);
		return t;
	}

	// ------------------------------------------------------------ department side

	@Transactional
	public JointTask acknowledge(long id, CurrentUser who) {
		Task t = ownTask(id, who);
		Instant now = clock.instant();
		t.acknowledge(who.username(), who.displayName(), now);
		JointTask saved = save(t, "ACKNOWLEDGE", who, null, now);
		// the handling deadline now runs and escalates from its own first rung
		store.resetEscalation(t.id);
		return saved;
	}

	@Transactional
	public JointTask progress(long id, @Nullable String notes, CurrentUser who) {
		return progress(id, notes, List.of(), who);
	}

	/**
	 * Progress with photos. The photos are judged and stored by evidence's {@link Photos} (the rules
	 * of a report's photos) in this transaction, after every other check: a bad photo refuses the
	 * whole step (a {@link org.steward.refusal.Refusal} naming {@code photos[i]}) and nothing is stored.
	 */
	@Transactional
	public JointTask progress(long id, @Nullable String notes, List<Photos.Upload> uploads, CurrentUser who) {
		Task t = ownTask(id, who);
		String text = required(notes, "notes");
		t.progress();
		Instant now = clock.instant();
		List<Evidence> kept = photos.keep("coordination-task:" + t.id, uploads);
		JointTask saved = save(t, "PROGRESS", who, text, now, kept);
		return saved;
	}

	@Transactional
	public JointTask complete(long id, @Nullable String result, CurrentUser who) {
		Task t = ownTask(id, who);
		Instant now = clock.instant();
		String text = required(result, "result");
		t.complete(text, now);
		return save(t, "COMPLETE", who, text, now);
	}

	@Transactional
	public JointTask decline(long id, @Nullable String reason, @Nullable String basis, CurrentUser who) {
		Task t = ownTask(id, who);
		Instant now = clock.instant();
		String why = required(reason, "reason", MAX_DECLINE_PART);
		String rule = required(basis, "basis", MAX_DECLINE_PART);
		t.requestDecline(why, rule, now);
		return save(t, "DECLINE", who, why + " — " + rule, now);
	}

	/** The lead of the case (its station head, squad leader or the command centre) approves or refuses a decline. */
	@Transactional
	public JointTask decideDecline(long id, @Nullable Boolean approve, @Nullable String notes, CurrentUser who) {
		Task t = store.byId(id).orElseThrow(() -> TaskRefusals.taskNotFound(id));
		if (LEADS.stream().noneMatch(who::has) || !who.canSee(jurisdiction(t))) {
			throw TaskRefusals.notTheLead(t.caseNumber);
		}
		if (approve == null) {
			throw TaskRefusals.decisionRequired();
		}
		optional(notes, "notes", MAX_TEXT);
		Instant now = clock.instant();
		t.decideDecline(approve, now);
		if (!approve && t.state.isOpen()) {
			// the department answers again: its lateness is measured afresh from the refusal
			store.resetEscalation(t.id);
		}
		return save(t, approve ? "DECLINE_APPROVED" : "DECLINE_REFUSED", who, notes, now);
	}

	// ------------------------------------------------------------ queries

	@Transactional(readOnly = true)
	public JointTask task(long id, CurrentUser who) {
		Task t = store.byId(id).orElseThrow(() -> TaskRefusals.taskNotFound(id));
		if (!mayRead(t, who)) {
			throw TaskRefusals.anotherDepartmentsTask(id);
		}
		return view(t);
	}

	/** A liaison's queue (their department), or every department's tasks for the district's command centre. */
	@Transactional(readOnly = true)
	public List<JointTask> queue(Set<TaskState> states, CurrentUser who) {
		if (who.scope() instanceof DataScope.Department d) {
			return store.ofDepartment(d.code(), states).stream().map(this::view).toList();
		}
		if (who.scope() instanceof DataScope.District) {
			return store.ofDepartment(null, states).stream().map(this::view).toList();
		}
		throw TaskRefusals.noQueue();
	}

	/** The joint board of one case: every department's task; a liaison sees it only if their department takes part. */
	@Transactional(readOnly = true)
	public List<JointTask> ofCase(String caseNumber, CurrentUser who) {
		List<Task> tasks = store.ofCase(caseNumber);
		if (who.scope() instanceof DataScope.Department d) {
			if (tasks.stream().noneMatch(t -> t.departmentCode.equals(d.code()))) {
				throw TaskRefusals.departmentNotOnCase(caseNumber);
			}
		}
		else {
			CaseSummary c = caseOf(caseNumber);
			if (!who.canSee(jurisdiction(c))) {
				throw TaskRefusals.caseOutsideScope(caseNumber);
			}
		}
		return tasks.stream().map(this::view).toList();
	}

	/**
	 * What and where the problem of a case is (category, address, point, description, report
	 * photos), for a reader of its joint work: a liaison whose department has a task on the case —
	 * the task is the authority, the case page's data scope is not widened — or staff whose scope
	 * covers the case. Empty for an unknown case.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<CaseBrief> caseBrief(String caseNumber, CurrentUser who) {
		if (!CaseNumber.isValid(caseNumber)) {
			return java.util.Optional.empty();
		}
		java.util.Optional<CaseBrief> brief = cases.brief(new CaseNumber(caseNumber));
		if (brief.isEmpty()) {
			return brief;
		}
		boolean reader = who.scope() instanceof DataScope.Department d ? store.exists(caseNumber, d.code())
				: who.canSee(jurisdiction(brief.get().summary()));
		if (!reader) {
			throw TaskRefusals.notAReader(caseNumber);
		}
		return brief;
	}

	/** A photo of the case's own report, for a reader of its joint work (see {@link #caseBrief}). */
	@Transactional(readOnly = true)
	public java.util.Optional<TaskPhoto> casePhoto(String caseNumber, String sha256, CurrentUser who) {
		return caseBrief(caseNumber, who).flatMap(b -> b.photos().stream().filter(p -> p.sha256().equals(sha256)).findFirst())
			.flatMap(e -> photos.file(e.sha256()).map(file -> new TaskPhoto(file, e.contentType())));
	}

	/** Every open task of the district, for the command centre's live board. */
	@Transactional(readOnly = true)
	public List<JointTask> openTasks() {
		return store.ofDepartment(null, EnumSet.of(TaskState.OPEN, TaskState.ACKNOWLEDGED, TaskState.IN_PROGRESS,
				TaskState.DECLINE_REQUESTED)).stream().map(this::view).toList();
	}

	/** A photo of the task, for someone who may read the task (its department, or staff whose scope covers the case). */
	@Transactional(readOnly = true)
	public java.util.Optional<TaskPhoto> photo(long id, String sha256, CurrentUser who) {
		task(id, who);
		return store.photo(id, sha256)
			.flatMap(e -> photos.file(e.sha256()).map(file -> new TaskPhoto(file, e.contentType())));
	}

	/** A stored photo of a task and the type its bytes showed when it was kept. */
	record TaskPhoto(java.nio.file.Path file, String contentType) {
	}

	@Transactional(readOnly = true)
	public java.util.Optional<JointTask> view(long id) {
		return store.byId(id).map(this::view);
	}

	/** The acknowledgement-limit table: department → urgency → minutes, only the pairs an administrator set. */
	@Transactional(readOnly = true)
	public java.util.Map<String, java.util.Map<String, Integer>> acknowledgeLimits() {
		return store.acknowledgeLimits();
	}

	/**
	 * Replaces the whole table at once, as the admin page sends it: a null means "back to the
	 * default". Every value is checked before anything is written (all or nothing).
	 */
	@Transactional
	public void setAcknowledgeLimits(java.util.Map<String, java.util.Map<String, @Nullable Integer>> limits) {
		limits.forEach((department, byUrgency) -> byUrgency.forEach((urgency, minutes) -> {
			if (!departments.exists(department)) {
				throw TaskRefusals.unknownDepartment("department", department);
			}
			checkUrgency(urgency);
			if (minutes != null) {
				checkMinutes(department + "." + urgency, minutes);
			}
		}));
		limits.forEach((department, byUrgency) -> byUrgency.forEach((urgency, minutes) -> {
			if (minutes == null) {
				store.clearAcknowledgeMinutes(department, urgency);
			}
			else {
				store.setAcknowledgeMinutes(department, urgency, minutes);
			}
		}));
	}

	static final int MAX_ACKNOWLEDGE_MINUTES = 24 * 60;

	private static void checkUrgency(String urgency) {
		try {
			Urgency.valueOf(urgency);
		}
		catch (IllegalArgumentException ex) {
			throw TaskRefusals.unknownUrgency(urgency);
		}
	}

	private static void checkMinutes(String field, int minutes) {
		if (minutes < 1 || minutes > MAX_ACKNOWLEDGE_MINUTES) {
			throw TaskRefusals.minutesOutOfRange(field, MAX_ACKNOWLEDGE_MINUTES);
		}
	}

	@Transactional
	public void setAcknowledgeMinutes(String department, String urgency, int minutes) {
		if (!departments.exists(department)) {
			throw TaskRefusals.unknownDepartment("department", department);
		}
		checkUrgency(urgency);
		checkMinutes("minutes", minutes);
		store.setAcknowledgeMinutes(department, urgency, minutes);
	}

	// ------------------------------------------------------------ internals

	private Task ownTask(long id, CurrentUser who) {
		Task t = store.byId(id).orElseThrow(() -> TaskRefusals.taskNotFound(id));
		if (!who.has(Role.DEPARTMENT_LIAISON) || !(who.scope() instanceof DataScope.Department d)
				|| !d.code().equals(t.departmentCode)) {
			throw TaskRefusals.notTheTasksLiaison(id, t.departmentCode);
		}
		return t;
	}

	private boolean mayRead(Task t, CurrentUser who) {
		if (who.scope() instanceof DataScope.Department d) {
			return d.code().equals(t.departmentCode);
		}
		return who.canSee(jurisdiction(t));
	}

	private JointTask save(Task t, String action, CurrentUser who, @Nullable String notes, Instant now) {
		return save(t, action, who, notes, now, List.of());
	}

	private JointTask save(Task t, String action, CurrentUser who, @Nullable String notes, Instant now,
			List<Evidence> photos) {
		if (!store.update(t)) {
			throw TaskRefusals.changedMeanwhile(t.state);
		}
		long step = store.insertStep(t.id, now, action, who.username(), who.displayName(), notes);
		store.insertPhotos(t.id, step, photos);
		publish(t, action, now);
		return view(t);
	}

	private void publish(Task t, String change, Instant now) {
		events.publishEvent(new TaskChanged(t.id, t.caseNumber, t.departmentCode, change, t.state, now));
	}

	JointTask view(Task t) {
		Instant now = clock.instant();
		Task.Deadline running = t.runningDeadline();
		Departments.Department d = departments.byCode(t.departmentCode)
			.orElse(new Departments.Department(t.departmentCode, t.departmentCode, t.departmentCode));
		return new JointTask(t.id, t.caseNumber, t.departmentCode, d.nameZh(), d.nameEn(), t.origin, t.whistledBy,
				t.reason, t.state, t.createdAt, t.acknowledgeBy, t.handleBy, t.acknowledgedAt, t.acknowledgedBy,
				t.acknowledgedByName, t.completedAt, t.result, t.declineReason, t.declineBasis, t.declinesRefused,
				running == null ? null : running.name(), running == null ? null : running.dueAt(),
				running != null && running.dueAt().isBefore(now), t.escalationLevel, t.version, store.steps(t.id));
	}

	private CaseSummary caseOf(String caseNumber) {
		if (!CaseNumber.isValid(caseNumber)) {
			throw TaskRefusals.caseNotFound(caseNumber);
		}
		return cases.summary(new CaseNumber(caseNumber)).orElseThrow(() -> TaskRefusals.caseNotFound(caseNumber));
	}

	private static String district(CaseSummary c) {
		return c.caseNumber().value().substring(0, 6);
	}

	private static DataScope.Jurisdiction jurisdiction(CaseSummary c) {
		return new DataScope.Jurisdiction(district(c), c.squadCode(), c.stationCode(), c.communityCode(), Set.of());
	}

	private static DataScope.Jurisdiction jurisdiction(Task t) {
		return new DataScope.Jurisdiction(t.districtCode, t.squadCode, t.stationCode, t.communityCode,
				Set.of(t.departmentCode));
	}

	private static String required(@Nullable String value, String field) {
		return required(value, field, MAX_TEXT);
	}

	/** A step's text is kept in a column of 2,000 characters; a decline keeps reason and basis together. */
	static final int MAX_TEXT = 2000;

	static final int MAX_DECLINE_PART = 990;

	static final int MAX_REASON = 1000;

	private static String required(@Nullable String value, String field, int max) {
		if (value == null || value.isBlank()) {
			throw TaskRefusals.required(field);
		}
		if (value.codePointCount(0, value.length()) > max) {
			throw org.steward.refusal.Refusal.invalid(field, "coordination.refused.tooLong", max);
		}
		return value;
	}

	private static @Nullable String optional(@Nullable String value, String field, int max) {
		if (value != null && value.codePointCount(0, value.length()) > max) {
			throw org.steward.refusal.Refusal.invalid(field, "coordination.refused.tooLong", max);
		}
		return value;
	}
}
