package org.steward.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.steward.cases.Channel;
import org.steward.cases.Rating;
import org.steward.catalog.Catalog;
import org.steward.catalog.CategoryRules;
import org.steward.catalog.Urgency;
import org.steward.identity.Accounts;
import org.steward.organization.Departments;
import org.steward.parties.Parties;
import org.steward.territory.GeoPoint;
import org.steward.territory.Locator;

/**
 * Checks the whole seed file against the running system before anything is written: every
 * account, category, department, party and earlier case it names exists, every point lies in
 * the service area (or is marked as lying outside it), every credit code carries its GB 32100
 * check character. The modules check each call again; this check exists so that a bad file
 * leaves no half-seeded demo behind.
 */
@Component
class DemoSeedCheck {

	/** The steps the seeder knows, with the fields each one needs. */
	static final Set<String> CASE_ACTIONS = Set.of("acknowledge", "arrive", "handle", "verify", "reject", "escalate",
			"merge");

	static final Set<String> OTHER_ACTIONS = Set.of("rate", "whistle", "task-acknowledge", "task-progress",
			"task-complete", "measure");

	/** The steps of a penalty case (立案查处) after its filing, on the case's PENALTY_CASE measure. */
	static final Set<String> PENALTY_ACTIONS = Set.of("approve-filing", "evidence", "propose", "review", "notify",
			"waive", "decide", "serve", "execute", "close-penalty");

	/** How a decision was executed, as {@code POST /api/v1/penalties/{id}/execution} names it. */
	static final Set<String> EXECUTIONS = Set.of("PAYMENT", "ENFORCEMENT");

	/** Enforcement's benchmark grades and service methods, as {@code /api/v1/penalties/{id}/…} names them. */
	static final Set<String> SEVERITIES = Set.of("MINOR", "GENERAL", "SERIOUS");

	static final Set<String> SERVICE_METHODS = Set.of("DIRECT", "LEFT_AT_ADDRESS", "POSTAL", "ELECTRONIC",
			"PUBLIC_NOTICE");

	/** Enforcement's party types, as {@code POST /api/v1/parties} names them. */
	static final Set<String> PARTY_TYPES = Set.of("MERCHANT", "ORGANISATION", "PROPERTY_MANAGEMENT",
			"RESIDENTIAL_COMPOUND", "COMMUNITY_COMMITTEE");

	private final Catalog catalog;

	private final Locator locator;

	private final Accounts accounts;

	private final Departments departments;

	private final Parties parties;

	DemoSeedCheck(Catalog catalog, Locator locator, Accounts accounts, Departments departments,
			Parties parties) {
		this.catalog = catalog;
		this.locator = locator;
		this.accounts = accounts;
		this.departments = departments;
		this.parties = parties;
	}

	/** @throws DemoSeedInvalid naming every problem (evidence files are not looked for) */
	void check(DemoSeedFile file) {
		check(file, null);
	}

