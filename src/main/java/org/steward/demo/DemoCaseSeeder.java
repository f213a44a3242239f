package org.steward.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Component;
import org.steward.StewardProperties;
import org.steward.cases.ActionRequest;
import org.steward.cases.CaseAction;
import org.steward.cases.CaseCommands;
import org.steward.cases.CaseFilter;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.cases.Channel;
import org.steward.cases.Rating;
import org.steward.cases.TrackingCode;
import org.steward.coordination.JointTask;
import org.steward.coordination.JointTasks;
import org.steward.enforcement.EducationFirst;
import org.steward.parties.Parties;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;
import org.steward.intake.ReportSubmissions;
import org.steward.territory.GeoPoint;

/**
 * Seeds the demo's benchmark grades, parties, cases, joint tasks, measures and penalty cases from
 * {@code demo/jinshui-demo-cases.yaml}
 * at the first start of the {@code demo} profile: only with {@code steward.demo.seed-cases=true}
 * and only while the database holds no case, so a restart (or a second node) adds nothing.
 * Runs when the application is ready — after the territory import, the organisation and the
 * demo accounts — and goes through the modules' facades only, acting as the named accounts.
 * Everything happens now, by the injected clock, so the modules' rules decide what a seeded case
 * can reach: a correction order made now is not yet due for re-inspection, so its case stays open.
 */
@Component
@Profile("demo")
class DemoCaseSeeder {

	private static final Logger log = LoggerFactory.getLogger(DemoCaseSeeder.class);

	/** The command centre's account: it sees the whole district, so its case count answers "is the database empty?". */
	static final String DISTRICT_READER = "command";

	/** How long to wait for a department's task that coordination opens after a case is registered (asynchronously). */
	static final Duration TASK_WAIT = Duration.ofSeconds(30);

	/**
	 * What one run did. {@code refused} names every step a module refused, by its place in the file
	 * and the module's reason; the case it belongs to keeps the steps before it and skips the rest.
	 */
	record Outcome(boolean seeded, long casesBefore, int parties, int cases, int steps, List<String> refused) {

		Outcome {
			refused = List.copyOf(refused);
		}
	}

	private final DemoSeedCheck check;

	private final ReportSubmissions reports;

	private final CaseCommands caseCommands;

	private final CaseQueries caseQueries;

	private final JointTasks jointTasks;

	private final EducationFirst enforcement;

	private final Parties parties;

	private final Accounts accounts;

	private final Clock clock;

	private final ZoneId zone;

	private final boolean enabled;

	private final Resource file;

	/** What the run at start did, for the demo's health and its test; empty before it ran (or when disabled). */
	private volatile @Nullable Outcome atStart;

	DemoCaseSeeder(DemoSeedCheck check, ReportSubmissions reports, CaseCommands caseCommands, CaseQueries caseQueries,
			JointTasks jointTasks, EducationFirst enforcement, Parties parties, Accounts accounts, Clock clock,
			StewardProperties steward, DemoProperties settings) {
		this.check = check;
		this.reports = reports;
		this.caseCommands = caseCommands;
		this.caseQueries = caseQueries;
		this.jointTasks = jointTasks;
		this.enforcement = enforcement;
		this.parties = parties;
		this.accounts = accounts;
		this.clock = clock;
		this.zone = steward.zone();
		this.enabled = settings.seedCases();
		this.file = settings.seedFile();
	}

	// after the territory import (order -100) and the demo accounts (order 0)
	@EventListener(ApplicationReadyEvent.class)
	@Order(100)
	void onReady() {
		if (!enabled) {
			log.info("Demo cases: not seeded (steward.demo.seed-cases=false)");
			return;
		}
		try {
			Outcome outcome = seed();
			atStart = outcome;
			if (outcome.seeded() && outcome.refused().isEmpty()) {
				log.info("Demo cases: seeded {} reports with {} steps and {} parties from {}", outcome.cases(),
						outcome.steps(), outcome.parties(), file.getDescription());
			}
			else if (outcome.seeded()) {
				log.error("Demo cases: seeded {} reports with {} steps and {} parties from {}, but {} item(s) were refused"
						+ " (each such case keeps the steps before it):\n  {}", outcome.cases(), outcome.steps(),
						outcome.parties(), file.getDescription(), outcome.refused().size(),
						String.join("\n  ", outcome.refused()));
			}
			else {
				log.info("Demo cases: not seeded, the database already holds {} case(s)", outcome.casesBefore());
			}
		}
		catch (RuntimeException ex) {
			// a bad file (nothing written) or a failure outside any one item: the demo still starts
			log.error("Demo cases: not seeded: {}", ex.getMessage(), ex);
		}
	}

