package org.steward.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.StewardProperties;
import org.steward.catalog.Catalog;
import org.steward.catalog.CategoryRules;
import org.steward.catalog.CategoryRulesId;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.organization.Officer;
import org.steward.organization.Organization;
import org.steward.organization.Station;
import org.steward.refusal.Refusal;
import org.steward.territory.GeoPoint;
import org.steward.territory.Locator;
import org.steward.territory.Territory;
import org.steward.worktime.LimitUnit;
import org.steward.worktime.TimeLimit;
import org.steward.worktime.WorkingTime;

/**
 * The cases module's service: registers and routes reports, answers queries within the
 * viewer's scope and runs the lifecycle's actions. Every step publishes its {@link CaseEvent}
 * in the same transaction, so the event publication registry delivers it after commit.
 * Other modules reach it through three facades ({@link CaseFacades}), one bean each, so a
 * test can replace one facade and keep the others real.
 */
@Service
class CaseBook {

	private static final double METRES_PER_DEGREE = 111_320.0;

	private static final double EARTH_RADIUS_METRES = 6_371_008.8;

	private static final int MAX_EXTENSION_DAYS = 60;

	private final CaseStore store;

	private final CaseNumbers numbers;

	private final Catalog catalog;

	/**
	 * Rules versions read so far. A version is never changed in place (an edit inserts a new one),
	 * so keeping it is safe; without this every case list asked the catalogue for each version on
	 * the page, several queries each (the largest database cost of the list in bench/run's profile).
	 */
	private final Map<CategoryRulesId, CategoryRules> rulesVersions = new ConcurrentHashMap<>();

	private final Organization organization;

	private final Territory territory;

	private final WorkingTime workingTime;

	private final RoutingPolicy routing;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ObjectProvider<CaseCloseGuard> closeGuards;

	private final ObjectProvider<Accounts> accounts;

	private final ObjectProvider<CaseParticipants> participants;

	private final ZoneId zone;

	private final String defaultDistrict;

	private final int listCountLimit;

	CaseBook(CaseStore store, CaseNumbers numbers, Catalog catalog, Organization organization, Territory territory, Locator locator,
			WorkingTime workingTime, ApplicationEventPublisher events, Clock clock,
			ObjectProvider<CaseCloseGuard> closeGuards, ObjectProvider<Accounts> accounts, StewardProperties steward,
			CasesProperties settings, ObjectProvider<CaseParticipants> participants) {
		this.participants = participants;
		this.store = store;
		this.numbers = numbers;
		this.catalog = catalog;
		this.organization = organization;
		this.territory = territory;
		this.workingTime = workingTime;
		this.routing = new RoutingPolicy(locator, organization, workingTime);
		this.events = events;
		this.clock = clock;
		this.closeGuards = closeGuards;
		this.accounts = accounts;
		this.zone = steward.zone();
		this.defaultDistrict = settings.districtCode();
		this.listCountLimit = settings.listCountLimit();
	}

	// ---------------------------------------------------------------- Cases

