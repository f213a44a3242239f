package org.steward.catalog;

/**
 * Identifies one version of a category's rules. A case stores this id, so later edits of the
 * catalog do not change the limits and departments it was registered under.
 */
public record CategoryRulesId(long value) {
}