	/** The outcome of the run at start, if it ran. */
	Optional<Outcome> atStart() {
		return Optional.ofNullable(atStart);
	}

	/**
	 * Seeds the file unless the database already holds a case. Each case is seeded on its own: a
	 * step a module refuses is logged and named in the outcome, that case keeps what came before it
	 * and skips the rest (its later steps build on the refused one), and the other cases still seed —
	 * so a rule that changed shows up as a named refusal, not as a half-seeded demo.
	 *
	 * @throws DemoSeedInvalid before anything is written, when the file has problems
	 */
	Outcome seed() {
		CurrentUser reader = account(DISTRICT_READER);
		long before = caseQueries.search(CaseFilter.all(), reader, 0, 1).total();
		if (before > 0) {
			return new Outcome(false, before, 0, 0, 0, List.of());
		}
		DemoSeedFile seed = DemoSeedFile.read(file);
		check.check(seed, file);

		List<String> refused = new ArrayList<>();
		for (int i = 0; i < seed.benchmarks().size(); i++) {
			DemoSeedFile.BenchmarkSeed b = seed.benchmarks().get(i);
			try {
				enforcement.setBenchmark(new EducationFirst.Benchmark(b.categoryCode(), b.severity(), b.minAmount(),
						b.maxAmount(), b.legalBasis(), Boolean.TRUE.equals(b.major())), account(b.by()));
			}
			catch (RuntimeException ex) {
				refuse(refused, "benchmarks[" + i + "] (" + b.categoryCode() + " " + b.severity() + ")", ex);
			}
		}
		Map<String, Long> parties = new HashMap<>();
		for (DemoSeedFile.PartySeed p : seed.parties()) {
			try {
				parties.put(p.key(), registerParty(p));
			}
			catch (RuntimeException ex) {
				refuse(refused, "parties." + p.key(), ex);
			}
		}
		Map<String, Registered> cases = new HashMap<>();
		int steps = 0;
		for (DemoSeedFile.CaseSeed c : seed.cases()) {
			Registered registered;
			try {
				registered = submit(c, cases);
			}
			catch (RuntimeException ex) {
				refuse(refused, c.key() + " (report)", ex);
				continue;
			}
			cases.put(c.key(), registered);
			CaseProgress progress = new CaseProgress(registered);
			for (int i = 0; i < c.steps().size(); i++) {
				DemoSeedFile.StepSeed step = c.steps().get(i);
				try {
					take(step, progress, cases, parties, reader);
				}
				catch (RuntimeException ex) {
					refuse(refused, c.key() + ".steps[" + i + "] (" + step.action() + " on " + registered.number() + ")",
							ex);
					break;
				}
				steps++;
			}
		}
		return new Outcome(true, 0, parties.size(), cases.size(), steps, refused);
	}

	private static void refuse(List<String> refused, String where, RuntimeException ex) {
		String problem = where + ": " + ex.getMessage();
		refused.add(problem);
		log.error("Demo cases: refused {}", problem, ex);
	}

	/** A seeded case and what its steps have opened on it so far: the penalty case its penalty steps work on. */
	private static final class CaseProgress {

		final Registered registered;

		@Nullable Long penaltyCase;

		CaseProgress(Registered registered) {
			this.registered = registered;
		}

		long penaltyCase() {
			if (penaltyCase == null) {
				throw new IllegalStateException("No penalty case was filed on " + registered.number());
			}
			return penaltyCase;
		}
	}

	private record Registered(CaseNumber number, TrackingCode trackingCode, GeoPoint location) {
	}

