package org.steward.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.IntegrationTest;
import org.steward.parties.Parties;
import org.steward.parties.Party;

import com.jayway.jsonpath.JsonPath;

/**
 * Personal data as the database holds it: reporters' names and phones (report and case), party
 * contacts and residents' update addresses are sealed in their columns — read raw, none holds the
 * value — while pages and the API still show them (masked where they were masked); a phone number
 * finds its party by the keyed hash; rows stored in plain text before sealing began are sealed by the
 * resealing, once; and a key rotation moves values to the new key while the old one still opens.
 */
@IntegrationTest
class PersonalDataAtRestTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalData personalData;

	@Autowired
	Resealing resealing;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Parties parties;

	private static String phone() {
		return "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
	}

	private String raw(String sql, Object value) {
		return jdbc.sql(sql).param(value).query(String.class).single();
	}

	@Test
	void aReportersNameAndPhoneAreSealedInTheReportAndTheCaseAndStillShownMasked() throws Exception {
		String phone = phone();
		String description = "占道经营 (sealed " + UUID.randomUUID() + ")";
		double lat = 34.7975 + ThreadLocalRandom.current().nextDouble() * 0.002;
		double lng = 113.6820 + ThreadLocalRandom.current().nextDouble() * 0.002;
		String answer = mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"categoryCode":"0502","description":"%s","location":{"lat":%s,"lng":%s,"crs":"WGS84"},
					 "address":"园田路 1 号","reporter":{"name":"欧阳娜娜","phone":"%s","updatesTo":"resident-%s@example.com"}}"""
				.formatted(description, lat, lng, phone, phone)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String number = JsonPath.read(answer, "$.caseNumber");

		for (String column : List.of("reporter_name", "reporter_phone")) {
			String inReport = raw("select " + column + " from intake_report where description = ?", description);
			String inCase = raw("select " + column + " from case_file where case_number = ?", number);
			for (String stored : List.of(inReport, inCase)) {
				assertThat(stored).startsWith("sm4g1:demo:").doesNotContain(phone).doesNotContain("欧阳")
					.doesNotContain(phone.substring(phone.length() - 4));
			}
		}
		assertThat(personalData.open(raw("select reporter_phone from case_file where case_number = ?", number)))
			.isEqualTo(phone);
		String address = raw("select address from messaging_subscription where case_number = ?", number);
		assertThat(address).startsWith("sm4g1:").doesNotContain("example.com");
		assertThat(raw("select address_hash from messaging_subscription where case_number = ?", number))
			.isEqualTo(personalData.searchHash("resident-" + phone + "@example.com"));
		assertThat(jdbc.sql("select recipient from messaging_message where case_number = ?").param(number)
			.query(String.class).list()).isNotEmpty().allSatisfy(r -> assertThat(r).startsWith("sm4g1:")
				.doesNotContain("example.com"));

		var stationHead = jwt().jwt(j -> j.subject("station.yuantian"))
			.authorities(new SimpleGrantedAuthority("ROLE_STATION_HEAD"));
		mvc.perform(get("/api/v1/cases/{n}", number).with(stationHead))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reporterName").value("欧**"))
			.andExpect(jsonPath("$.reporterPhone").value(phone.substring(0, 3) + "****" + phone.substring(7)));
		var command = jwt().jwt(j -> j.subject("command")).authorities(new SimpleGrantedAuthority("ROLE_COMMAND_CENTRE"));
		mvc.perform(get("/api/v1/cases/{n}", number).with(command))
			.andExpect(jsonPath("$.reporterName").value("欧阳娜娜"))
			.andExpect(jsonPath("$.reporterPhone").value(phone));
	}

	@Test
	void aPartyContactIsSealedAndItsPhoneNumberFindsTheParty() throws Exception {
		String phone = phone();
		String name = "密封商户" + UUID.randomUUID();
		mvc.perform(post("/parties").with(user("officer.yuantian1").roles("OFFICER")).with(csrf())
			.param("type", "MERCHANT").param("name", name).param("address", "园田路9号")
			.param("contactName", "司马光").param("contactPhone", phone).param("licenceStatus", "LICENSED"))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> row = jdbc.sql("""
				select c.name, c.phone, c.phone_hash from enforcement_party_contact c
				join enforcement_party p on p.id = c.party_id where p.name = ?""").param(name).query().singleRow();
		assertThat((String) row.get("name")).startsWith("sm4g1:").doesNotContain("司马");
		assertThat((String) row.get("phone")).startsWith("sm4g1:").doesNotContain(phone);
		assertThat(row.get("phone_hash")).isEqualTo(personalData.searchHash(phone));

		String formatted = phone.substring(0, 3) + "-" + phone.substring(3, 7) + " " + phone.substring(7);
		assertThat(parties.search(formatted, 10)).extracting(Party::name).containsExactly(name);
		assertThat(parties.search(formatted, 10).getFirst().contacts()).extracting(Party.Contact::phone)
			.containsExactly(phone);
		assertThat(parties.search(phone.substring(0, 7), 10)).as("a hash finds whole numbers only").isEmpty();
	}

	@Test
	void aStaffMembersOwnAddressesForMessagesAreSealedAndShownBackOnTheirPage() throws Exception {
		String mail = "officer-" + UUID.randomUUID() + "@example.com";
		String phone = phone();
		String username = "officer.yuantian2";
		mvc.perform(post("/messages/settings").with(user(username).roles("OFFICER")).with(csrf())
			.param("email", mail).param("phone", phone).param("language", "zh-CN"))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> row = jdbc.sql("select email, phone from messaging_staff_contact where username = ?")
			.param(username).query().singleRow();
		assertThat((String) row.get("email")).startsWith("sm4g1:").doesNotContain("example.com");
		assertThat((String) row.get("phone")).startsWith("sm4g1:").doesNotContain(phone);
		assertThat(mvc.perform(get("/messages/settings").with(user(username).roles("OFFICER"))).andReturn().getResponse()
			.getContentAsString()).contains(mail, phone);
	}

	@Test
	void rowsStoredInPlainTextBeforeSealingAreSealedOnceByTheResealing() {
		String phone = phone();
		String token = UUID.randomUUID().toString().replace("-", "");
		jdbc.sql("""
				insert into messaging_subscription (token, case_number, tracking_code, channel, address, locale, created_at)
				values (?, 'LEGACY-1', 'LEGACY', 'SMS', ?, 'zh-CN', ?)""")
			.params(token, phone, Timestamp.from(Instant.now()))
			.update();
		resealing.resealAll();
		String sealed = raw("select address from messaging_subscription where token = ?", token);
		assertThat(sealed).startsWith("sm4g1:demo:").doesNotContain(phone);
		assertThat(personalData.open(sealed)).isEqualTo(phone);
		assertThat(raw("select address_hash from messaging_subscription where token = ?", token))
			.isEqualTo(personalData.searchHash(phone));
		resealing.resealAll();
		assertThat(raw("select address from messaging_subscription where token = ?", token)).as("idempotent")
			.isEqualTo(sealed);
		assertThat(resealing.standing()).allSatisfy(s -> assertThat(s.plain()).as(s.column()).isZero());
	}

	@Test
	void aRotationMovesEveryValueToTheNewKeyWhileThePreviousStillOpens() {
		String table = "privacy_rotation_" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("create table " + table + " (id bigint primary key, secret varchar(400), secret_hash varchar(64))")
			.update();
		try {
			SealedColumn column = new SealedColumn(table, "id", "secret", "secret_hash");
			for (int i = 1; i <= 5; i++) {
				jdbc.sql("insert into " + table + " (id, secret, secret_hash) values (?, ?, ?)")
					.params(i, personalData.seal("1380000000" + i), personalData.searchHash("1380000000" + i))
					.update();
			}
			jdbc.sql("insert into " + table + " (id, secret) values (6, '13800000006')").update();
			PersonalData rotated = new PersonalData("r2:rotation-test-secret-0123456789-0123456789",
					List.of(PersonalData.DEMO_KEY));
			PrivacyProperties settings = new PrivacyProperties("", List.of(), false, 2);
			Resealing rotation = new Resealing(List.of(column), rotated, jdbc, transactions, settings);
			assertThat(rotation.standing()).containsExactly(new Resealing.Standing(column.toString(), 1, 5, 0));

			assertThat(rotation.resealAll()).containsExactly(new Resealing.Outcome(column.toString(), 6, 0));

			assertThat(rotation.standing()).containsExactly(new Resealing.Standing(column.toString(), 0, 0, 6));
			for (int i = 1; i <= 6; i++) {
				String stored = raw("select secret from " + table + " where id = ?", i);
				assertThat(stored).startsWith("sm4g1:r2:");
				assertThat(rotated.open(stored)).isEqualTo("1380000000" + i);
				assertThat(raw("select secret_hash from " + table + " where id = ?", i))
					.isEqualTo(rotated.searchHash("1380000000" + i));
			}
			// the retired key alone opens nothing any more: the old secret can be destroyed
			String anyStored = raw("select secret from " + table + " where id = ?", 1);
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> personalData.open(anyStored))
				.isInstanceOf(PersonalDataUnreadable.class);
			// a node holding neither key leaves what it cannot open alone and says so
			Resealing stranger = new Resealing(List.of(column),
					new PersonalData("r3:stranger-secret-0123456789-0123456789-0", List.of()), jdbc, transactions,
					settings);
			assertThat(stranger.resealAll()).containsExactly(new Resealing.Outcome(column.toString(), 0, 6));
		}
		finally {
			jdbc.sql("drop table " + table).update();
		}
	}

	@Test
	void onlyAnAdministratorSeesTheStandingAndReseals() throws Exception {
		mvc.perform(get("/api/v1/admin/privacy").with(user("command").roles("COMMAND_CENTRE")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/admin/privacy/reseal").with(user("command").roles("COMMAND_CENTRE")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/admin/privacy").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currentKey").value("demo"))
			.andExpect(jsonPath("$.columns[?(@.column == 'case_file.reporter_phone')]").exists());
		mvc.perform(post("/api/v1/admin/privacy/reseal").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.columns[?(@.column == 'intake_report.reporter_name')].unreadable").value(0));
	}
}