	/**
	 * {@inheritDoc}
	 * <p>Runs in the caller's transaction (intake's). A {@link Refusal} (unknown category) is
	 * thrown before anything is written and does not mark that transaction rollback-only, so the
	 * caller may catch it and answer 400.
	 */
	@Transactional(noRollbackFor = Refusal.class)
	public RegisteredCase register(NewReport report) {
		Optional<Case> existing = store.byReportId(report.reportId());
		if (existing.isPresent()) {
			return registered(existing.get(), true);
		}
		CategoryRules rules = catalog.current(report.categoryCode())
			.orElseThrow(() -> CaseRefusals.unknownCategory(report.categoryCode()));
		Instant now = clock.instant();
		RoutingPolicy.Route route = routing.route(report.location(), rules, report.urgency(), now);

		String districtCode = route.location() == null ? defaultDistrict : route.location().district().code();
		// drawn just before the case is built and stored: a refusal above leaves no gap in the district's numbers
		CaseNumber number = numbers.next(districtCode, LocalDate.ofInstant(now, zone).getYear());
		// the reporter's tracking code and the public join code, both checked unused in one query
		TrackingCode[] codes = freshTrackingCodes();
		String joinCode = codes[1].value();
		Case c = Case.register(number, codes[0], report, rules, route, districtCode, now);
		TimelineNote note = route.dispatched()
				? TimelineNote.of(TimelineNote.Code.ROUTED, c.stationCode, c.assignedOfficerName)
				: TimelineNote.of(TimelineNote.Code.QUEUED, EscalationTarget.COMMAND_CENTRE, route.escalationReason());
		c.record(new Case.Step(now, CaseStep.REGISTERED, report.submittedBy(), displayName(report.submittedBy()), null,
				c.status, note, null, List.of()),
				(n, at, a, s, nt) -> new CaseRegistered(n, at, a, s, nt, report.channel(), report.location(),
						report.urgency(), rules.id(), rules.responsibility().leadDepartment(),
						rules.responsibility().coDepartments(), route.dispatched() ? null : route.escalationReason(),
						report.description()));
		store.insert(c);
		store.insertJoinCode(c.id(), joinCode);
		publish(c, now);
		// the route already holds the names of the grid and the station: no need to read them again
		RegisteredCase.Area grid = route.location() == null ? null
				: new RegisteredCase.Area(route.location().grid().code(), route.location().grid().nameZh(),
						route.location().grid().nameEn());
		return new RegisteredCase(c.number, c.trackingCode, c.status, grid, route.station(), c.acknowledgeBy,
				c.handleBy, false);
	}

	/** {@inheritDoc} Like {@link #register}, refusals come before any write and leave the caller's transaction usable. */
	@Transactional(noRollbackFor = Refusal.class)
	public RegisteredCase addSupporter(CaseNumber openCase, NewReport report) {
		Case c = store.byNumber(openCase).orElseThrow(() -> CaseRefusals.notFound(openCase.value()));
		Instant now = clock.instant();
		if (store.supports(c.id(), report.reportId())) {
			return asSupporter(registered(c, true), store.supporterCode(c.id(), report.reportId()).orElse(null));
		}
		c.addSupporter(report.reportId(), now);
		// the supporter follows the case by a code of its own: the reporter's code rates the case
		TrackingCode own = freshTrackingCode();
		store.addSupporterRow(c.id(), report.reportId(), own, null, now);
		store.update(c);
		publish(c, now);
		return asSupporter(registered(c, false), own);
	}

	private static RegisteredCase asSupporter(RegisteredCase registered, @Nullable TrackingCode own) {
		if (own == null) {
			// a supporter row of a report from before supporters had codes of their own: it follows nothing
			throw CaseRefusals.notFound(registered.caseNumber().value());
		}
		return new RegisteredCase(registered.caseNumber(), own, registered.status(), registered.grid(),
				registered.station(), registered.acknowledgeBy(), registered.handleBy(), registered.alreadyRegistered());
	}