	/**
	 * @param seedFile where the file was read from: the evidence files it names lie next to it
	 * @throws DemoSeedInvalid naming every problem
	 */
	void check(DemoSeedFile file, @Nullable Resource seedFile) {
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < file.benchmarks().size(); i++) {
			checkBenchmark(file.benchmarks().get(i), "benchmarks[" + i + "]", problems);
		}
		Set<String> partyKeys = new HashSet<>();
		Set<String> creditCodes = new HashSet<>();
		for (int i = 0; i < file.parties().size(); i++) {
			checkParty(file.parties().get(i), "parties[" + i + "]", partyKeys, creditCodes, problems);
		}
		Set<String> caseKeys = new HashSet<>();
		for (int i = 0; i < file.cases().size(); i++) {
			DemoSeedFile.CaseSeed c = file.cases().get(i);
			String at = "cases[" + i + "]";
			checkCase(c, at, caseKeys, problems);
			boolean penaltyFiled = false;
			for (int s = 0; s < c.steps().size(); s++) {
				DemoSeedFile.StepSeed step = c.steps().get(s);
				String stepAt = at + ".steps[" + s + "]";
				if (step.action() != null && PENALTY_ACTIONS.contains(step.action())) {
					checkPenaltyStep(step, stepAt, penaltyFiled, seedFile, problems);
				}
				else {
					checkStep(step, stepAt, partyKeys, caseKeys, problems);
				}
				penaltyFiled |= "measure".equals(step.action()) && "PENALTY_CASE".equals(step.type());
			}
			if (c.key() != null && !caseKeys.add(c.key())) {
				problems.add(at + ".key: '" + c.key() + "' is used twice");
			}
		}
		if (file.cases().isEmpty()) {
			problems.add("cases: the file seeds no case");
		}
		if (!problems.isEmpty()) {
			throw new DemoSeedInvalid(problems);
		}
	}

	private void checkParty(DemoSeedFile.PartySeed p, String at, Set<String> keys, Set<String> creditCodes,
			List<String> problems) {
		if (blank(p.key())) {
			problems.add(at + ".key: is required");
		}
		else if (!keys.add(p.key())) {
			problems.add(at + ".key: '" + p.key() + "' is used twice");
		}
		if (p.type() == null || !PARTY_TYPES.contains(p.type())) {
			problems.add(at + ".type: must be one of " + PARTY_TYPES);
		}
		if (blank(p.name())) {
			problems.add(at + ".name: is required");
		}
		if (blank(p.address())) {
			problems.add(at + ".address: is required");
		}
		if (p.creditCode() != null) {
			parties.creditCodeProblem(p.creditCode()).ifPresent(problem -> problems.add(at + ".creditCode: " + problem));
			if (!creditCodes.add(p.creditCode().toUpperCase(Locale.ROOT))) {
				problems.add(at + ".creditCode: " + p.creditCode() + " is used twice");
			}
		}
		if (p.location() != null) {
			checkPoint(p.location(), at + ".location", false, problems);
		}
		if (p.frontageAgreementMonths() != null && (p.frontageAgreementMonths() < 1 || p.frontageAgreementMonths() > 60)) {
			problems.add(at + ".frontageAgreementMonths: between 1 and 60");
		}
		for (int i = 0; i < p.contacts().size(); i++) {
			DemoSeedFile.ContactSeed contact = p.contacts().get(i);
			if (blank(contact.name()) || blank(contact.phone())) {
				problems.add(at + ".contacts[" + i + "]: needs a name and a phone");
			}
		}
	}

	private void checkBenchmark(DemoSeedFile.BenchmarkSeed b, String at, List<String> problems) {
		requireAccount(b.by(), at + ".by", problems);
		if (blank(b.categoryCode()) || catalog.current(b.categoryCode()).isEmpty()) {
			problems.add(at + ".categoryCode: no category '" + b.categoryCode() + "'");
		}
		if (b.severity() == null || !SEVERITIES.contains(b.severity())) {
			problems.add(at + ".severity: must be one of " + SEVERITIES);
		}
		require(b.minAmount(), at + ".minAmount", problems);
		require(b.maxAmount(), at + ".maxAmount", problems);
		require(b.legalBasis(), at + ".legalBasis", problems);
	}

	/** A penalty step works on the penalty case an earlier measure step of the same case filed. */
	private void checkPenaltyStep(DemoSeedFile.StepSeed s, String at, boolean penaltyFiled, @Nullable Resource seedFile,
			List<String> problems) {
		requireAccount(s.by(), at + ".by", problems);
		if (!penaltyFiled) {
			problems.add(at + ".action: " + s.action() + " needs an earlier measure step of type PENALTY_CASE on the case");
		}
		switch (s.action()) {
			case "evidence" -> {
				require(s.notes(), at + ".notes", problems);
				if (blank(s.file()) || s.file().contains("..")) {
					problems.add(at + ".file: name a file next to the seed file, e.g. evidence/photo.png");
				}
				else if (seedFile != null && !DemoCaseSeeder.evidenceFile(seedFile, s.file()).exists()) {
					problems.add(at + ".file: no file " + s.file() + " next to the seed file");
				}
			}
			case "propose" -> {
				if (s.severity() == null || !SEVERITIES.contains(s.severity())) {
					problems.add(at + ".severity: must be one of " + SEVERITIES);
				}
				require(s.amount(), at + ".amount", problems);
				require(s.notes(), at + ".notes", problems);
			}
			case "review" -> {
				if (s.passed() == null) {
					problems.add(at + ".passed: true passes the legal review, false returns the proposal");
				}
				require(s.notes(), at + ".notes", problems);
			}
			case "serve" -> {
				if (s.method() == null || !SERVICE_METHODS.contains(s.method())) {
					problems.add(at + ".method: must be one of " + SERVICE_METHODS);
				}
				require(s.servedTo(), at + ".servedTo", problems);
			}
			case "waive", "close-penalty" -> require(s.notes(), at + ".notes", problems);
			case "execute" -> {
				if (s.method() == null || !EXECUTIONS.contains(s.method())) {
					problems.add(at + ".method: must be one of " + EXECUTIONS);
				}
				require(s.notes(), at + ".notes", problems);
			}
			default -> {
				// approve-filing, notify and decide need only who acts (and decide disclose: true to publish it)
			}
		}
	}

	private void checkCase(DemoSeedFile.CaseSeed c, String at, Set<String> earlierCases, List<String> problems) {
		if (blank(c.key())) {
			problems.add(at + ".key: is required");
		}
		Channel channel = parse(Channel.class, c.channel());
		if (channel == null || channel == Channel.API) {
			problems.add(at + ".channel: must be PUBLIC, WHISTLE or PATROL");
		}
		else if (channel == Channel.PUBLIC && c.submittedBy() != null) {
			problems.add(at + ".submittedBy: a resident's report (PUBLIC) has no account");
		}
		else if (channel != Channel.PUBLIC) {
			requireAccount(c.submittedBy(), at + ".submittedBy", problems);
		}
		if (blank(c.category())) {
			problems.add(at + ".category: is required");
		}
		else {
			CategoryRules rules = catalog.current(c.category()).orElse(null);
			if (rules == null || !rules.active()) {
				problems.add(at + ".category: no active category " + c.category());
			}
		}
		if (c.urgency() != null && parse(Urgency.class, c.urgency()) == null) {
			problems.add(at + ".urgency: must be one of NORMAL, URGENT, VERY_URGENT");
		}
		if (c.description() == null || c.description().strip().codePointCount(0, c.description().strip().length()) < 5) {
			problems.add(at + ".description: at least 5 characters");
		}
		if (c.location() == null) {
			problems.add(at + ".location: is required");
		}
		else {
			checkPoint(c.location(), at + ".location", Boolean.TRUE.equals(c.outsideServiceArea()), problems);
		}
		if (c.joins() != null) {
			if (!earlierCases.contains(c.joins())) {
				problems.add(at + ".joins: no earlier case '" + c.joins() + "'");
			}
			if (!c.steps().isEmpty()) {
				problems.add(at + ".steps: a \"me too\" report joins a case and opens none, so it has no steps");
			}
		}
	}

	private void checkStep(DemoSeedFile.StepSeed s, String at, Set<String> parties, Set<String> earlierCases,
			List<String> problems) {
		String action = s.action();
		if (action == null || !(CASE_ACTIONS.contains(action) || OTHER_ACTIONS.contains(action))) {
			problems.add(at + ".action: must be one of " + CASE_ACTIONS + ", " + OTHER_ACTIONS + " or " + PENALTY_ACTIONS);
			return;
		}
		if (!action.equals("rate")) {
			requireAccount(s.by(), at + ".by", problems);
		}
		switch (action) {
			case "handle" -> require(s.result(), at + ".result", problems);
			case "verify" -> {
				if (s.passed() == null) {
					problems.add(at + ".passed: true closes, false sends back for rework");
				}
			}
			case "reject" -> require(s.reason(), at + ".reason", problems);
			case "escalate" -> {
				require(s.reason(), at + ".reason", problems);
				if (!"SQUAD".equals(s.target()) && !"COMMAND_CENTRE".equals(s.target())) {
					problems.add(at + ".target: SQUAD or COMMAND_CENTRE");
				}
			}
			case "merge" -> {
				if (s.into() == null || !earlierCases.contains(s.into())) {
					problems.add(at + ".into: no earlier case '" + s.into() + "'");
				}
			}
			case "rate" -> {
				if (parse(Rating.class, s.rating()) == null) {
					problems.add(at + ".rating: SATISFIED, BASICALLY_SATISFIED or DISSATISFIED");
				}
			}
			case "whistle" -> {
				require(s.reason(), at + ".reason", problems);
				if (s.departments().isEmpty()) {
					problems.add(at + ".departments: name at least one department");
				}
				s.departments().forEach(d -> requireDepartment(d, at + ".departments", problems));
			}
			case "task-acknowledge", "task-progress", "task-complete" -> {
				requireDepartment(s.department(), at + ".department", problems);
				if (action.equals("task-progress")) {
					require(s.notes(), at + ".notes", problems);
				}
				if (action.equals("task-complete")) {
					require(s.result(), at + ".result", problems);
				}
			}
			case "measure" -> {
				if (s.party() == null || !parties.contains(s.party())) {
					problems.add(at + ".party: no party '" + s.party() + "'");
				}
				require(s.type(), at + ".type", problems);
				if (s.officers().isEmpty()) {
					problems.add(at + ".officers: name at least one officer");
				}
				s.officers().forEach(o -> requireAccount(o, at + ".officers", problems));
				if (s.deadlineHours() != null && s.deadlineHours() < 1) {
					problems.add(at + ".deadlineHours: at least 1");
				}
				if (s.disclose() != null) {
					// the decision is disclosed, and only once it is issued
					problems.add(at + ".disclose: a penalty case is disclosed with its decision (a decide step with disclose: true)");
				}
			}
			default -> {
				// acknowledge and arrive need nothing more (arrive defaults to the case's own point)
			}
		}
		if (s.location() != null) {
			checkPoint(s.location(), at + ".location", false, problems);
		}
	}

	private void checkPoint(DemoSeedFile.Point p, String at, boolean outside, List<String> problems) {
		if (p.lat() == null || p.lng() == null || p.lat() < -90 || p.lat() > 90 || p.lng() < -180 || p.lng() > 180) {
			problems.add(at + ": needs lat (±90) and lng (±180)");
			return;
		}
		boolean located = locator.locate(new GeoPoint(p.lat(), p.lng())).isPresent();
		if (located && outside) {
			problems.add(at + ": marked outsideServiceArea but lies in a grid");
		}
		else if (!located && !outside) {
			problems.add(at + ": lies in no grid of the demo territory (mark outsideServiceArea: true if meant)");
		}
	}

	private void requireAccount(@Nullable String username, String at, List<String> problems) {
		if (blank(username)) {
			problems.add(at + ": is required");
		}
		else if (accounts.byUsername(username).isEmpty()) {
			problems.add(at + ": no account '" + username + "'");
		}
	}

	private void requireDepartment(@Nullable String code, String at, List<String> problems) {
		if (code == null || !departments.exists(code)) {
			problems.add(at + ": no department '" + code + "'");
		}
	}

	private static void require(@Nullable String value, String at, List<String> problems) {
		if (blank(value)) {
			problems.add(at + ": is required");
		}
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
