package org.steward.identity;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.steward.IntegrationTest;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.ApiCaller.tokenOf;
import static org.steward.ApiCaller.tokenRequest;

@IntegrationTest
class IdentityApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration administration;

	@Autowired
	JwtDecoder decoder;

	@Test
	void issuesASignedTokenThatOpensTheMeEndpoint() throws Exception {
		Account head = administration.open(new NewAccount(IdentityTestAccounts.uniqueName("head"), "站长 测试",
				Set.of(Role.STATION_HEAD, Role.OFFICER), new DataScope.Station("yuantian"), IdentityTestAccounts.PASSWORD));

		// usernames are found whatever their case
		MvcResult issued = mvc.perform(token(head.username().toUpperCase(), IdentityTestAccounts.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.token").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.expiresAt").exists())
			.andExpect(jsonPath("$.username").value(head.username()))
			.andExpect(jsonPath("$.roles", containsInAnyOrder("STATION_HEAD", "OFFICER")))
			.andExpect(jsonPath("$.scope.kind").value("STATION"))
			.andExpect(jsonPath("$.scope.code").value("yuantian"))
			.andReturn();
		String token = JsonPath.read(issued.getResponse().getContentAsString(), "$.token");

		var claims = decoder.decode(token);
		assertThat(claims.getSubject()).isEqualTo(head.username());
		assertThat(claims.getClaimAsStringList("roles")).containsExactlyInAnyOrder("STATION_HEAD", "OFFICER");
		assertThat(claims.getClaimAsString("scope_kind")).isEqualTo("STATION");
		assertThat(claims.getClaimAsString("scope_code")).isEqualTo("yuantian");
		assertThat(claims.getIssuedAt()).isNotNull();
		assertThat(claims.getExpiresAt()).isEqualTo(claims.getIssuedAt().plus(java.time.Duration.ofHours(8)));

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(head.username()))
			.andExpect(jsonPath("$.displayName").value("站长 测试"))
			.andExpect(jsonPath("$.roles", containsInAnyOrder("STATION_HEAD", "OFFICER")))
			.andExpect(jsonPath("$.scope.kind").value("STATION"))
			.andExpect(jsonPath("$.scope.code").value("yuantian"));
	}

	@Test
	void refusesAWrongPasswordWith401Problem() throws Exception {
		Account officer = IdentityTestAccounts.open(administration, "wrong", Role.OFFICER,
				new DataScope.Station("yuantian"));
		mvc.perform(token(officer.username(), "not-the-password"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:identity.refused.badCredentials"))
			.andExpect(jsonPath("$.status").value(401));
		mvc.perform(token("nobody-" + officer.username(), "whatever-password")).andExpect(status().isUnauthorized());
	}

	@Test
	void namesTheMissingFieldsWith400() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:validation"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("username", "password")));
	}

	@Test
	void mapsTheRolesClaimToAuthoritiesForMethodSecurity() throws Exception {
		Account officer = IdentityTestAccounts.open(administration, "api-officer", Role.OFFICER,
				new DataScope.Station("yuantian"));
		Account admin = IdentityTestAccounts.open(administration, "api-admin", Role.ADMIN,
				new DataScope.District("410105"));

		mvc.perform(get("/api/v1/accounts").header("Authorization", bearer(officer.username())))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:identity.refused.outsideRoleOrScope"))
			.andExpect(jsonPath("$.detail").value("您的角色或数据范围不允许此请求。"));
		mvc.perform(get("/api/v1/accounts").header("Authorization", bearer(admin.username())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].username", hasItem(officer.username())))
			.andExpect(jsonPath("$[0].passwordHash").doesNotExist());
	}

	@Test
	void refusesRequestsWithoutOrWithAForgedToken() throws Exception {
		mvc.perform(get("/api/v1/me").header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Language", "en"))
			.andExpect(jsonPath("$.type").value("urn:steward:problem:identity.refused.noToken"))
			.andExpect(jsonPath("$.title").value("Not signed in"))
			.andExpect(jsonPath("$.detail").value("A valid bearer token is required (POST /api/v1/auth/token)."));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not.a.token"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().exists("WWW-Authenticate"))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void aDisabledAccountsTokenIsRefusedAtOnce() throws Exception {
		Account officer = IdentityTestAccounts.open(administration, "gone", Role.OFFICER,
				new DataScope.Station("yuantian"));
		String bearer = bearer(officer.username());
		mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isOk());

		administration.disable(officer.username(), "admin");

		mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isUnauthorized());
		mvc.perform(token(officer.username(), IdentityTestAccounts.PASSWORD))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:identity.refused.badCredentials")); // same answer as a wrong password
	}

	@Test
	void aReEnabledAccountsTokenIsAcceptedAgainAtOnce() throws Exception {
		Account officer = IdentityTestAccounts.open(administration, "back", Role.OFFICER,
				new DataScope.Station("yuantian"));
		String bearer = bearer(officer.username());
		administration.disable(officer.username(), "admin");
		// the refusal is what the token check now remembers for a few seconds
		mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isUnauthorized());

		administration.enable(officer.username());

		mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isOk());
	}

	@Test
	void meAlsoAnswersForAMockedJwt() throws Exception {
		Account liaison = IdentityTestAccounts.open(administration, "liaison", Role.DEPARTMENT_LIAISON,
				new DataScope.Department("FIRE_RESCUE"));
		mvc.perform(get("/api/v1/me").with(jwt().jwt(j -> j.subject(liaison.username()))
			.authorities(List.of(new SimpleGrantedAuthority(Role.DEPARTMENT_LIAISON.authority())))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scope.kind").value("DEPARTMENT"))
			.andExpect(jsonPath("$.scope.code").value("FIRE_RESCUE"));
	}

	private String bearer(String username) throws Exception {
		return "Bearer " + tokenOf(mvc, username, IdentityTestAccounts.PASSWORD);
	}

	static RequestBuilder token(String username, String password) {
		return tokenRequest(username, password);
	}
}
