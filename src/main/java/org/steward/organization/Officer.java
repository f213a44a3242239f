package org.steward.organization;

import org.jspecify.annotations.Nullable;

/**
 * An enforcement officer (执法队员). The code is the badge number (执法证号); the username links
 * the officer to an identity account by its name, so the two modules stay independent.
 */
public record Officer(String code, String name, @Nullable String phone, String stationCode,
		@Nullable String username, boolean active) {
}