	private long registerParty(DemoSeedFile.PartySeed p) {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		Integer months = p.frontageAgreementMonths();
		return parties.register(new Parties.NewParty(p.type(), p.name(), p.creditCode(), p.address(),
				p.location() == null ? null : p.location().lat(), p.location() == null ? null : p.location().lng(),
				p.contacts().stream().map(c -> new Parties.NewParty.Contact(c.name(), c.phone(), c.role())).toList(),
				p.licenceStatus(), months == null ? null : today,
				months == null ? null : today.plusMonths(months).minusDays(1)));
	}

	private Registered submit(DemoSeedFile.CaseSeed c, Map<String, Registered> earlier) {
		GeoPoint at = new GeoPoint(c.location().lat(), c.location().lng());
		String join = c.joins() == null ? null : seeded(earlier, c.joins()).number().value();
		ReportSubmissions.Submitted submitted = reports.submit(new ReportSubmissions.Submission(
				Channel.valueOf(c.channel()), c.submittedBy(), c.category(), c.description(), at.lat(), at.lng(),
				c.address(), c.urgency(), c.reporter() == null ? null : c.reporter().name(),
				c.reporter() == null ? null : c.reporter().phone(), join,
				// the key makes a repeated submission (a second node racing this one) answer the first
				"demo-seed-" + c.key()));
		return new Registered(submitted.caseNumber(), submitted.trackingCode(), at);
	}

	/** An earlier case of the file; it may have been refused, which refuses what builds on it. */
	private static Registered seeded(Map<String, Registered> cases, @Nullable String key) {
		Registered registered = cases.get(key);
		if (registered == null) {
			throw new IllegalStateException("the earlier case '" + key + "' was not seeded");
		}
		return registered;
	}

	private void take(DemoSeedFile.StepSeed s, CaseProgress progress, Map<String, Registered> cases,
			Map<String, Long> parties, CurrentUser reader) {
		Registered on = progress.registered;
		GeoPoint where = s.location() == null ? on.location() : new GeoPoint(s.location().lat(), s.location().lng());
		switch (s.action()) {
			case "acknowledge" -> act(on, CaseAction.ACKNOWLEDGE, request(s.notes(), null, null, null, null, null), s.by());
			case "arrive" -> act(on, CaseAction.ARRIVE, request(s.notes(), null, null, where, null, null), s.by());
			case "handle" -> act(on, CaseAction.HANDLE, request(s.notes(), null, s.result(), where, null, null), s.by());
			case "verify" -> act(on, CaseAction.VERIFY, request(s.notes(), null, null, null, null, s.passed()), s.by());
			case "reject" -> act(on, CaseAction.REJECT, request(s.notes(), s.reason(), null, null, null, null), s.by());
			case "escalate" -> act(on, CaseAction.ESCALATE,
					request(s.notes(), s.reason(), null, null, s.target(), null), s.by());
			case "merge" -> act(on, CaseAction.MERGE,
					request(s.notes(), null, null, null, seeded(cases, s.into()).number().value(), null), s.by());
			case "rate" -> caseCommands.rate(on.trackingCode(), Rating.valueOf(s.rating()),
					s.comment() == null ? "" : s.comment());
			case "whistle" -> jointTasks.whistle(on.number().value(), s.departments(), s.reason(), account(s.by()));
			case "task-acknowledge" -> jointTasks.acknowledge(task(on, s.department(), reader).id(), account(s.by()));
			case "task-progress" -> jointTasks.progress(task(on, s.department(), reader).id(), s.notes(), account(s.by()));
			case "task-complete" -> jointTasks.complete(task(on, s.department(), reader).id(), s.result(), account(s.by()));
			case "measure" -> measure(s, progress, party(parties, s.party()));
			case "evidence" -> evidence(s, progress);
			case "propose" -> enforcement.propose(progress.penaltyCase(), s.severity(), s.amount(), s.notes(),
					account(s.by()));
			case "review" -> enforcement.review(progress.penaltyCase(), Boolean.TRUE.equals(s.passed()), s.notes(),
					account(s.by()));
			case "approve-filing" -> enforcement.approveFiling(progress.penaltyCase(), account(s.by()));
			// the notice handed over and the party's written waiver signed on the spot, as the seed runs
			case "notify" -> enforcement.notifyParty(progress.penaltyCase(), clock.instant(), account(s.by()));
			case "waive" -> enforcement.waive(progress.penaltyCase(), s.notes(), clock.instant(), account(s.by()));
			case "decide" -> enforcement.decide(progress.penaltyCase(), Boolean.TRUE.equals(s.disclose()), account(s.by()));
			case "execute" -> enforcement.execute(progress.penaltyCase(), s.method(), s.notes(), account(s.by()));
			case "close-penalty" -> enforcement.close(progress.penaltyCase(), s.notes(), account(s.by()));
			// served as the seed runs: the decision was handed over on the spot, just after it was issued
			case "serve" -> enforcement.serve(progress.penaltyCase(), s.method(), s.servedTo(), clock.instant(),
					account(s.by()));
			default -> throw new IllegalStateException("Unchecked action " + s.action());
		}
	}

