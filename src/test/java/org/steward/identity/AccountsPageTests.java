package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;

@IntegrationTest
class AccountsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcAccounts accounts;

	@Autowired
	AccountAdministration administration;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	Clock clock;

	static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	@Test
	void listsAccountsWithRolesScopeAndStatus() throws Exception {
		mvc.perform(get("/admin/accounts").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("station.yuantian")))
			.andExpect(content().string(containsString("园田站长 张伟")))
			.andExpect(content().string(containsString("执法服务站站长")))
			.andExpect(content().string(containsString("新建账号")));
		mvc.perform(get("/admin/accounts").param("lang", "en").with(admin()))
			.andExpect(content().string(containsString("New account")));
	}

	@Test
	void isForAdministratorsOnly() throws Exception {
		mvc.perform(get("/admin/accounts").with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void createsAnAccountWithAHashedPassword() throws Exception {
		String username = IdentityTestAccounts.uniqueName("new");
		mvc.perform(post("/admin/accounts").with(admin()).with(csrf())
			.param("username", username)
			.param("displayName", "园田队员 新人")
			.param("roles", "OFFICER", "STATION_HEAD")
			.param("scopeKind", "STATION")
			.param("scopeCode", "yuantian")
			.param("password", "long-enough-password"))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("created", username));

		Account created = accounts.find(username).orElseThrow();
		assertThat(created.roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.STATION_HEAD);
		assertThat(created.scope()).isEqualTo(new DataScope.Station("yuantian"));
		assertThat(created.passwordHash()).doesNotContain("long-enough-password").startsWith("{bcrypt}");
		assertThat(passwordEncoder.matches("long-enough-password", created.passwordHash())).isTrue();
	}

	@Test
	void showsEveryInvalidFieldNextToIt() throws Exception {
		mvc.perform(post("/admin/accounts").with(admin()).with(csrf())
			.param("username", "王明")
			.param("displayName", " ")
			.param("scopeKind", "COMMUNITY")
			.param("scopeCode", "4101")
			.param("password", "short"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "identity.refused.usernameFormat"))
			.andExpect(model().attributeHasFieldErrorCode("form", "displayName", "identity.refused.required"))
			.andExpect(model().attributeHasFieldErrorCode("form", "roles", "identity.refused.rolesRequired"))
			.andExpect(model().attributeHasFieldErrorCode("form", "scopeCode", "identity.refused.scopeCode.COMMUNITY"))
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "identity.refused.passwordLength"))
			.andExpect(content().string(containsString("密码至少 10 个字符")))
			.andExpect(content().string(containsString("社区代码应为 12 位数字")))
			.andExpect(content().string(containsString("is-invalid")))
			// the shared form field ties each control to its error and hint for screen readers
			.andExpect(content().string(containsString("aria-describedby=\"scopeCode-error scopeCode-hint\" aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("id=\"scopeCode-error\"")))
			.andExpect(content().string(containsString("<label class=\"form-label\" for=\"password\">")));
	}

	@Test
	void refusesATakenUsernameWhateverItsCase() throws Exception {
		mvc.perform(post("/admin/accounts").with(admin()).with(csrf())
			.param("username", "Station.Yuantian")
			.param("displayName", "冒名")
			.param("roles", "OFFICER")
			.param("scopeKind", "STATION")
			.param("scopeCode", "yuantian")
			.param("password", "long-enough-password"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "identity.refused.usernameTaken"));
	}

	@Test
	void unlocksAnAccountWhoseSignInIsSlowed() throws Exception {
		Account officer = IdentityTestAccounts.open(administration, "page-lock", Role.OFFICER,
				new DataScope.Station("yuantian"));
		for (int i = 0; i < 5; i++) {
			mvc.perform(IdentityApiTests.token(officer.username(), "wrong"));
		}
		// bad passwords slow the account's sign-in, they no longer lock it
		assertThat(accounts.find(officer.username()).orElseThrow().isLockedAt(clock.instant())).isFalse();
		mvc.perform(get("/admin/accounts").with(admin()))
			.andExpect(content().string(containsString("/admin/accounts/" + officer.username() + "/unlock")));

		mvc.perform(post("/admin/accounts/{u}/unlock", officer.username()).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"));

		assertThat(accounts.find(officer.username()).orElseThrow().lockedUntil()).isNull();
		mvc.perform(get("/admin/accounts").with(admin()))
			.andExpect(content().string(not(containsString("/admin/accounts/" + officer.username() + "/unlock"))));
	}

	@Test
	void disablesAndEnablesAnAccount() throws Exception {
		Account officer = IdentityTestAccounts.open(administration, "page-off", Role.OFFICER,
				new DataScope.Station("yuantian"));
		mvc.perform(post("/admin/accounts/{u}/disable", officer.username()).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"));
		assertThat(accounts.find(officer.username()).orElseThrow().enabled()).isFalse();

		mvc.perform(post("/admin/accounts/{u}/enable", officer.username()).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"));
		assertThat(accounts.find(officer.username()).orElseThrow().enabled()).isTrue();
	}

	@Test
	void anAdministratorCannotDisableThemself() throws Exception {
		mvc.perform(post("/admin/accounts/{u}/disable", "admin").with(admin()).with(csrf()))
			.andExpect(flash().attribute("refused", "不能停用自己的账号。"));
		assertThat(accounts.find("admin").orElseThrow().enabled()).isTrue();
	}
}
