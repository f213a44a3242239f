package org.steward.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.ApiCaller.tokenOf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;
import org.steward.MutableClock;

import com.jayway.jsonpath.JsonPath;

/**
 * The demo a district opens on its first start: the seeded cases in every live status, the
 * joint case's department tasks, the parties with valid credit codes, the education-first
 * history and the disclosed decision — all read back through the API and the pages as the
 * demo accounts see them — an intact whole-process record, and a second run that adds nothing.
 * Runs on a database of its own (the other tests keep their empty case list).
 */
@IntegrationTest
@Import(MutableClock.Config.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = { "steward.demo.seed-cases=true", "steward.enforcement.sweep-initial-delay=PT1S",
		"steward.enforcement.sweep-interval=PT1S" })
class DemoCaseSeedTests {

	private static final String SCHEMA = "demo_seed";

	/** A fresh database: an in-memory H2 of its own, or a freshly created schema in CI's PostgreSQL. */
	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) throws Exception {
		org.steward.OwnDatabase.register(registry, SCHEMA);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoCaseSeeder seeder;

	@Autowired
	MutableClock clock;

	@Test
	void seedsEveryLiveStatusAcrossTheStationsWithRealTimelines() throws Exception {
		String command = tokenOf(mvc, "command");
		String cases = read(command, "/api/v1/cases?size=200");
		List<String> statuses = JsonPath.read(cases, "$.items[*].status");
		assertThat(statuses).hasSizeBetween(15, 25);
		assertThat(Set.copyOf(statuses)).containsExactlyInAnyOrder("DISPATCHED", "ACKNOWLEDGED", "ON_SITE", "HANDLED",
				"CLOSED", "REJECTED", "MERGED", "ESCALATED");
		List<String> stations = JsonPath.read(cases, "$.items[*].stationCode");
		assertThat(stations).contains("yuantian", "guanhutun", "huanghe", "fengchan");
		assertThat(Set.copyOf(JsonPath.<List<String>>read(cases, "$.items[*].categoryCode"))).hasSizeGreaterThanOrEqualTo(10);

		// the merged duplicate and the "me too" report both count on the case that carries on
		String merged = number(cases, "MERGED", null);
		String mergedDetail = read(command, "/api/v1/cases/" + merged);
		String target = JsonPath.read(mergedDetail, "$.mergedInto");
		assertThat(JsonPath.<Integer>read(read(command, "/api/v1/cases/" + target), "$.summary.supporters")).isEqualTo(3);

		// one resident was dissatisfied: the squad leader is asked to review
		String squad = tokenOf(mvc, "squad.dongfeng");
		List<String> closed = JsonPath.read(cases, "$.items[?(@.status == 'CLOSED')].caseNumber");
		List<String> ratings = new ArrayList<>();
		boolean reviewOffered = false;
		for (String n : closed) {
			String detail = read(squad, "/api/v1/cases/" + n);
			ratings.add(JsonPath.read(detail, "$.rating"));
			if ("DISSATISFIED".equals(JsonPath.read(detail, "$.rating"))) {
				reviewOffered = JsonPath.<List<String>>read(detail, "$.allowedActions").contains("REVIEW");
			}
		}
		assertThat(ratings).contains("SATISFIED", "DISSATISFIED");
		assertThat(reviewOffered).isTrue();

		// the command centre's queue: outside the service area, another department's category, sent up by a station
		String queue = read(command, "/api/v1/cases?queue=command&size=200");
		assertThat(JsonPath.<List<String>>read(queue, "$.items[*].status")).hasSizeGreaterThanOrEqualTo(3)
			.containsOnly("ESCALATED");
		assertThat(JsonPath.<List<Object>>read(queue, "$.items[?(@.stationCode == null && @.gridCode == null)]")).hasSize(1);

		// reporters' phones are masked for an officer, whole for the command centre
		String officer = tokenOf(mvc, "officer.yuantian1");
		String withPhone = number(read(officer, "/api/v1/cases?size=200"), "DISPATCHED", "0102");
		String phone = JsonPath.read(read(officer, "/api/v1/cases/" + withPhone), "$.reporterPhone");
		assertThat(phone).contains("****");
		assertThat(JsonPath.<String>read(read(command, "/api/v1/cases/" + withPhone), "$.reporterPhone")).doesNotContain("*");

		// the timeline is the real one: who acknowledged, who arrived and where
		String handled = number(cases, "HANDLED", "0202");
		String timeline = read(officer, "/api/v1/cases/" + handled);
		assertThat(JsonPath.<List<String>>read(timeline, "$.timeline[*].action")).contains("REGISTERED", "ACKNOWLEDGE",
				"ARRIVE", "HANDLE");
		assertThat(JsonPath.<List<String>>read(timeline, "$.timeline[*].actorName")).contains("园田队员 李强")
			.doesNotContain("officer.yuantian1");
	}

	@Test
	void theJointCaseHasOneTaskAcknowledgedOneInProgressAndOneOpen() throws Exception {
		String command = tokenOf(mvc, "command");
		String noise = number(read(command, "/api/v1/cases?size=200&category=0602"), "ON_SITE", "0602");
		String tasks = read(command, "/api/v1/cases/" + noise + "/tasks");
		Map<String, String> states = JsonPath.<List<Map<String, Object>>>read(tasks, "$[*]")
			.stream()
			.collect(Collectors.toMap(t -> (String) t.get("departmentCode"), t -> (String) t.get("state")));
		assertThat(states).containsEntry("PUBLIC_SECURITY", "ACKNOWLEDGED")
			.containsEntry("ECOLOGY_ENVIRONMENT", "IN_PROGRESS")
			.containsEntry("MARKET_SUPERVISION", "OPEN");
		assertThat(JsonPath.<List<String>>read(tasks, "$[?(@.departmentCode == 'PUBLIC_SECURITY')].acknowledgedBy"))
			.containsExactly("liaison.public_security");
		mvc.perform(get("/boards/joint").with(user("command").roles("COMMAND_CENTRE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(noise)));
		mvc.perform(get("/coordination/tasks").with(user("liaison.public_security").roles("DEPARTMENT_LIAISON")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(noise)));
	}

	@Test
	void registersThePartiesWithValidCreditCodesAndTheEducationFirstHistory() throws Exception {
		String page = mvc.perform(get("/parties").with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("金水区老王烩面馆")))
			.andExpect(content().string(containsString("郑州园田物业服务有限公司")))
			.andExpect(content().string(containsString("园田小区")))
			.andExpect(content().string(containsString("园田社区居民委员会")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher codes = Pattern.compile("\\b[0-9A-Z]{18}\\b").matcher(page);
		List<String> found = new ArrayList<>();
		while (codes.find()) {
			found.add(codes.group());
		}
		assertThat(found).hasSizeGreaterThanOrEqualTo(6).allSatisfy(code -> assertThat(gb32100Valid(code)).as(code).isTrue());

		// the storefront overflow waits for the re-inspection of its correction order: not handled before it
		String command = tokenOf(mvc, "command");
		String overflow = number(read(command, "/api/v1/cases?size=200&category=0503"), "ON_SITE", "0503");
		String measures = read(command, "/api/v1/cases/" + overflow + "/measures");
		assertThat(JsonPath.<List<String>>read(measures, "$[*].type")).containsExactly("EDUCATION", "RECTIFICATION_ORDER");
		String document = JsonPath.<List<String>>read(measures, "$[?(@.type == 'RECTIFICATION_ORDER')].documentNumber").get(0);
		assertThat(document).startsWith("金城管").contains("责改");
		assertThat(JsonPath.<List<String>>read(measures, "$[?(@.type == 'RECTIFICATION_ORDER')].outcome")).containsExactly("PENDING");
	}

	@Test
	void thePenaltyCaseWentThroughItsProcedureAndItsDecisionIsDisclosed() throws Exception {
		String command = tokenOf(mvc, "command");
		String signboard = number(read(command, "/api/v1/cases?size=200&category=0202"), "HANDLED", "0202");
		String measures = read(command, "/api/v1/cases/" + signboard + "/measures");
		Number measureId = JsonPath.<List<Number>>read(measures, "$[?(@.type == 'PENALTY_CASE')].id").get(0);
		String penalty = read(command, "/api/v1/penalties/" + measureId);
		// the procedure by the law: filing approved, prior notice, the party's written waiver, decision, service,
		// payment and closing approval
		assertThat(JsonPath.<String>read(penalty, "$.stage")).isEqualTo("CLOSED");
		assertThat(JsonPath.<String>read(penalty, "$.filingApprovedBy")).isEqualTo("squad.dongfeng");
		assertThat(JsonPath.<String>read(penalty, "$.noticeAt")).isNotNull();
		assertThat(JsonPath.<String>read(penalty, "$.waiverNote")).contains("放弃陈述、申辩");
		assertThat(JsonPath.<String>read(penalty, "$.execution")).isEqualTo("PAYMENT");
		assertThat(JsonPath.<List<Object>>read(penalty, "$.evidence[*].sha256")).hasSize(1);
		assertThat(JsonPath.<String>read(penalty, "$.severity")).isEqualTo("SERIOUS");
		// SERIOUS of 0202 is marked major in the demo's benchmark: reviewed by the command centre before the decision
		assertThat(JsonPath.<String>read(penalty, "$.review")).isEqualTo("PASSED");
		assertThat(JsonPath.<String>read(penalty, "$.reviewedBy")).isEqualTo("command");
		assertThat(JsonPath.<String>read(penalty, "$.decidedBy")).isEqualTo("squad.dongfeng");
		String decision = JsonPath.read(penalty, "$.decisionNumber");
		assertThat(decision).startsWith("金城管").contains("罚决");
		assertThat(JsonPath.<Boolean>read(penalty, "$.disclose")).isTrue();
		mvc.perform(get("/disclosure"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("郑州鼎盛商贸有限公司")))
			.andExpect(content().string(containsString(decision)));
		// the category's matrix task was finished before the case was handled
		String tasks = read(command, "/api/v1/cases/" + signboard + "/tasks");
		assertThat(JsonPath.<List<String>>read(tasks, "$[?(@.departmentCode == 'MARKET_SUPERVISION')].state"))
			.containsExactly("COMPLETED");
	}

	@Test
	void everyStepOfTheFileWasTakenAtStart() {
		DemoSeedFile file = DemoSeedFile.read(new org.springframework.core.io.ClassPathResource("demo/jinshui-demo-cases.yaml"));
		assertThat(seeder.atStart()).hasValueSatisfying(outcome -> {
			// a rule that now refuses a seeded step fails here, naming the step and the module's reason
			assertThat(outcome.refused()).isEmpty();
			assertThat(outcome.seeded()).isTrue();
			assertThat(outcome.cases()).isEqualTo(file.cases().size());
			assertThat(outcome.parties()).isEqualTo(file.parties().size());
			assertThat(outcome.steps()).isEqualTo(file.cases().stream().mapToInt(c -> c.steps().size()).sum());
		});
	}

	/** Last: it moves the clock past the correction deadline. */
	@Test
	@org.junit.jupiter.api.Order(Integer.MAX_VALUE)
	void theCorrectionOrderComesUpForReinspectionOnceItsDeadlinePasses() throws Exception {
		String officer = tokenOf(mvc, "officer.yuantian1");
		String overflow = number(read(officer, "/api/v1/cases?size=200&category=0503"), "ON_SITE", "0503");
		assertThat(read(officer, "/api/v1/reinspections")).doesNotContain(overflow); // not due before its deadline
		clock.advance(Duration.ofHours(3));
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> read(officer, "/api/v1/reinspections").contains(overflow));
		mvc.perform(get("/reinspections").with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(overflow)))
			.andExpect(content().string(containsString("金水区老王烩面馆")));
	}

	@Test
	void theBoardAndCaseListShowYuantiansCasesToItsOfficer() throws Exception {
		var officer = user("officer.yuantian1").roles("OFFICER");
		mvc.perform(get("/boards/stations/yuantian").with(officer)).andExpect(status().isOk()).andExpect(content().string(containsString("园田路")));
		mvc.perform(get("/cases").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("园田")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("文化路与黄河路"))));
	}

	@Test
	void theWholeProcessRecordVerifiesAndASecondRunAddsNothing() throws Exception {
		String command = tokenOf(mvc, "command");
		// every case action and measure reaches the chain after its commit; wait until the chain stops growing
		long[] last = { -1 };
		Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
			long entries = JsonPath.<Number>read(read(command, "/api/v1/audit/verify"), "$.entries").longValue();
			boolean settled = entries == last[0] && entries > 60;
			last[0] = entries;
			return settled;
		});
		mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + command))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true));

		long cases = JsonPath.<Number>read(read(command, "/api/v1/cases?size=1"), "$.total").longValue();
		int tasks = JsonPath.<List<Object>>read(read(command, "/api/v1/tasks"), "$[*]").size();
		List<String> parties = partiesPage();
		assertThat(parties).hasSize(8);

		DemoCaseSeeder.Outcome again = seeder.seed();

		assertThat(again.seeded()).isFalse();
		assertThat(again.casesBefore()).isEqualTo(cases);
		assertThat(JsonPath.<Number>read(read(command, "/api/v1/cases?size=1"), "$.total").longValue()).isEqualTo(cases);
		assertThat(JsonPath.<List<Object>>read(read(command, "/api/v1/tasks"), "$[*]")).hasSize(tasks);
		assertThat(partiesPage()).isEqualTo(parties);
		assertThat(JsonPath.<Number>read(read(command, "/api/v1/audit/verify"), "$.entries").longValue()).isEqualTo(last[0]);
	}

	// ------------------------------------------------------------------ helpers

	/** The first case of the list in that status (and category). */
	private static String number(String page, String status, String category) {
		String filter = category == null ? "$.items[?(@.status == '" + status + "')].caseNumber"
				: "$.items[?(@.status == '" + status + "' && @.categoryCode == '" + category + "')].caseNumber";
		List<String> numbers = JsonPath.read(page, filter);
		assertThat(numbers).as(status + " " + category).isNotEmpty();
		return numbers.get(0);
	}

	/** The parties the registry page lists, by their links. */
	private List<String> partiesPage() throws Exception {
		String page = mvc.perform(get("/parties").with(user("command").roles("COMMAND_CENTRE")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher links = Pattern.compile("href=\"/parties/(\\d+)\"").matcher(page);
		List<String> ids = new ArrayList<>();
		while (links.find()) {
			ids.add(links.group(1));
		}
		return ids;
	}

	/** GB 32100, computed here independently of the enforcement module. */
	static boolean gb32100Valid(String code) {
		String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		int[] weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = alphabet.indexOf(code.charAt(i));
			if (value < 0) {
				return false;
			}
			sum += value * weights[i];
		}
		return alphabet.charAt((31 - sum % 31) % 31) == code.charAt(17);
	}

	private String read(String token, String path) throws Exception {
		return mvc.perform(get(path).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}
}
