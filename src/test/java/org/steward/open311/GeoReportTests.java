package org.steward.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.steward.IntegrationTest;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseSummary;
import org.steward.cases.Cases;
import org.steward.intake.TestPhotos;

import com.jayway.jsonpath.JsonPath;

@IntegrationTest
class GeoReportTests {

	private static final String XML = "text/xml;charset=utf-8";

	private static final String JSON = "application/json;charset=utf-8";

	private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

	@Autowired
	MockMvc mvc;

	@Autowired
	Open311Clients clients;

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private String key() {
		return clients.issue("FixMyStreet test " + UUID.randomUUID(), "admin", clock.instant());
	}

	private ResultActions postForm(String format, String key, String... params) throws Exception {
		var request = post("/open311/v2/requests." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Accept-Language", "en")
			.param("api_key", key);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	private String postedRequestId(String key) throws Exception {
		String body = postForm("json", key, "jurisdiction_id", "410105", "service_code", "0502", "lat", "34.7985", "long",
				"113.683", "address_string", "园田路 1 号", "description", "Stall on the pavement " + UUID.randomUUID(),
				"first_name", "Li", "last_name", "Ming")
			.andExpect(status().isOk())
			.andExpect(content().contentType(JSON))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$[0].service_request_id");
	}

	private void awaitListed(String id) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
			.sql("select count(*) from open311_request where service_request_id = :id").param("id", id)
			.query(Integer.class).single() == 1);
	}

