package org.steward.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;

class CaseAuthorityTests {

	static CurrentUser user(Role role, DataScope scope) {
		return new CurrentUser("u", "U", Set.of(role), scope);
	}

	static final CurrentUser OFFICER = user(Role.OFFICER, new DataScope.Station("yuantian"));

	static final CurrentUser HEAD = user(Role.STATION_HEAD, new DataScope.Station("yuantian"));

	static final CurrentUser SQUAD = user(Role.SQUAD_LEADER, new DataScope.Squad("dongfeng"));

	static final CurrentUser COMMAND = user(Role.COMMAND_CENTRE, new DataScope.District("410105"));

	@Test
	void officersWorkTheCaseButDoNotVerifyIt() {
		Case handled = CaseTests.inStatus(CaseStatus.HANDLED);
		assertThat(CaseAuthority.allowedFor(OFFICER, handled)).isEmpty();
		assertThat(CaseAuthority.allowedFor(HEAD, handled)).containsExactly(CaseAction.VERIFY);
		assertThat(CaseAuthority.allowedFor(SQUAD, handled)).containsExactly(CaseAction.VERIFY);
		assertThat(CaseAuthority.allowedFor(OFFICER, CaseTests.inStatus(CaseStatus.DISPATCHED)))
			.containsExactlyInAnyOrder(CaseAction.ACKNOWLEDGE, CaseAction.ESCALATE, CaseAction.REJECT,
					CaseAction.MERGE, CaseAction.EXTEND);
	}

	@Test
	void onlyTheSquadAndAboveApproveExtensionsAndReview() {
		Case pending = CaseTests.inStatus(CaseStatus.ACKNOWLEDGED);
		pending.requestExtension(CaseTests.OFFICER, 1, "r", CaseTests.T0, CaseTests.T0);
		assertThat(CaseAuthority.allowedFor(OFFICER, pending)).doesNotContain(CaseAction.APPROVE_EXTENSION);
		assertThat(CaseAuthority.allowedFor(HEAD, pending)).doesNotContain(CaseAction.APPROVE_EXTENSION);
		assertThat(CaseAuthority.allowedFor(SQUAD, pending)).contains(CaseAction.APPROVE_EXTENSION);
		assertThat(CaseAuthority.allowedFor(COMMAND, pending)).contains(CaseAction.APPROVE_EXTENSION, CaseAction.ARRIVE);
	}

	@Test
	void anEscalatedCaseIsActedOnFromTheSquadUp() {
		Case escalated = CaseTests.inStatus(CaseStatus.ESCALATED);
		assertThat(CaseAuthority.allowedFor(OFFICER, escalated)).isEmpty();
		assertThat(CaseAuthority.allowedFor(SQUAD, escalated)).containsExactlyInAnyOrder(CaseAction.REASSIGN,
				CaseAction.REJECT, CaseAction.TRANSFER);
		assertThat(CaseAuthority.allowedFor(COMMAND, escalated)).containsExactlyInAnyOrder(CaseAction.REASSIGN,
				CaseAction.REJECT, CaseAction.MERGE, CaseAction.TRANSFER);
		assertThat(CaseAuthority.allowedFor(HEAD, escalated)).isEmpty();
	}

	@Test
	void seesOnlyCasesInsideTheDataScope() {
		Case c = CaseTests.dispatched();
		c.communityCode = "410105010001";
		assertThat(CaseAuthority.maySee(OFFICER, c)).isTrue();
		assertThat(CaseAuthority.maySee(user(Role.OFFICER, new DataScope.Station("guanhutun")), c)).isFalse();
		assertThat(CaseAuthority.maySee(user(Role.SQUAD_LEADER, new DataScope.Squad("wenhua")), c)).isFalse();
		assertThat(CaseAuthority.maySee(user(Role.COMMUNITY_STAFF, new DataScope.Community("410105010001")), c)).isTrue();
		// a liaison sees a case their department takes part in (a task), not one it merely leads
		assertThat(CaseAuthority.maySee(user(Role.DEPARTMENT_LIAISON, new DataScope.Department("URBAN_MANAGEMENT")), c))
			.isFalse();
		assertThat(CaseAuthority.maySee(user(Role.DEPARTMENT_LIAISON, new DataScope.Department("URBAN_MANAGEMENT")), c,
				java.util.Set.of("URBAN_MANAGEMENT"))).isTrue();
		assertThat(CaseAuthority.maySee(user(Role.DEPARTMENT_LIAISON, new DataScope.Department("FIRE_RESCUE")), c))
			.isFalse();
		assertThat(CaseAuthority.allowedFor(user(Role.OFFICER, new DataScope.Station("guanhutun")), c)).isEmpty();
		assertThat(CaseAuthority.allowedFor(user(Role.COMMUNITY_STAFF, new DataScope.Community("410105010001")), c))
			.isEmpty();
	}

	@Test
	void masksTheMiddleOfAPhoneNumber() {
		assertThat(CaseAuthority.maskPhone("13812345678")).isEqualTo("138****5678");
		assertThat(CaseAuthority.maskPhone("12345")).isEqualTo("****");
		assertThat(CaseAuthority.seesReporter(COMMAND)).isTrue();
		assertThat(CaseAuthority.seesReporter(SQUAD)).isFalse();
	}
}
