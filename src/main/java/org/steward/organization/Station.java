package org.steward.organization;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.steward.territory.GeoPoint;

/**
 * A community enforcement service station (社区执法服务站): run by a squad, serving one or more
 * communities (12-digit codes), headed by one of its officers.
 */
public record Station(String code, String nameZh, String nameEn, String squadCode, @Nullable String phone,
		@Nullable String address, List<String> communityCodes, @Nullable GeoPoint location,
		@Nullable String headOfficerCode) {

	public Station {
		communityCodes = List.copyOf(communityCodes);
	}

	public boolean serves(String communityCode) {
		return communityCodes.contains(communityCode);
	}
}