	@Test
	void discoveryNamesTheEndpointAndItsFormatsInXmlAndJson() throws Exception {
		mvc.perform(get("/open311/v2/discovery.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XML))
			.andExpect(content().string(startsWith(DECLARATION)))
			.andExpect(xpath("/discovery/endpoints/endpoint/specification").string("http://wiki.open311.org/GeoReport_v2"))
			.andExpect(xpath("/discovery/endpoints/endpoint/formats/format[2]").string("application/json"));
		mvc.perform(get("/open311/v2/discovery.json"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(JSON))
			.andExpect(jsonPath("$.endpoints[0].type").value("production"))
			.andExpect(jsonPath("$.endpoints[0].formats[0]").value("text/xml"));
	}

	@Test
	void servicesComeFromTheCatalogueGroupedByMajorClass() throws Exception {
		mvc.perform(get("/open311/v2/services.xml").param("jurisdiction_id", "410105").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XML))
			.andExpect(content().string(startsWith(DECLARATION)))
			.andExpect(xpath("/services/service[service_code='0502']/metadata").string("false"))
			.andExpect(xpath("/services/service[service_code='0502']/group").exists())
			.andExpect(xpath("/services/service[service_code='0502']/type").string("realtime"));
		mvc.perform(get("/open311/v2/services.json"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(JSON))
			.andExpect(jsonPath("$[?(@.service_code=='0502')].group").isNotEmpty());
		mvc.perform(get("/open311/v2/services.json").param("jurisdiction_id", "110101"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));
	}

	@Test
	void aServiceDefinitionAnswersAndAnUnknownServiceIs404WithErrors() throws Exception {
		mvc.perform(get("/open311/v2/services/0502.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XML))
			.andExpect(xpath("/service_definition/service_code").string("0502"))
			.andExpect(xpath("/service_definition/attributes").exists());
		mvc.perform(get("/open311/v2/services/0502.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.service_code").value("0502"))
			.andExpect(jsonPath("$.attributes").isArray());
		mvc.perform(get("/open311/v2/services/9999.xml").header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(XML))
			.andExpect(content().string(startsWith(DECLARATION)))
			.andExpect(xpath("/errors/error/code").string("404"))
			.andExpect(xpath("/errors/error/description").string(containsString("9999")));
		mvc.perform(get("/open311/v2/services/9999.json"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));
		mvc.perform(get("/open311/v2/services.html")).andExpect(status().isNotFound());
	}

	@Test
	void aPostedRequestBecomesACaseAtTheResponsibleStationAndIsListedByIdAndToken() throws Exception {
		String key = key();
		String id = postedRequestId(key);
		CaseSummary summary = cases.summary(new CaseNumber(id)).orElseThrow();
		assertThat(summary.stationCode()).isEqualTo("yuantian");
		assertThat(jdbc.sql("select channel from case_file where case_number = :n").param("n", id)
			.query(String.class).single()).isEqualTo("OPEN311");
		awaitListed(id);

		mvc.perform(get("/open311/v2/requests/{id}.xml", id).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XML))
			.andExpect(content().string(startsWith(DECLARATION)))
			.andExpect(xpath("/service_requests/request/service_request_id").string(id))
			.andExpect(xpath("/service_requests/request/status").string("open"))
			.andExpect(xpath("/service_requests/request/status_notes").string("Dispatched to the responsible community station"))
			.andExpect(xpath("/service_requests/request/service_code").string("0502"))
			.andExpect(xpath("/service_requests/request/lat").string("34.7985"));
		String json = mvc.perform(get("/open311/v2/requests/{id}.json", id))
			.andExpect(status().isOk())
			.andExpect(content().contentType(JSON))
			.andExpect(jsonPath("$[0].service_request_id").value(id))
			.andExpect(jsonPath("$[0].long").value(113.683))
			.andReturn().getResponse().getContentAsString();
		String requested = JsonPath.read(json, "$[0].requested_datetime");
		assertThat(requested).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00");

		String token = summary.trackingCode().value();
		mvc.perform(get("/open311/v2/tokens/{t}.json", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].service_request_id").value(id))
			.andExpect(jsonPath("$[0].token").value(token));
		mvc.perform(get("/open311/v2/tokens/{t}.xml", token))
			.andExpect(status().isOk())
			.andExpect(xpath("/service_requests/request/service_request_id").string(id));
		mvc.perform(get("/open311/v2/tokens/{t}.xml", "ZZZZZZZZZZ")).andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/code").string("404"));
		mvc.perform(get("/open311/v2/requests/{id}.json", "410105-1999-000001")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));
		mvc.perform(get("/open311/v2/requests/{id}.xml", "410105-1999-000001")).andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/code").string("404"));
	}

	@Test
	void aMultipartRequestCarriesItsPhotoToTheCase() throws Exception {
		String key = key();
		byte[] jpeg = TestPhotos.jpeg();
		String body = mvc.perform(multipart("/open311/v2/requests.xml")
			.file(new MockMultipartFile("media", "photo.jpg", "image/jpeg", jpeg))
			.param("api_key", key)
			.param("service_code", "0502")
			.param("lat", "34.7985")
			.param("long", "113.683")
			.param("description", "Stall with a photo " + UUID.randomUUID()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XML))
			.andExpect(xpath("/service_requests/request/service_request_id").exists())
			.andReturn().getResponse().getContentAsString();
		String id = body.replaceAll("(?s).*<service_request_id>([^<]+)</service_request_id>.*", "$1");
		assertThat(cases.brief(new CaseNumber(id)).orElseThrow().photos()).hasSize(1);
	}

	@Test
	void postingNeedsAValidUnrevokedKeyAndSaysWhatIsWrongAsErrors() throws Exception {
		postForm("xml", "not-a-key", "service_code", "0502", "lat", "34.7985", "long", "113.683", "description", "x")
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(XML))
			.andExpect(xpath("/errors/error/code").string("403"));
		mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("service_code", "0502"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$[0].code").value(403));

		String key = key();
		postForm("xml", key, "service_code", "0502", "address_string", "园田路 9917 号", "description", "no coordinates")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(startsWith(DECLARATION)))
			.andExpect(xpath("/errors/error/code").string("400"))
			.andExpect(xpath("/errors/error/description").string(containsString("lat and long")));
		postForm("json", key, "lat", "34.7985", "long", "113.683", "description", "no service")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(containsString("service_code")));
		postForm("json", key, "service_code", "0502", "lat", "north", "long", "113.683")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(containsString("lat")));
		postForm("json", key, "service_code", "0502", "lat", "34.7985", "long", "113.683", "description", "x".repeat(4001))
			.andExpect(status().isBadRequest());
		postForm("json", key, "jurisdiction_id", "110101", "service_code", "0502", "lat", "34.7985", "long", "113.683")
			.andExpect(status().isNotFound());

		long before = jdbc.sql("select count(*) from case_file").query(Long.class).single();
		long id = clients.all().stream().filter(c -> !c.revoked()).reduce((a, b) -> b).orElseThrow().id();
		mvc.perform(post("/admin/open311/clients/{id}/revoke", id).with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		postForm("json", key, "service_code", "0502", "lat", "34.7985", "long", "113.683", "description", "revoked key")
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from case_file").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theListHonoursTheSpecsFiltersAndRefusesAWindowOverNinetyDays() throws Exception {
		String id = postedRequestId(key());
		awaitListed(id);
		mvc.perform(get("/open311/v2/requests.json").param("status", "open").param("service_code", "0502"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.service_request_id=='" + id + "')]").isNotEmpty());
		String closed = mvc.perform(get("/open311/v2/requests.json").param("status", "closed"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> closedIds = JsonPath.read(closed, "$[*].service_request_id");
		assertThat(closedIds).doesNotContain(id);
		mvc.perform(get("/open311/v2/requests.xml").param("service_request_id", id + ",410105-1999-000001"))
			.andExpect(status().isOk())
			.andExpect(xpath("count(/service_requests/request)").number(1.0));
		mvc.perform(get("/open311/v2/requests.xml").param("start_date", "2026-01-01T00:00:00+08:00")
			.param("end_date", "2026-06-01T00:00:00+08:00"))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("/errors/error/code").string("400"));
		mvc.perform(get("/open311/v2/requests.json").param("status", "pending")).andExpect(status().isBadRequest());
		mvc.perform(get("/open311/v2/requests.json").param("start_date", "yesterday")).andExpect(status().isBadRequest());
	}

	@Test
	void onlyAnAdministratorIssuesKeysAndSeesThemOnce() throws Exception {
		mvc.perform(post("/admin/open311/clients").with(user("admin").roles("ADMIN")).with(csrf()).param("name", "City app"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/open311").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
		mvc.perform(get("/admin/open311").with(user("command").roles("COMMAND_CENTRE"))).andExpect(status().isForbidden());
	}

	@Test
	void anAddressStringWithoutCoordinatesIsPlacedByTheGazetteerInXml() throws Exception {
		String key = key();
		String body = postForm("xml", key, "jurisdiction_id", "410105", "service_code", "0502", "address_string",
				"金水区园田小区南门", "description", "Stall at the gate " + UUID.randomUUID())
			.andExpect(status().isOk())
			.andExpect(content().contentType(XML))
			.andExpect(xpath("/service_requests/request/service_request_id").exists())
			.andReturn().getResponse().getContentAsString();
		String id = body.replaceAll("(?s).*<service_request_id>([^<]+)</service_request_id>.*", "$1");
		assertThat(cases.summary(new CaseNumber(id)).orElseThrow().stationCode()).isEqualTo("yuantian");
		awaitListed(id);
		// 园田小区 of the demo territory lies between 34.800 and 34.803 N, 113.678 and 113.682 E
		mvc.perform(get("/open311/v2/requests/{id}.xml", id))
			.andExpect(xpath("/service_requests/request/address").string("金水区园田小区南门"))
			.andExpect(xpath("number(/service_requests/request/lat) > 34.800 and number(/service_requests/request/lat) < 34.803").booleanValue(true))
			.andExpect(xpath("number(/service_requests/request/long) > 113.678 and number(/service_requests/request/long) < 113.682").booleanValue(true));
	}

	@Test
	void twoCrossingStreetsInAnAddressStringPlaceTheRequestAtTheCrossingInJson() throws Exception {
		String body = postForm("json", key(), "service_code", "0502", "address_string", "园田路与经三路交叉口东北角",
				"description", "Stall at the crossing " + UUID.randomUUID())
			.andExpect(status().isOk())
			.andExpect(content().contentType(JSON))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$[0].service_request_id");
		assertThat(cases.summary(new CaseNumber(id)).orElseThrow().stationCode()).isEqualTo("yuantian");
		awaitListed(id);
		String request = mvc.perform(get("/open311/v2/requests/{id}.json", id)).andReturn().getResponse().getContentAsString();
		assertThat(((Number) JsonPath.read(request, "$[0].lat")).doubleValue()).isCloseTo(34.8010, org.assertj.core.data.Offset.offset(0.0002));
		assertThat(((Number) JsonPath.read(request, "$[0].long")).doubleValue()).isCloseTo(113.6848, org.assertj.core.data.Offset.offset(0.0002));
	}

	@Test
	void anUnknownOrAmbiguousAddressStringIsA400WithErrorsAndNoCase() throws Exception {
		String key = key();
		long before = jdbc.sql("select count(*) from case_file").query(Long.class).single();
		postForm("xml", key, "service_code", "0502", "address_string", "月球背面环形山", "description", "nowhere")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(XML))
			.andExpect(content().string(startsWith(DECLARATION)))
			.andExpect(xpath("/errors/error/code").string("400"))
			.andExpect(xpath("/errors/error/description").string(containsString("address_string")))
			.andExpect(xpath("/errors/error/description").string(containsString("月球背面环形山")));
		postForm("json", key, "service_code", "0502", "address_string", "东风路上", "description", "somewhere on a long street")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(JSON))
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description").value(containsString("more than one place")))
			.andExpect(jsonPath("$[0].description").value(containsString("Dongfeng Road")));
		postForm("json", key, "service_code", "0502", "address_string", "园".repeat(201))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(containsString("address_string")));
		postForm("xml", key, "service_code", "0502", "address_id", "42", "description", "an id we do not keep")
			.andExpect(status().isBadRequest())
			.andExpect(xpath("/errors/error/description").string(containsString("address_id")));
		assertThat(jdbc.sql("select count(*) from case_file").query(Long.class).single()).isEqualTo(before);
	}
}
