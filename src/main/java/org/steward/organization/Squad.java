package org.steward.organization;

import org.jspecify.annotations.Nullable;

/**
 * An enforcement squad (执法中队) of the district brigade and its leader (中队长); the leader's
 * username links to an identity account.
 */
public record Squad(String code, String nameZh, String nameEn, String brigadeCode, @Nullable String phone,
		@Nullable String address, @Nullable String leaderName, @Nullable String leaderPhone,
		@Nullable String leaderUsername) {
}