	/**
	 * {@inheritDoc}
	 * <p>Each case offered gets its join code the first time it is offered (and keeps it).
	 */
	@Transactional
	public List<Cases.NearbyCase> openNear(String categoryCode, GeoPoint point, double radiusMetres, int hours) {
		double dLat = radiusMetres / METRES_PER_DEGREE;
		double dLng = radiusMetres / (METRES_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(point.lat()))));
		Instant since = clock.instant().minus(Duration.ofHours(hours));
		return store
			.openInBox(categoryCode, since, point.lat() - dLat, point.lat() + dLat, point.lng() - dLng,
					point.lng() + dLng)
			.stream()
			.filter(c -> metres(point, c.location) <= radiusMetres)
			.map(c -> new Cases.NearbyCase(c.number, joinCode(c), c.categoryCode, c.status, metres(point, c.location),
					c.supporters, c.createdAt))
			.sorted(Comparator.comparingDouble(Cases.NearbyCase::distanceMetres))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<CaseSummary> summary(CaseNumber number) {
		Instant now = clock.instant();
		return store.byNumber(number).map(c -> summary(c, now, new HashMap<>()));
	}

	@Transactional(readOnly = true)
	public Optional<CaseBrief> brief(CaseNumber number) {
		Instant now = clock.instant();
		return store.byNumber(number).map(c -> new CaseBrief(summary(c, now, new HashMap<>()), c.description, c.photos));
	}

	@Transactional(readOnly = true)
	public boolean maySee(CaseNumber number, CurrentUser viewer) {
		return store.byNumber(number).map(c -> maySee(viewer, c)).orElse(false);
	}

	@Transactional(readOnly = true)
	public Optional<CategoryRulesId> rulesVersion(CaseNumber number) {
		return store.byNumber(number).map(c -> c.rulesId);
	}

	// ---------------------------------------------------------------- CaseQueries

	@Transactional(readOnly = true)
	public CasePage search(CaseFilter filter, CurrentUser viewer, int page, int size) {
		int pageSize = Math.clamp(size, 1, 200);
		int pageNumber = Math.max(0, page);
		CaseFilter effective = filter;
		if (filter.assignedTo() != null) {
			String officerCode = organization.officerByUsername(filter.assignedTo())
				.map(Officer::code)
				.orElse(filter.assignedTo());
			effective = new CaseFilter(filter.statuses(), filter.stationCode(), filter.categoryCode(),
					filter.overdue(), filter.from(), filter.to(), filter.commandQueue(), officerCode, filter.keyword(),
					filter.cursor());
		}
		Instant now = clock.instant();
		List<String> departmentCases = viewer.scope() instanceof DataScope.Department d
				? participants.orderedStream().flatMap(p -> p.casesOf(d.code()).stream()).distinct().toList() : List.of();
		CaseStore.SearchResult result = store.search(effective, viewer.scope(), departmentCases, now, pageNumber, pageSize,
				listCountLimit, keyword(filter.keyword()));
		Map<CategoryRulesId, CategoryRules> rules = new HashMap<>();
		return new CasePage(result.items().stream().map(c -> summary(c, now, rules)).toList(), pageNumber, pageSize,
				result.total(), result.totalIsLowerBound(), result.after(), result.before());
	}

	/** The shape of a case number: its beginning, typed so far, has digits and dashes where a number has them. */
	private static final String NUMBER_LOW = "000000-0000-000000";

	private static final String NUMBER_HIGH = "999999-9999-999999";

	/** More words than anyone types into a search box; each costs a condition. */
	static final int MAX_KEYWORD_WORDS = 5;

	/**
	 * A search text as the store asks for it: the beginning of a case number (a whole one included) as
	 * the range of numbers that start so; anything else as words, each of which must appear in the
	 * description or the address or name the case's station ("园田" finds the cases of 园田's station and
	 * those whose address says 园田). Refused (naming {@code q}) when too long or not printable.
	 */
	private CaseStore.@Nullable Keyword keyword(@Nullable String text) {
		if (text == null) {
			return null;
		}
		if (text.length() > CaseFilter.MAX_KEYWORD) {
			throw CaseRefusals.keywordTooLong(CaseFilter.MAX_KEYWORD);
		}
		if (text.chars().anyMatch(ch -> Character.isISOControl(ch) && !Character.isWhitespace(ch))) {
			throw CaseRefusals.keywordNotPrintable();
		}
		if (numberPrefix(text)) {
			return new CaseStore.Keyword(text + NUMBER_LOW.substring(text.length()),
					text + NUMBER_HIGH.substring(text.length()), List.of(), List.of());
		}
		List<String> words = java.util.Arrays.stream(text.split("\\s+"))
			.filter(w -> !w.isEmpty())
			.distinct()
			.limit(MAX_KEYWORD_WORDS)
			.toList();
		List<Station> stations = organization.stations();
		List<List<String>> stationsByWord = words.stream()
			.map(w -> stations.stream()
				.filter(st -> st.nameZh().contains(w)
						|| st.nameEn().toLowerCase(java.util.Locale.ROOT).contains(w.toLowerCase(java.util.Locale.ROOT)))
				.map(Station::code)
				.toList())
			.toList();
		return new CaseStore.Keyword(null, null, words, stationsByWord);
	}

	/** Whether {@code text} is the beginning of a case number: digits and dashes in their places, at least 4 of them. */
	static boolean numberPrefix(String text) {
		if (text.length() < 4 || text.length() > NUMBER_LOW.length()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean dash = NUMBER_LOW.charAt(i) == '-';
			if (dash ? c != '-' : c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	@Transactional(readOnly = true)
	public CaseDetail detail(CaseNumber number, CurrentUser viewer) {
		// three statements however long the timeline: the case, all its evidence, its timeline
		CaseStore.Loaded loaded = store.byNumberWithTimeline(number)
			.orElseThrow(() -> CaseRefusals.notFound(number.value()));
		if (!maySee(viewer, loaded.c())) {
			throw CaseRefusals.outsideScope(number);
		}
		return detail(loaded.c(), viewer, loaded.timeline());
	}

	@Transactional(readOnly = true)
	public Optional<PublicCase> track(TrackingCode code) {
		return store.byTrackingCode(code)
			.map(c -> publicCase(c, c.trackingCode, true))
			.or(() -> store.bySupporterCode(code).map(c -> publicCase(c, code, false)));
	}

	/** What blocks each closing action the viewer may take now, so the page can say so before the officer tries. */
	@Transactional(readOnly = true)
	public Map<CaseAction, List<CaseCloseGuard.Blocker>> openWork(CaseNumber number, CurrentUser viewer) {
		// the case row alone: what blocks an action does not depend on the photos
		Case c = store.byNumberWithoutPhotos(number).orElseThrow(() -> CaseRefusals.notFound(number.value()));
		if (!maySee(viewer, c)) {
			throw CaseRefusals.outsideScope(number);
		}
		Map<CaseAction, List<CaseCloseGuard.Blocker>> blocked = new java.util.EnumMap<>(CaseAction.class);
		for (CaseAction action : CaseAuthority.allowedFor(viewer, c, maySee(viewer, c))) {
			if (action == CaseAction.HANDLE || action == CaseAction.VERIFY || action == CaseAction.REVIEW) {
				List<CaseCloseGuard.Blocker> blockers = closeGuards.orderedStream()
					.flatMap(guard -> guard.blockers(number, action).stream())
					.toList();
				if (!blockers.isEmpty()) {
					blocked.put(action, blockers);
				}
			}
		}
		return blocked;
	}

	// ---------------------------------------------------------------- CaseCommands

	@Transactional
	public CaseDetail act(CaseNumber number, CaseAction action, ActionRequest request, CurrentUser actor) {
		Refusal.throwIfAny(request.lengthProblems());
		Case c = visible(number, actor);
		if (request.expectedVersion() != null && request.expectedVersion() != c.version) {
			throw CaseRefusals.staleVersion(number, c.version, request.expectedVersion());
		}
		if (!c.possibleActions().contains(action)) {
			throw CaseRefusals.illegalMove(action, c.status, CaseAuthority.allowedFor(actor, c, maySee(actor, c)));
		}
		if (!CaseAuthority.mayTake(actor, action, c)) {
			throw CaseRefusals.roleMayNot(action);
		}
		if (closes(action, request)) {
			List<CaseCloseGuard.Blocker> blockers = closeGuards.orderedStream()
				.flatMap(guard -> guard.blockers(number, action).stream())
				.toList();
			if (!blockers.isEmpty()) {
				throw CaseRefusals.blocked(action, c.status, blockers);
			}
		}
		Instant now = clock.instant();
		Case.Actor who = new Case.Actor(actor.username(), actor.displayName());
		switch (action) {
			case ACKNOWLEDGE -> c.acknowledge(who, request.notes(), now);
			case ARRIVE -> {
				if (request.location() == null) {
					throw CaseRefusals.arriveNeedsLocation();
				}
				if (request.evidence().isEmpty() && photoRequired(c.categoryCode, true)) {
					throw CaseRefusals.beforePhotoRequired();
				}
				c.arrive(who, request.location(), request.notes(), request.evidence(), now);
			}
			case HANDLE -> {
				String result = required(request.result(), "result", action);
				if (request.evidence().isEmpty() && photoRequired(c.categoryCode, false)) {
					throw CaseRefusals.afterPhotoRequired();
				}
				c.handle(who, result, request.notes(), request.location(), request.evidence(), now);
			}
			case VERIFY -> c.verify(who, required(request.passed(), "passed", action), request.notes(), now);
			case REJECT -> c.reject(who, required(request.reason(), "reason", action), now);
			case ESCALATE -> c.escalate(who, required(request.target(), "target", action), required(request.reason(), "reason", action),
					now);
			case REASSIGN -> c.reassign(who, assignment(c, required(request.target(), "target", action), now),
					required(request.reason(), "reason", action), now);
			case MERGE -> {
				merge(c, who, required(request.target(), "target", action), actor, now);
				return detail(c, actor);
			}
			case EXTEND -> {
				int days = required(request.workingDays(), "workingDays", action);
				if (days < 1 || days > MAX_EXTENSION_DAYS) {
					throw CaseRefusals.workingDaysRange(MAX_EXTENSION_DAYS);
				}
				Instant from = c.handleBy == null ? now : c.handleBy;
				Instant until = workingTime.deadline(from, TimeLimit.of(days, LimitUnit.WORKING_DAYS));
				c.requestExtension(who, days, required(request.reason(), "reason", action), until, now);
			}
			case APPROVE_EXTENSION -> c.decideExtension(who, required(request.passed(), "passed", action), request.notes(), now);
			case TRANSFER -> c.transfer(who, required(request.target(), "target", action),
					required(request.reason(), "reason", action), now);
			case REVIEW -> {
				CategoryRules rules = rulesOf(c);
				c.review(who, required(request.passed(), "passed", action), request.notes(), new Case.Assignment(c.stationCode,
						c.squadCode, c.assignedOfficerCode, c.assignedOfficerName, c.acknowledgeBy,
						routing.handleBy(rules, c.urgency, now)), now);
			}
		}
		store.update(c);
		publish(c, now);
		return detail(c, actor);
	}

	@Transactional
	public PublicCase rate(TrackingCode code, Rating rating, @Nullable String comment) {
		Optional<Case> reported = store.byTrackingCode(code);
		if (reported.isEmpty()) {
			if (store.bySupporterCode(code).isPresent()) {
				throw CaseRefusals.onlyReporterRates();
			}
			throw CaseRefusals.notFound(code.value());
		}
		Case c = reported.get();
		Instant now = clock.instant();
		c.rate(rating, comment == null || comment.isBlank() ? null : comment.strip(), now);
		store.update(c);
		publish(c, now);
		return publicCase(c, c.trackingCode, true);
	}

	@Transactional(readOnly = true)
	public boolean awaitsCallBack(CaseNumber number) {
		return store.byNumber(number)
			.map(c -> c.status == CaseStatus.CLOSED && c.rating == null && c.reporterPhone != null
					&& !c.reporterPhone.isBlank())
			.orElse(false);
	}

	/** A page of closed, unrated cases whose reporter left a phone, after {@code after} in case-number order. */
	@Transactional(readOnly = true)
	public List<Cases.CallBackCandidate> awaitingCallBack(@Nullable CaseNumber after, int limit) {
		Instant now = clock.instant();
		Map<CategoryRulesId, CategoryRules> rules = new HashMap<>();
		return store.closedUnratedWithPhone(after == null ? "" : after.value(), limit)
			.stream()
			.filter(c -> c.reporterPhone != null && !c.reporterPhone.isBlank() && c.closedAt != null)
			.map(c -> new Cases.CallBackCandidate(summary(c, now, rules), c.closedAt))
			.toList();
	}

	@Transactional(readOnly = true)
	public CallBackContact callBackContact(CaseNumber number, CurrentUser viewer) {
		Case c = visible(number, viewer);
		boolean full = CaseAuthority.seesReporter(viewer);
		String phone = c.reporterPhone == null || c.reporterPhone.isBlank() ? null
				: full ? c.reporterPhone : CaseAuthority.maskPhone(c.reporterPhone);
		String name = c.reporterName == null || full ? c.reporterName : CaseAuthority.maskName(c.reporterName);
		return new CallBackContact(summary(c, clock.instant(), new HashMap<>()), c.rating != null, name, phone);
	}

	/** The call-back's answer is the reporter's rating; only the command centre calls (it alone sees the phone). */
	@Transactional
	public CaseDetail rateOnCallBack(CaseNumber number, Rating rating, int attempt, @Nullable String comment,
			CurrentUser caller) {
		Case c = visible(number, caller);
		if (!CaseAuthority.seesReporter(caller)) {
			throw CaseRefusals.outsideScope(number);
		}
		Instant now = clock.instant();
		c.rateOnCallBack(new Case.Actor(caller.username(), caller.displayName()), rating, attempt,
				comment == null || comment.isBlank() ? null : comment.strip(), now);
		store.update(c);
		publish(c, now);
		return detail(c, caller);
	}

	// ---------------------------------------------------------------- internals

	/** Scope decides; a liaison's department counts only where it takes part in the case (a task of its own). */
	private boolean maySee(CurrentUser viewer, Case c) {
		Set<String> departments = viewer.scope() instanceof DataScope.Department
				? participants.orderedStream()
					.flatMap(p -> p.departmentsOf(c.number).stream())
					.collect(java.util.stream.Collectors.toSet())
				: Set.of();
		return CaseAuthority.maySee(viewer, c, departments);
	}

	private Case visible(CaseNumber number, CurrentUser viewer) {
		Case c = store.byNumber(number).orElseThrow(() -> CaseRefusals.notFound(number.value()));
		if (!maySee(viewer, c)) {
			throw CaseRefusals.outsideScope(number);
		}
		return c;
	}

	private void merge(Case c, Case.Actor who, String target, CurrentUser actor, Instant now) {
		if (!CaseNumber.isValid(target)) {
			throw CaseRefusals.notACaseNumber(target);
		}
		CaseNumber targetNumber = new CaseNumber(target);
		Case into = store.byNumber(targetNumber).orElseThrow(() -> CaseRefusals.noSuchTargetCase(target));
		if (!maySee(actor, into)) {
			throw CaseRefusals.outsideScope(targetNumber);
		}
		c.mergeInto(who, into, now);
		store.update(c);
		store.update(into);
		store.addSupporterRow(into.id(), c.reportId, c.trackingCode, c.number, now);
		publish(c, now);
		publish(into, now);
	}

	/** Resolves a reassignment target: a station code, an officer's username or badge number. */
	private Case.Assignment assignment(Case c, String target, Instant now) {
		CategoryRules rules = rulesOf(c);
		Optional<Station> station = organization.station(target);
		@Nullable Officer officer = null;
		if (station.isEmpty()) {
			officer = organization.officerByUsername(target).or(() -> organization.officer(target))
				.filter(Officer::active)
				.orElseThrow(() -> CaseRefusals.noStationOrOfficer(target));
			station = organization.station(officer.stationCode());
		}
		Station s = station.orElseThrow(() -> CaseRefusals.noStation(target));
		String officerCode;
		String officerName;
		if (officer != null) {
			officerCode = officer.code();
			officerName = officer.name();
		}
		else {
			String preferred = null;
			String preferredName = null;
			if (c.gridCode != null) {
				var responsible = organization.responsibilityFor(c.gridCode)
					.filter(r -> r.station().code().equals(s.code()));
				if (responsible.isPresent()) {
					preferred = responsible.get().officer().code();
					preferredName = responsible.get().officer().name();
				}
			}
			if (preferred == null && s.headOfficerCode() != null) {
				preferred = s.headOfficerCode();
				preferredName = organization.officer(preferred).map(Officer::name).orElse(null);
			}
			RoutingPolicy.OfficerChoice choice = routing.officerFor(s.code(), preferred, preferredName, now);
			officerCode = choice.code();
			officerName = choice.name();
		}
		return new Case.Assignment(s.code(), s.squadCode(), officerCode, officerName,
				routing.acknowledgeBy(rules, c.urgency, now), routing.handleBy(rules, c.urgency, now));
	}

	/** Handling, a passing verification and a passing review end the case's work: other modules' open work blocks them. */
	private static boolean closes(CaseAction action, ActionRequest request) {
		return action == CaseAction.HANDLE
				|| ((action == CaseAction.VERIFY || action == CaseAction.REVIEW) && Boolean.TRUE.equals(request.passed()));
	}

	private CategoryRules rulesOf(Case c) {
		return catalog.version(c.rulesId)
			.orElseThrow(() -> new IllegalStateException("Rules version " + c.rulesId + " of case " + c.number + " is gone"));
	}

	private static <T> T required(@Nullable T value, String field, CaseAction action) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw CaseRefusals.required(field, action);
		}
		return value;
	}

	/**
	 * Whether the administrator requires a "before" photo on arrival or an after-photo to handle this
	 * category (a test double may answer null).
	 */
	private boolean photoRequired(String categoryCode, boolean before) {
		org.steward.catalog.CategoryHandling handling = catalog.handling(categoryCode);
		return handling != null && (before ? handling.beforePhotoRequired() : handling.afterPhotoRequired());
	}

	private String joinCode(Case c) {
		return store.joinCode(c.id()).orElseGet(() -> {
			String fresh = freshTrackingCode().value();
			store.insertJoinCode(c.id(), fresh);
			return fresh;
		});
	}

	/** Two distinct unused codes (a case's tracking code and its join code) for the price of one check. */
	private TrackingCode[] freshTrackingCodes() {
		TrackingCode first = TrackingCode.random();
		TrackingCode second = TrackingCode.random();
		while (first.equals(second) || store.anyTrackingCodeTaken(first, second)) {
			first = TrackingCode.random();
			second = TrackingCode.random();
		}
		return new TrackingCode[] { first, second };
	}

	private TrackingCode freshTrackingCode() {
		TrackingCode code = TrackingCode.random();
		while (store.trackingCodeTaken(code)) {
			code = TrackingCode.random();
		}
		return code;
	}

	/** Publishes the events of the steps just stored, each with the case as it stands after them. */
	void publish(Case c, Instant now) {
		CaseSummary after = summary(c, now, new HashMap<>());
		for (Case.Pending pending : c.newEvents) {
			events.publishEvent(pending.with(c.number, after));
		}
		c.newEvents.clear();
	}

	/** A signed-in submitter's display name (the timeline never shows a username); null for a resident. */
	private @Nullable String displayName(@Nullable String username) {
		if (username == null) {
			return null;
		}
		Accounts known = accounts.getIfAvailable();
		return known == null ? null : known.byUsername(username).map(CurrentUser::displayName).orElse(null);
	}

	private RegisteredCase registered(Case c, boolean already) {
		RegisteredCase.Area grid = c.gridCode == null ? null
				: territory.grid(c.gridCode)
					.map(u -> new RegisteredCase.Area(u.code(), u.nameZh(), u.nameEn()))
					.orElse(new RegisteredCase.Area(c.gridCode, c.gridCode, c.gridCode));
		RegisteredCase.Area station = c.stationCode == null ? null
				: organization.station(c.stationCode)
					.map(s -> new RegisteredCase.Area(s.code(), s.nameZh(), s.nameEn()))
					.orElse(new RegisteredCase.Area(c.stationCode, c.stationCode, c.stationCode));
		return new RegisteredCase(c.number, c.trackingCode, c.status, grid, station, c.acknowledgeBy, c.handleBy,
				already);
	}

	private CaseSummary summary(Case c, Instant now, Map<CategoryRulesId, CategoryRules> cache) {
		CategoryRules rules = cache.computeIfAbsent(c.rulesId, this::rulesById);
		return new CaseSummary(c.number, c.trackingCode, c.status, c.categoryCode,
				rules == null ? c.categoryCode : rules.nameZh(), rules == null ? c.categoryCode : rules.nameEn(),
				c.gridCode, c.stationCode, c.squadCode, c.communityCode, c.address, c.location.lat(), c.location.lng(),
				c.urgency.name(), c.createdAt, c.acknowledgeBy, c.handleBy, c.isOverdue(now), c.supporters, c.version);
	}

	private @Nullable CategoryRules rulesById(CategoryRulesId id) {
		CategoryRules known = rulesVersions.get(id);
		if (known != null) {
			return known;
		}
		CategoryRules read = catalog.version(id).orElse(null);
		if (read != null) {
			rulesVersions.put(id, read);
		}
		return read;
	}

	private CaseDetail detail(Case c, CurrentUser viewer) {
		return detail(c, viewer, store.timeline(c.id()));
	}

	private CaseDetail detail(Case c, CurrentUser viewer, List<TimelineEntry> timeline) {
		Instant now = clock.instant();
		boolean full = CaseAuthority.seesReporter(viewer);
		String phone = c.reporterPhone == null || full ? c.reporterPhone : CaseAuthority.maskPhone(c.reporterPhone);
		String name = c.reporterName == null || full ? c.reporterName : CaseAuthority.maskName(c.reporterName);
		return new CaseDetail(summary(c, now, new HashMap<>()), c.channel, c.description, name, phone,
				c.assignedOfficerName, c.photos, timeline, CaseAuthority.allowedFor(viewer, c, maySee(viewer, c)),
				new CaseDetail.Timings(c.reportedAt, c.acknowledgedAt, c.arrivedAt, c.handledAt, c.closedAt),
				c.reworkCount, c.escalatedTo, c.escalationReason, c.extensionRequestedUntil, c.mergedInto, c.rating,
				c.ratingComment, c.transferredTo, c.transferReason);
	}

	/** The case as the holder of {@code code} sees it: only its reporter may rate it. */
	private PublicCase publicCase(Case c, TrackingCode code, boolean reporter) {
		CategoryRules rules = rulesById(c.rulesId);
		List<TimelineEntry> timeline = store.timeline(c.id());
		List<PublicCase.Step> steps = timeline.stream().map(t -> new PublicCase.Step(t.at(), t.action(), t.toStatus())).toList();
		boolean handled = c.status == CaseStatus.CLOSED || c.status == CaseStatus.HANDLED;
		List<Evidence> resultPhotos = !handled ? List.of()
				: timeline.stream()
					.filter(t -> t.action() == CaseStep.HANDLE)
					.reduce((first, second) -> second)
					.map(TimelineEntry::evidence)
					.orElse(List.of());
		return new PublicCase(code, c.status, c.categoryCode, rules == null ? c.categoryCode : rules.nameZh(),
				rules == null ? c.categoryCode : rules.nameEn(), c.address, c.createdAt, steps, c.supporters,
				reporter && c.status == CaseStatus.CLOSED && c.rating == null, c.rating, !reporter,
				handled ? c.handleResult : null, resultPhotos,
				c.status == CaseStatus.TRANSFERRED ? c.transferredTo : null);
	}

	/** Great-circle distance (haversine); plenty for "within a few hundred metres". */
	static double metres(GeoPoint a, GeoPoint b) {
		double dLat = Math.toRadians(b.lat() - a.lat());
		double dLng = Math.toRadians(b.lng() - a.lng());
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(a.lat()))
				* Math.cos(Math.toRadians(b.lat())) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
		return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
	}
}
