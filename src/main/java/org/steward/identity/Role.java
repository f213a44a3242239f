package org.steward.identity;

/** What an account may do. Residents act without an account. */
public enum Role {
	/** Community staff member or grid worker (社区工作人员 / 网格员): blows the whistle. */
	COMMUNITY_STAFF,
	/** Enforcement officer (队员) of a community station. */
	OFFICER,
	/** Head of a community station (站长). */
	STATION_HEAD,
	/** Leader of an enforcement squad (中队长). */
	SQUAD_LEADER,
	/** Liaison of a partner department (部门联络员). */
	DEPARTMENT_LIAISON,
	/** District command centre (指挥中心). */
	COMMAND_CENTRE,
	/** Administrator of reference data and accounts. */
	ADMIN;

	/** The Spring Security authority name. */
	public String authority() {
		return "ROLE_" + name();
	}
}
