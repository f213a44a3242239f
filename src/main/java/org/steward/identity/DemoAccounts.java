package org.steward.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * DEMO DATA: the staff accounts of the Jinshui pilot — fictional people, one shared password
 * ({@code steward.demo.password}). Loaded only in the {@code demo} profile, and only the
 * accounts that are missing, so restarts and several nodes leave existing ones alone (also
 * their changed state, e.g. a lock). When ready, prints where to sign in and with what.
 */
@Component
@Profile("demo")
class DemoAccounts {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	/** One demo account: username, display name, role, scope. */
	record Demo(String username, String displayName, Role role, DataScope scope) {
	}

	static final List<Demo> ACCOUNTS = demoAccounts();

	private final JdbcAccounts accounts;

	private final AccountAdministration administration;

	private final String password;

	private volatile int port = -1;

	DemoAccounts(JdbcAccounts accounts, AccountAdministration administration,
			IdentityProperties settings) {
		this.accounts = accounts;
		this.administration = administration;
		this.password = settings.demo().password();
	}

	@EventListener
	void rememberPort(WebServerInitializedEvent event) {
		// a separate management server has a namespace; the pages are on the main one
		if (event.getApplicationContext().getServerNamespace() == null) {
			port = event.getWebServer().getPort();
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void loadAndAnnounce() {
		int created = 0;
		for (Demo demo : ACCOUNTS) {
			if (accounts.find(demo.username()).isEmpty()) {
				administration.open(new NewAccount(demo.username(), demo.displayName(), Set.of(demo.role()), demo.scope(),
						password));
				created++;
			}
		}
		log.info("Demo accounts: {} created, {} already present", created, ACCOUNTS.size() - created);
		announce();
	}

	private void announce() {
		StringBuilder block = new StringBuilder("\n");
		block.append("================ Steward DEMO (fictional data of the Jinshui pilot) ================\n");
		block.append(port > 0 ? "  Open  http://localhost:" + port + "/\n" : "  (no web server in this run)\n");
		block.append("  Every demo account's password: ").append(password).append('\n');
		for (Demo demo : ACCOUNTS) {
			block.append(String.format(Locale.ROOT, "  %-28s %-20s %s %s%n", demo.username(), demo.role(),
					demo.scope().kind(), demo.scope().code()));
		}
		block.append("=====================================================================================");
		log.info("{}", block);
	}

	// the people are those of the demo organisation (OrganizationDemoData): the officer 李强 of grid 1
	// signs in as officer.yuantian1, so a case assigned to him is acknowledged by him
	private static List<Demo> demoAccounts() {
		DataScope district = new DataScope.District("410105");
		DataScope yuantian = new DataScope.Station("yuantian");
		List<Demo> list = new ArrayList<>(List.of(
				new Demo("admin", "系统管理员 韩雪", Role.ADMIN, district),
				new Demo("command", "指挥中心值班长 赵磊", Role.COMMAND_CENTRE, district),
				new Demo("squad.dongfeng", "东风路中队长 吴刚", Role.SQUAD_LEADER, new DataScope.Squad("dongfeng")),
				new Demo("station.yuantian", "园田站长 张伟", Role.STATION_HEAD, yuantian),
				new Demo("officer.yuantian1", "园田队员 李强", Role.OFFICER, yuantian),
				new Demo("officer.yuantian2", "园田队员 王芳", Role.OFFICER, yuantian),
				new Demo("community.yuantian", "园田社区网格员 孙丽", Role.COMMUNITY_STAFF,
						new DataScope.Community("410105010001"))));
		String[][] liaisons = {
				{ "URBAN_MANAGEMENT", "城管联络员 孙立" }, { "PUBLIC_SECURITY", "公安联络员 马骏" },
				{ "TRAFFIC_POLICE", "交警联络员 朱丽" }, { "FIRE_RESCUE", "消防联络员 胡斌" },
				{ "ECOLOGY_ENVIRONMENT", "生态环境联络员 郭艳" }, { "MARKET_SUPERVISION", "市场监管联络员 林涛" },
				{ "HOUSING_CONSTRUCTION", "住建联络员 何静" }, { "NATURAL_RESOURCES", "自然资源联络员 高鹏" } };
		for (String[] liaison : liaisons) {
			list.add(new Demo("liaison." + liaison[0].toLowerCase(Locale.ROOT), liaison[1], Role.DEPARTMENT_LIAISON,
					new DataScope.Department(liaison[0])));
		}
		return List.copyOf(list);
	}
}
