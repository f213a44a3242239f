package org.steward.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.PageVisitor.sessionOf;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.steward.IntegrationTest;

/**
 * The administrator's pages for the 首违不罚 list and the discretion benchmark: admin only,
 * linked from the admin menu, every bad field named inline with nothing saved, every change in
 * the audit chain. Edits category 0504 only, and put it back, so other tests' rules stay as seeded.
 */
@IntegrationTest
class EnforcementRulesPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyAnAdministratorOpensThePagesAndTheAdminMenuLinksThem() throws Exception {
		MockHttpSession officer = sessionOf(mvc, "officer.yuantian1");
		mvc.perform(get("/admin/enforcement/exemptions").session(officer)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/enforcement/benchmarks").session(officer)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/enforcement/exemptions").session(officer).with(csrf())
			.param("categoryCode", "0504").param("note", "x")).andExpect(status().isForbidden());
		MockHttpSession admin = sessionOf(mvc, "admin");
		mvc.perform(get("/").session(admin))
			.andExpect(content().string(Matchers.containsString("href=\"/admin/enforcement/exemptions\"")))
			.andExpect(content().string(Matchers.containsString("href=\"/admin/enforcement/benchmarks\"")));
		mvc.perform(get("/admin/enforcement/exemptions").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"exemption-0503\"")));
	}

	@Test
	void editsTheExemptionListWithInlineErrorsAndAuditsEveryChange() throws Exception {
		MockHttpSession admin = sessionOf(mvc, "admin");
		mvc.perform(exemption(admin, "9999", "不在目录"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"categoryCode-error\">类别目录中没有类别 9999")));
		mvc.perform(exemption(admin, "0504", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"note-error\">请填写说明")));
		mvc.perform(exemption(admin, "", "x".repeat(501)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"categoryCode-error\">")))
			.andExpect(content().string(Matchers.containsString("id=\"note-error\">说明最多 500 个字")));
		assertThat(exempt("0504")).isFalse();

		long before = auditEntries("rule:exemption:0504");
		mvc.perform(exemption(admin, "0504", "首次滞留街面经劝离即离开的，不予处罚"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/enforcement/exemptions"));
		assertThat(exempt("0504")).isTrue();
		mvc.perform(get("/admin/enforcement/exemptions").session(admin))
			.andExpect(content().string(Matchers.containsString("id=\"exemption-0504\"")))
			.andExpect(content().string(Matchers.containsString("首次滞留街面经劝离即离开的")));
		mvc.perform(post("/admin/enforcement/exemptions/0504/removal").session(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(exempt("0504")).isFalse();
		mvc.perform(post("/admin/enforcement/exemptions/0504/removal").session(admin).with(csrf()))
			.andExpect(status().isNotFound());
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(auditEntries("rule:exemption:0504")).isEqualTo(before + 2));
	}

	@Test
	void editsTheBenchmarkWithInlineErrorsKeepingHeavierGradesAboveLighterOnes() throws Exception {
		MockHttpSession admin = sessionOf(mvc, "admin");
		mvc.perform(benchmark(admin, "0504", "GENERAL", "500", "100", "《城市市容和环境卫生管理条例》"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"maxAmount-error\">最高罚款不得低于最低罚款（500 元）")));
		mvc.perform(benchmark(admin, "0504", "GENERAL", "-5", "abc", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"minAmount-error\">金额不能为负数")))
			.andExpect(content().string(Matchers.containsString("id=\"maxAmount-error\">金额格式不正确")))
			.andExpect(content().string(Matchers.containsString("id=\"legalBasis-error\">请填写法律依据")));
		mvc.perform(benchmark(admin, "0504", "EXTREME", "1", "2", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"severity-error\">")));
		mvc.perform(benchmark(admin, "12", "GENERAL", "1", "2", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"categoryCode-error\">请选择案件类别")));
		assertThat(benchmarks("0504")).isZero();

		long before = auditEntries("rule:benchmark:0504:GENERAL");
		mvc.perform(benchmark(admin, "0504", "GENERAL", "50", "200", "《郑州市城市市容和环境卫生管理条例》"))
			.andExpect(status().is3xxRedirection());
		// a serious range starting below the general one is refused, naming the grade it conflicts with
		mvc.perform(benchmark(admin, "0504", "SERIOUS", "20", "500", "《郑州市城市市容和环境卫生管理条例》"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"minAmount-error\">最低罚款不得低于“一般”档的最低罚款（50 元）")));
		mvc.perform(benchmark(admin, "0504", "MINOR", "0", "300", "《郑州市城市市容和环境卫生管理条例》"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"maxAmount-error\">最高罚款不得高于“一般”档的最高罚款（200 元）")));
		assertThat(benchmarks("0504")).isEqualTo(1);
		mvc.perform(get("/admin/enforcement/benchmarks").session(admin).param("category", "0504").param("severity", "GENERAL"))
			.andExpect(content().string(Matchers.containsString("id=\"benchmark-0504-GENERAL\"")))
			.andExpect(content().string(Matchers.containsString("value=\"200\"")));
		mvc.perform(post("/admin/enforcement/benchmarks/0504/GENERAL/removal").session(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(benchmarks("0504")).isZero();
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(auditEntries("rule:benchmark:0504:GENERAL")).isEqualTo(before + 2));
	}

	private MockHttpServletRequestBuilder exemption(MockHttpSession session, String category, String note) {
		return post("/admin/enforcement/exemptions").session(session).with(csrf())
			.param("categoryCode", category).param("note", note);
	}

	private MockHttpServletRequestBuilder benchmark(MockHttpSession session, String category, String severity,
			String min, String max, String basis) {
		return post("/admin/enforcement/benchmarks").session(session).with(csrf())
			.param("categoryCode", category).param("severity", severity)
			.param("minAmount", min).param("maxAmount", max).param("legalBasis", basis);
	}

	private boolean exempt(String category) {
		return jdbc.sql("select count(*) from enforcement_exemption where category_code = ?").param(category)
			.query(Long.class).single() > 0;
	}

	private long benchmarks(String category) {
		return jdbc.sql("select count(*) from enforcement_benchmark where category_code = ?").param(category)
			.query(Long.class).single();
	}

	private long auditEntries(String subject) {
		return jdbc.sql("select count(*) from audit_entry where subject = ?").param(subject).query(Long.class).single();
	}
}
