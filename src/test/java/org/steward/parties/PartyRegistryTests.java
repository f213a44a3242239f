package org.steward.parties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;
import org.steward.privacy.PersonalData;

/** The registry's pages and CSV import: inline errors, per-row report, nothing kept of a rejected row. */
@IntegrationTest
class PartyRegistryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalData personalData;

	@Test
	void registersThroughTheFormAndShowsTheMaskedPhone() throws Exception {
		String name = "表单商户" + UUID.randomUUID();
		String location = mvc.perform(post("/parties").with(user("officer.yuantian1").roles("OFFICER")).with(csrf())
			.param("type", "MERCHANT").param("name", name).param("creditCode", TestCreditCodes.creditCode())
			.param("address", "园田路1号").param("lat", "34.7985").param("lng", "113.6830")
			.param("contactName", "李四").param("contactPhone", "13912345678").param("licenceStatus", "LICENSED"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/parties/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(name)))
			.andExpect(content().string(Matchers.containsString("139****5678")))
			.andExpect(content().string(Matchers.containsString("410105010001001")));
		mvc.perform(get("/parties").with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(name)));
	}

	@Test
	void showsEveryBadFieldInlineAndKeepsTheInput() throws Exception {
		mvc.perform(post("/parties").with(user("officer.yuantian1").roles("OFFICER")).with(csrf())
			.param("type", "MERCHANT").param("name", "").param("creditCode", "91350100M000100Y44").param("address", "某路"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"name-error\"")))
			.andExpect(content().string(Matchers.containsString("id=\"name-error\">请填写名称")))
			.andExpect(content().string(Matchers.containsString("id=\"creditCode-error\">统一社会信用代码的校验码不正确：应为")))
			.andExpect(content().string(Matchers.containsString("value=\"某路\"")));
		mvc.perform(get("/parties/new").with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"party-form\"")));
	}

	@Test
	void importsValidRowsAndReportsRejectedOnesKeepingNothingOfThem() throws Exception {
		String good = "CSV商户" + UUID.randomUUID();
		String bad = "CSV坏行" + UUID.randomUUID();
		String csv = PartyCsvImport.HEADER + "\n"
				+ "MERCHANT," + good + "," + TestCreditCodes.creditCode() + ",园田路2号,34.7985,113.6830,王五,13700001111,LICENSED,2026-01-01,2026-12-31\n"
				+ "MERCHANT," + bad + ",91350100M000100Y44,园田路3号,,,赵六,13700002222,LICENSED,,\n"
				+ "MERCHANT,坏坐标,,园田路4号,abc,113,,,,,\n"
				+ "MERCHANT,少列\n";
		mvc.perform(post("/api/v1/parties/import").with(user("officer.yuantian1").roles("OFFICER"))
			.contentType("text/csv").content(csv))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported.length()").value(1))
			.andExpect(jsonPath("$.rejected[0].row").value(3))
			.andExpect(jsonPath("$.rejected[0].field").value("creditCode"))
			.andExpect(jsonPath("$.rejected[1].row").value(4))
			.andExpect(jsonPath("$.rejected[1].field").value("lat"))
			.andExpect(jsonPath("$.rejected[2].row").value(5));
		assertThat(jdbc.sql("select count(*) from enforcement_party where name = ?").param(good).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from enforcement_party where name = ?").param(bad).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from enforcement_party_contact where phone_hash = ?").param(personalData.searchHash("13700002222")).query(Long.class).single()).isZero();
		mvc.perform(post("/api/v1/parties/import").with(user("officer.yuantian1").roles("OFFICER"))
			.contentType("text/csv").content("name,type\nx,y\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}
}
