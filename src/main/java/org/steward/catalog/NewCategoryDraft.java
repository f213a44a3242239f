package org.steward.catalog;

import org.jspecify.annotations.Nullable;

/** A category an administrator wants to add: its code, its major class and its first rules. */
record NewCategoryDraft(@Nullable String code, @Nullable String majorCode, RulesDraft rules) {
}
