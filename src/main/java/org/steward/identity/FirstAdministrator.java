package org.steward.identity;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * The first administrator of an empty production install: started once with
 * {@code STEWARD_FIRST_ADMIN_USERNAME}, {@code STEWARD_FIRST_ADMIN_PASSWORD} and
 * {@code STEWARD_FIRST_ADMIN_DISTRICT} set, Steward opens that administrator account — only while no
 * administrator exists, so leaving the variables set afterwards changes nothing (and the password
 * should be changed by removing them). Every other account is then opened on {@code /admin/accounts}.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	/**
	 * @param username the first administrator's username; empty (the default) opens nothing
	 * @param password the password (at least the password policy's length)
	 * @param district the district code (six digits, e.g. 410105) of the administrator's data scope
	 */
	@ConfigurationProperties("steward.first-admin")
	record Settings(@DefaultValue("") String username, @DefaultValue("") String password,
			@DefaultValue("") String district) {
	}

	private final Settings settings;

	private final JdbcAccounts accounts;

	private final AccountAdministration administration;

	FirstAdministrator(Settings settings, JdbcAccounts accounts, AccountAdministration administration) {
		this.settings = settings;
		this.accounts = accounts;
		this.administration = administration;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (settings.username().isBlank()) {
			return;
		}
		if (accounts.all().stream().anyMatch(a -> a.roles().contains(Role.ADMIN))) {
			log.info("steward.first-admin is set but an administrator exists already: nothing opened");
			return;
		}
		Account admin = administration.open(new NewAccount(settings.username(), "系统管理员 Administrator",
				Set.of(Role.ADMIN), new DataScope.District(settings.district()), settings.password()));
		log.warn("First administrator '{}' opened for district {}; remove STEWARD_FIRST_ADMIN_* from the environment",
				admin.username(), settings.district());
	}
}
