package org.steward.identity;

import java.util.List;

/**
 * The data scopes an administrator may give an account, by name: implemented by the module that
 * knows the organisation (identity may not depend on it), so the accounts page offers a list to
 * pick from instead of a box for a code. The form's own check of the code's shape stays.
 */
public interface ScopeChoices {

	/** One scope to choose: its kind (as {@link DataScope#of} takes it), its code and its names. */
	record Choice(String kind, String code, String nameZh, String nameEn) {
	}

	/** Every scope of every kind, in the order a page lists them. */
	List<Choice> choices();
}
