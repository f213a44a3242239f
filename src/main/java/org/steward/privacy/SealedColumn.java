package org.steward.privacy;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A column a module keeps personal data in, sealed by {@link PersonalData}: declared as a bean by the
 * module that owns the table, so that {@link Resealing} can seal what was stored in plain text and
 * move values to a new key without knowing the module.
 *
 * @param table the table
 * @param key the column that identifies a row (its primary key)
 * @param column the sealed column
 * @param hashColumn the column holding the value's searchable hash, or null if nobody looks the value up
 */
public record SealedColumn(String table, String key, String column, @Nullable String hashColumn) {

	private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	public SealedColumn {
		// the names go into SQL: only plain identifiers, checked once here
		for (String name : new String[] { table, key, column, hashColumn }) {
			if (name != null && !NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
			}
		}
	}

	@Override
	public String toString() {
		return table + "." + column;
	}
}
