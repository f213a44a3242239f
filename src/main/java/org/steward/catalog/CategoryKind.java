package org.steward.catalog;

/**
 * The two families of the digital urban-management standards: an event (事件) is something that
 * happens (rubbish, vending, noise); a component (部件) is a managed object that is damaged or
 * missing (manhole cover, street light). The standards route components by owner first and
 * events by place first.
 */
public enum CategoryKind {
	EVENT,
	COMPONENT
}
