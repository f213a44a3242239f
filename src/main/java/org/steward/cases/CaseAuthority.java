package org.steward.cases;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;

/**
 * Who may take which step on a case: a role that may take the action and a data scope that
 * covers the case. Officers and the head of the case's station work the case; the station
 * head, squad leader and command centre verify and reassign; the squad leader and command
 * centre approve extensions and review dissatisfied ratings; the command centre and
 * administrators may do everything. A case that is not the stations' to handle is transferred out
 * (转办) by the station head, the squad leader or the command centre. The squad leader may also reject a case; an escalated
 * case is acted on only from the squad up.
 */
final class CaseAuthority {

	private static final Set<Role> STATION = EnumSet.of(Role.OFFICER, Role.STATION_HEAD);

	private static final Set<Role> ABOVE = EnumSet.of(Role.COMMAND_CENTRE, Role.ADMIN);

	private static final Map<CaseAction, Set<Role>> ROLES = Map.ofEntries(
			Map.entry(CaseAction.ACKNOWLEDGE, STATION), Map.entry(CaseAction.ARRIVE, STATION),
			Map.entry(CaseAction.HANDLE, STATION), Map.entry(CaseAction.ESCALATE, STATION),
			Map.entry(CaseAction.REJECT, EnumSet.of(Role.OFFICER, Role.STATION_HEAD, Role.SQUAD_LEADER)),
			Map.entry(CaseAction.MERGE, STATION), Map.entry(CaseAction.EXTEND, STATION),
			Map.entry(CaseAction.VERIFY, EnumSet.of(Role.STATION_HEAD, Role.SQUAD_LEADER)),
			Map.entry(CaseAction.REASSIGN, EnumSet.of(Role.STATION_HEAD, Role.SQUAD_LEADER)),
			Map.entry(CaseAction.APPROVE_EXTENSION, EnumSet.of(Role.SQUAD_LEADER)),
			Map.entry(CaseAction.REVIEW, EnumSet.of(Role.SQUAD_LEADER)),
			Map.entry(CaseAction.TRANSFER, EnumSet.of(Role.STATION_HEAD, Role.SQUAD_LEADER)));

	private CaseAuthority() {
	}

	/**
	 * Where a case sits in the organisation, for {@link DataScope#covers}: its departments are those
	 * taking part in it (a task of theirs, see {@link CaseParticipants}), not its lead department.
	 */
	static DataScope.Jurisdiction jurisdiction(Case c, Set<String> participatingDepartments) {
		return new DataScope.Jurisdiction(c.districtCode, c.squadCode, c.stationCode, c.communityCode,
				participatingDepartments);
	}

	static boolean maySee(CurrentUser viewer, Case c, Set<String> participatingDepartments) {
		return viewer.canSee(jurisdiction(c, participatingDepartments));
	}

	/** For a case no department takes part in. */
	static boolean maySee(CurrentUser viewer, Case c) {
		return maySee(viewer, c, Set.of());
	}

	static Set<CaseAction> allowedFor(CurrentUser viewer, Case c) {
		return allowedFor(viewer, c, maySee(viewer, c));
	}

	/**
	 * Whether the viewer's role lets them take the action on this case (scope is checked apart).
	 * An escalated case has left the station's hands: only the squad and above act on it.
	 */
	static boolean mayTake(CurrentUser viewer, CaseAction action, Case c) {
		if (viewer.roles().stream().anyMatch(ABOVE::contains)) {
			return true;
		}
		Set<Role> allowed = EnumSet.copyOf(ROLES.get(action));
		if (c.status == CaseStatus.ESCALATED) {
			allowed.removeAll(STATION);
		}
		return viewer.roles().stream().anyMatch(allowed::contains);
	}

	/** The actions this viewer may take on the case now: the lifecycle's allowed moves that the viewer's role permits. */
	static Set<CaseAction> allowedFor(CurrentUser viewer, Case c, boolean sees) {
		if (!sees) {
			return Set.of();
		}
		EnumSet<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
		for (CaseAction action : c.possibleActions()) {
			if (mayTake(viewer, action, c)) {
				actions.add(action);
			}
		}
		return actions;
	}

	/**
	 * The reporter's full name and phone number are for the command centre only (it calls residents
	 * back); every other role, administrators included, sees 张** and 138****5678, as the report form
	 * promises.
	 */
	static boolean seesReporter(CurrentUser viewer) {
		return viewer.has(Role.COMMAND_CENTRE);
	}

	/** The first character and two stars, whatever the name's length: 张三丰 → 张**, 李四 → 李**. */
	static String maskName(String name) {
		String stripped = name.strip();
		if (stripped.isEmpty()) {
			return "**";
		}
		return new StringBuilder().appendCodePoint(stripped.codePointAt(0)).append("**").toString();
	}

	static String maskPhone(String phone) {
		String digits = phone.strip();
		if (digits.length() < 7) {
			return "****";
		}
		return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
	}
}
