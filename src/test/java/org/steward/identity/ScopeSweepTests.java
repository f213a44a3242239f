package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.steward.IntegrationTest;
import org.steward.MutableClock;

import com.jayway.jsonpath.JsonPath;

/**
 * Every write the application answers — each POST, PUT, PATCH and DELETE route of the handler mapping,
 * which holds the API of the OpenAPI document and the pages' forms, including those other modules add
 * later — sent by every role from outside the scope of the resource it names (another squad, station,
 * community, department with no task on the case, the command centre and administrator of another
 * district) answers 403 or 404 and changes nothing in the database. The resources named are those of
 * the seeded demo (a database of its own). Writes open to anyone (reports, tracking, sign-in) and the
 * district-agnostic reference data an administrator keeps (categories, calendar, accounts, rules) are
 * listed as such: the first are not scoped, the second are scoped by role, which the sweep still
 * checks for every other role.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
@TestPropertySource(properties = { "steward.demo.seed-cases=true", "steward.enforcement.sweep-initial-delay=PT1H",
		"steward.cases.sweep-initial-delay=PT1H", "steward.coordination.sweep-initial-delay=PT1H" })
class ScopeSweepTests {

	private static final Logger log = LoggerFactory.getLogger(ScopeSweepTests.class);

	private static final String SCHEMA = "scope_sweep";

	/** Writes anyone may send (no account, no scope): residents' reports and ratings, signing in and out. */
	private static final List<Pattern> PUBLIC = List.of(Pattern.compile("/api/v1/reports.*"),
			Pattern.compile("/report"), Pattern.compile("/api/v1/track/.*"), Pattern.compile("/track/.*"),
			Pattern.compile("/api/v1/auth/.*"), Pattern.compile("/login"), Pattern.compile("/logout"),
			Pattern.compile("/lang.*"));

	/**
	 * Creating writes whose subject does not exist yet and is not tied to one scope: a whistle or patrol
	 * finding is a report (its place routes it), a party joins the district-wide registry; a patrol, early
	 * sign, inspection point, outreach plan or session is opened in the caller's own station; a squad
	 * publishes or adopts a practice as its own; a person's message settings are their own; a hotspot run
	 * computes warnings for the caller's district; a command centre fills its own district's call-back queue.
	 */
	private static final List<Pattern> CREATIONS = List.of(Pattern.compile("/whistle"),
			Pattern.compile("/patrol/new"), Pattern.compile("(/api/v1)?/parties(/import)?"),
			Pattern.compile("(/api/v1)?/patrols"), Pattern.compile("/patrols/signs"),
			Pattern.compile("/patrols/warnings/hotspots"), Pattern.compile("/inspections/points"),
			Pattern.compile("(/api/v1)?/outreach/(sessions|slots|party-queries|legal-bases)"),
			Pattern.compile("/analytics/practices(/\\{id\\}/adopt)?"), Pattern.compile("/messages/settings"),
			Pattern.compile("(/api/v1)?/callbacks/backfill"));

	/** The district's reference data: its scope is the administrator's role (any district's). */
	private static final List<Pattern> REFERENCE_DATA = List.of(Pattern.compile("/admin/.*"),
			Pattern.compile("/api/v1/categories.*"), Pattern.compile("/api/v1/calendar.*"),
			Pattern.compile("/api/v1/enforcement/.*"), Pattern.compile("/api/v1/coordination/acknowledge-limits.*"),
			Pattern.compile("/api/v1/admin/.*"), Pattern.compile("/api/v1/accounts.*"));

	// the message sender's bookkeeping changes with the clock (attempts, back-off), whoever sent the request
	private static final Set<String> EXCLUDED_TABLES = Set.of("flyway_schema_history", "event_publication",
			"event_publication_archive", "messaging_message", "messaging_attempt");

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) throws Exception {
		org.steward.OwnDatabase.register(registry, SCHEMA);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountAdministration administration;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	org.springframework.context.ApplicationContext context;

	/** One write route of the handler mapping. */
	record Route(RequestMethod method, String pattern, boolean multipart, boolean jsonBody) {
		boolean api() {
			return pattern.startsWith("/api/") || pattern.startsWith("/open311/");
		}
	}

	/** One account of each role, each outside the seeded Yuantian / Dongfeng resources. */
	private Map<Role, String> outsiders() {
		String lonely = jdbc.sql("""
				select code from department d where not exists (select 1 from coordination_task t
				where t.department_code = d.code) order by code""").query(String.class).list().get(0);
		Map<Role, DataScope> scopes = new LinkedHashMap<>();
		scopes.put(Role.OFFICER, new DataScope.Station("huanghe"));
		scopes.put(Role.STATION_HEAD, new DataScope.Station("huanghe"));
		scopes.put(Role.SQUAD_LEADER, new DataScope.Squad("wenhua"));
		scopes.put(Role.COMMUNITY_STAFF, new DataScope.Community("410105008001"));
		scopes.put(Role.DEPARTMENT_LIAISON, new DataScope.Department(lonely));
		scopes.put(Role.COMMAND_CENTRE, new DataScope.District("410199"));
		scopes.put(Role.ADMIN, new DataScope.District("410199"));
		Map<Role, String> names = new LinkedHashMap<>();
		scopes.forEach((role, scope) -> names.put(role, IdentityTestAccounts.open(administration,
				"out-" + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), role, scope).username()));
		return names;
	}

	/** Values for path variables: the seeded Yuantian resources, by the variable's name and the segment before it. */
	private Map<String, List<String>> fixtures() {
		Map<String, List<String>> v = new LinkedHashMap<>();
		String open = jdbc.sql("""
				select case_number from case_file where station_code = 'yuantian' and status = 'DISPATCHED'
				order by case_number""").query(String.class).list().get(0);
		String onSite = jdbc.sql("""
				select case_number from case_file where station_code = 'yuantian' and status = 'ON_SITE'
				order by case_number""").query(String.class).list().get(0);
		v.put("case", List.of(open, onSite));
		v.put("task", List.of(jdbc.sql("select min(id) from coordination_task where station_code = 'yuantian' and state = 'OPEN'")
			.query(String.class).single()));
		v.put("penalty", List.of(jdbc.sql("""
				select min(m.id) from enforcement_measure m join case_file c on c.case_number = m.case_number
				where m.measure_type = 'PENALTY_CASE' and c.station_code = 'yuantian'""").query(String.class).single()));
		v.put("reinspection", List.of(jdbc.sql("""
				select min(r.id) from enforcement_reinspection r join case_file c on c.case_number = r.case_number
				where c.station_code = 'yuantian' and r.done_at is null""").query(String.class).single()));
		v.put("shift", List.of(String.valueOf(jdbc.sql("select coalesce(min(id), 1) from duty_shift")
			.query(Long.class).single())));
		v.put("action", List.of("acknowledge", "arrive", "handle", "escalate", "reassign", "verify", "reject", "merge",
				"extend", "approve-extension", "review", "transfer", "progress", "complete", "decline"));
		return v;
	}

	private List<String> valuesFor(String variable, String before, Map<String, List<String>> fx) {
		String name = variable.toLowerCase(java.util.Locale.ROOT);
		if (name.equals("action")) {
			return fx.get("action");
		}
		if (name.equals("casenumber") || name.equals("number")) {
			return fx.get("case");
		}
		if (name.equals("measureid")) {
			return fx.get("penalty");
		}
		if (name.equals("code") && before.equals("stations")) {
			return List.of("yuantian");
		}
		if (name.equals("id")) {
			return switch (before) {
				case "tasks" -> fx.get("task");
				case "reinspections" -> fx.get("reinspection");
				case "shifts" -> fx.get("shift");
				default -> List.of("1");
			};
		}
		return switch (name) {
			case "username" -> List.of("officer.yuantian1");
			case "categorycode" -> List.of("0502");
			case "severity" -> List.of("GENERAL");
			case "department" -> List.of("PUBLIC_SECURITY");
			case "urgency" -> List.of("NORMAL");
			case "date" -> List.of("2026-12-25");
			case "code" -> List.of("0502");
			default -> List.of("1");
		};
	}

	/** Every write route, each concrete path it is swept with. */
	private List<Route> writeRoutes() {
		Set<Route> routes = new LinkedHashSet<>();
		for (Map.Entry<RequestMappingInfo, ?> e : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = e.getKey();
			boolean multipart = info.getConsumesCondition()
				.getConsumableMediaTypes()
				.stream()
				.anyMatch(MediaType.MULTIPART_FORM_DATA::includes);
			// a page-side endpoint may read JSON too (the patrol page's position batches)
			boolean jsonBody = e.getValue() instanceof org.springframework.web.method.HandlerMethod handler
					&& java.util.Arrays.stream(handler.getMethodParameters())
						.anyMatch(p -> p.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class));
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod m : info.getMethodsCondition().getMethods()) {
					if (m == RequestMethod.POST || m == RequestMethod.PUT || m == RequestMethod.PATCH
							|| m == RequestMethod.DELETE) {
						routes.add(new Route(m, pattern, multipart, jsonBody));
					}
				}
			}
		}
		return List.copyOf(routes);
	}

	private static boolean matches(List<Pattern> patterns, String path) {
		return patterns.stream().anyMatch(p -> p.matcher(path).matches());
	}

	private List<String> expand(String pattern, Map<String, List<String>> fx) {
		List<String> paths = new ArrayList<>(List.of(""));
		Matcher m = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(pattern);
		int last = 0;
		while (m.find()) {
			String literal = pattern.substring(last, m.start());
			String[] segments = pattern.substring(0, m.start()).split("/");
			String before = segments.length == 0 ? "" : segments[segments.length - 1];
			List<String> next = new ArrayList<>();
			for (String p : paths) {
				for (String value : valuesFor(m.group(1), before, fx)) {
					next.add(p + literal + value);
				}
			}
			paths = next;
			last = m.end();
		}
		String tail = pattern.substring(last);
		return paths.stream().map(p -> p + tail).toList();
	}

	/** A body that passes most forms' checks, so a missing scope check is not hidden behind a 400. */
	private String json(String party) {
		return """
				{"reason":"越权测试 sweep","notes":"越权测试","result":"已处理","corrected":false,"departments":["PUBLIC_SECURITY"],
				 "approve":true,"basis":"《条例》第一条","passed":true,"opinion":"同意","disclose":true,"severity":"GENERAL",
				 "amount":"100","facts":"事实清楚","method":"DIRECT","servedTo":"王建国","servedAt":"%s",
				 "type":"EDUCATION","partyId":%s,"officers":["officer.yuantian1","officer.yuantian2"],"target":"yuantian",
				 "workingDays":1,"minutes":30,"location":{"lat":34.7985,"lng":113.683,"crs":"WGS84"},
				 "evidence":[],"kind":"INSPECTION","content":"检查笔录","subject":"王建国"}"""
			.formatted(clock.instant(), party);
	}

	private AbstractMockHttpServletRequestBuilder<?> request(Route route, String path, String party) {
		AbstractMockHttpServletRequestBuilder<?> builder;
		if (route.multipart()) {
			MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders.multipart(HttpMethod.valueOf(route.method().name()), path);
			multipart.file(new MockMultipartFile("photos", "p.png", "image/png", PNG));
			multipart.file(new MockMultipartFile("file", "p.png", "image/png", PNG));
			builder = multipart;
		}
		else {
			builder = MockMvcRequestBuilders.request(HttpMethod.valueOf(route.method().name()), path);
		}
		if ((route.api() || route.jsonBody()) && !route.multipart()) {
			builder.contentType(MediaType.APPLICATION_JSON).content(json(party));
		}
		else {
			for (String[] p : new String[][] { { "reason", "越权测试 sweep" }, { "notes", "越权测试" }, { "result", "已处理" },
					{ "corrected", "false" }, { "departments", "PUBLIC_SECURITY" }, { "approve", "true" },
					{ "basis", "《条例》第一条" }, { "passed", "true" }, { "opinion", "同意" }, { "disclose", "true" },
					{ "severity", "GENERAL" }, { "amount", "100" }, { "facts", "事实清楚" }, { "method", "DIRECT" },
					{ "servedTo", "王建国" }, { "servedAt", clock.instant().toString() }, { "type", "EDUCATION" },
					{ "partyId", party }, { "managementClass", "FIRST" }, { "kind", "CASE" }, { "officers", "officer.yuantian1" }, { "target", "yuantian" },
					{ "workingDays", "1" }, { "description", "越权测试" }, { "officer", "officer.yuantian1" },
					{ "start", "2026-12-05T08:00" }, { "end", "2026-12-05T12:00" } }) {
				builder.param(p[0], p[1]);
			}
			builder.with(csrf());
		}
		return builder;
	}

	/**
	 * A value's text that does not depend on how the driver fetched it: PgJDBC turns to the binary protocol
	 * once a statement has run a few times, and then words the same double or timestamp differently.
	 */
	private static String stable(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		int type = rs.getMetaData().getColumnType(column);
		String text = switch (type) {
			case java.sql.Types.DOUBLE, java.sql.Types.FLOAT, java.sql.Types.REAL -> String.valueOf(rs.getDouble(column));
			case java.sql.Types.TIMESTAMP, java.sql.Types.TIMESTAMP_WITH_TIMEZONE -> {
				java.sql.Timestamp at = rs.getTimestamp(column);
				yield at == null ? "null" : String.valueOf(at.getTime());
			}
			default -> rs.getString(column);
		};
		return rs.wasNull() ? "null" : text;
	}

	private Map<String, String> fingerprint() throws Exception {
		Map<String, String> hashes = new TreeMap<>();
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				where lower(table_schema) = lower(current_schema()) and table_type in ('BASE TABLE', 'TABLE')
				order by table_name""").query(String.class).list();
		for (String table : tables) {
			if (EXCLUDED_TABLES.contains(table.toLowerCase(java.util.Locale.ROOT))) {
				continue;
			}
			List<String> rows = jdbc.sql("select * from " + table).query((rs, n) -> {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					row.append(stable(rs, i)).append('\u0001');
				}
				return row.toString();
			}).list();
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			rows.stream().sorted().forEach(r -> digest.update(r.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			hashes.put(table, HexFormat.of().formatHex(digest.digest()));
		}
		return hashes;
	}

	@Test
	void everyWriteFromOutsideItsScopeAnswers403Or404AndChangesNothing() throws Exception {
		// the seeded correction order's deadline passes: its re-inspection task exists
		clock.advance(Duration.ofHours(3));
		org.steward.enforcement.EnforcementTestHooks.raiseDueReinspections(context);
		Map<Role, String> outsiders = outsiders();
		Map<String, List<String>> fx = fixtures();
		String party = String.valueOf(jdbc.sql("select min(id) from enforcement_party").query(Long.class).single());

		// the OpenAPI document's writes are all among the routes swept
		String doc = mvc.perform(get("/v3/api-docs").with(user("admin").roles("ADMIN"))).andReturn().getResponse()
			.getContentAsString();
		Map<String, Map<String, Object>> paths = JsonPath.read(doc, "$.paths");
		List<Route> routes = writeRoutes();
		Set<String> swept = new java.util.HashSet<>();
		routes.forEach(r -> swept.add(r.method().name() + " " + r.pattern()));
		int documented = 0;
		for (Map.Entry<String, Map<String, Object>> p : paths.entrySet()) {
			for (String method : p.getValue().keySet()) {
				if (Set.of("post", "put", "patch", "delete").contains(method)) {
					documented++;
					assertThat(swept).as("documented write in the route table").contains(method.toUpperCase() + " " + p.getKey());
				}
			}
		}

		Map<String, Integer> counts = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		// the demo seeding's after-commit work (listeners, seeders) ends before the sweep starts measuring
		java.util.concurrent.atomic.AtomicReference<Map<String, String>> last = new java.util.concurrent.atomic.AtomicReference<>(
				fingerprint());
		org.awaitility.Awaitility.await()
			.pollInterval(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(60))
			.until(() -> {
				Map<String, String> now = fingerprint();
				return now.equals(last.getAndSet(now));
			});
		Map<String, String> before = last.get();
		for (Route route : routes) {
			if (matches(PUBLIC, route.pattern())) {
				counts.merge("routes public", 1, Integer::sum);
				continue;
			}
			if (matches(CREATIONS, route.pattern())) {
				counts.merge("routes creating", 1, Integer::sum);
				continue;
			}
			boolean reference = matches(REFERENCE_DATA, route.pattern());
			counts.merge(reference ? "routes reference data" : "routes scoped", 1, Integer::sum);
			for (String path : expand(route.pattern(), fx)) {
				for (Map.Entry<Role, String> outsider : outsiders.entrySet()) {
					if (reference && outsider.getKey() == Role.ADMIN) {
						continue;
					}
					MvcResult result = mvc.perform(request(route, path, party)
						.with(user(outsider.getValue()).roles(outsider.getKey().name()))).andReturn();
					int status = result.getResponse().getStatus();
					counts.merge("requests", 1, Integer::sum);
					counts.merge("status " + status, 1, Integer::sum);
					if (status != 403 && status != 404) {
						String body = result.getResponse().getContentAsString();
						failures.add(route.method() + " " + path + " as " + outsider.getKey() + " → " + status + " "
								+ body.substring(0, Math.min(160, body.length())).replace('\n', ' '));
					}
				}
			}
			// one look at the whole database per route: a write that got through names its route
			Map<String, String> now = fingerprint();
			if (!now.equals(before)) {
				Map<String, String> was = before;
				failures.add(route.method() + " " + route.pattern() + " CHANGED THE DATABASE: " + now.keySet()
					.stream()
					.filter(t -> !now.get(t).equals(was.get(t)))
					.toList());
				before = now;
			}
		}
		counts.put("documented writes (OpenAPI)", documented);
		counts.put("write routes (handler mapping)", routes.size());
		log.info("Scope sweep: {}", counts);
		System.out.println("SCOPE SWEEP " + counts);
		failures.forEach(f -> System.out.println("SWEEP FAILURE " + f));
		assertThat(failures).isEmpty();
	}

	static final byte[] PNG = png();

	private static byte[] png() {
		try {
			java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			javax.imageio.ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
