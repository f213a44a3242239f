package org.steward.patrol;

/**
 * A grid's management class (管理等级, a DB11 grid attribute): how often it must be patrolled. The
 * frequency of each class is configuration ({@link PatrolProperties#frequencies()}); no national
 * figure exists.
 */
public enum ManagementClass {
	/** 一类: main roads, markets, school gates — several patrols a day. */
	FIRST,
	/** 二类: ordinary streets and compounds — daily. */
	SECOND,
	/** 三类: back lanes and quiet areas — a few times a week. */
	THIRD
}