	private void act(Registered on, CaseAction action, ActionRequest request, String by) {
		caseCommands.act(on.number(), action, request, account(by));
	}

	private static ActionRequest request(@Nullable String notes, @Nullable String reason, @Nullable String result,
			@Nullable GeoPoint location, @Nullable String target, @Nullable Boolean passed) {
		return new ActionRequest(notes, reason, result, location, List.of(), target, passed, null, null);
	}

	private static long party(Map<String, Long> parties, @Nullable String key) {
		Long id = parties.get(key);
		if (id == null) {
			throw new IllegalStateException("the party '" + key + "' was not registered");
		}
		return id;
	}

	private void measure(DemoSeedFile.StepSeed s, CaseProgress on, long partyId) {
		Instant deadline = s.deadlineHours() == null ? null : clock.instant().plus(Duration.ofHours(s.deadlineHours()));
		EducationFirst.RecordedMeasure measure = enforcement.recordMeasure(on.registered.number(),
				new EducationFirst.NewMeasure(s.type(), partyId, s.notes(), s.officers(), deadline, s.reason(), null, null,
						false),
				account(s.by()));
		if ("PENALTY_CASE".equals(measure.type())) {
			on.penaltyCase = measure.id();
		}
	}

	/** A file shipped next to the seed file, added to the case's penalty case as evidence. */
	private void evidence(DemoSeedFile.StepSeed s, CaseProgress on) {
		Resource evidence = evidenceFile(file, s.file());
		byte[] content;
		try (var in = evidence.getInputStream()) {
			content = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo evidence " + s.file(), ex);
		}
		String name = evidence.getFilename() == null ? "evidence" : evidence.getFilename();
		String type = MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM).toString();
		enforcement.addEvidence(on.penaltyCase(), name, type, content, s.notes(), account(s.by()));
	}

	/** The evidence file named relative to the seed file (shipped with it). */
	static Resource evidenceFile(Resource seedFile, @Nullable String name) {
		try {
			return seedFile.createRelative(name == null ? "" : name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot resolve the demo evidence " + name, ex);
		}
	}

	/**
	 * The department's task on the case. Tasks the category's matrix names are opened by
	 * coordination when it hears of the new case, just after the report's transaction commits;
	 * this waits for that rather than opening them itself, so they come about as in real work.
	 */
	private JointTask task(Registered on, String department, CurrentUser reader) {
		// real elapsed time, not the application's clock (which a test may hold still)
		long giveUp = System.nanoTime() + TASK_WAIT.toNanos();
		while (true) {
			Optional<JointTask> task = jointTasks.ofCase(on.number().value(), reader)
				.stream()
				.filter(t -> t.departmentCode().equals(department))
				.findFirst();
			if (task.isPresent()) {
				return task.get();
			}
			if (System.nanoTime() - giveUp > 0) {
				throw new IllegalStateException("No " + department + " task on " + on.number() + " after " + TASK_WAIT);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the " + department + " task", ex);
			}
		}
	}

	private CurrentUser account(String username) {
		return accounts.byUsername(username)
			.orElseThrow(() -> new IllegalStateException("No demo account " + username));
	}

}
