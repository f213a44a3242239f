package org.steward.organization;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.steward.identity.ScopeChoices;
import org.steward.territory.Territory;
import org.steward.territory.TerritoryUnit;

/** The scopes an account may have, named: districts and communities, squads, stations and partner departments. */
@Component
class OrganizationScopeChoices implements ScopeChoices {

	private final Organization organization;

	private final Departments departments;

	private final Territory territory;

	OrganizationScopeChoices(Organization organization, Departments departments, Territory territory) {
		this.organization = organization;
		this.departments = departments;
		this.territory = territory;
	}

	@Override
	public List<Choice> choices() {
		List<Choice> out = new ArrayList<>();
		for (TerritoryUnit district : territory.districts()) {
			out.add(new Choice("DISTRICT", district.code(), district.nameZh(), district.nameEn()));
		}
		organization.squads().forEach(q -> out.add(new Choice("SQUAD", q.code(), q.nameZh(), q.nameEn())));
		organization.stations().forEach(s -> out.add(new Choice("STATION", s.code(), s.nameZh(), s.nameEn())));
		for (TerritoryUnit district : territory.districts()) {
			for (TerritoryUnit street : territory.streetsOf(district.code())) {
				for (TerritoryUnit community : territory.communitiesOf(street.code())) {
					out.add(new Choice("COMMUNITY", community.code(), community.nameZh(), community.nameEn()));
				}
			}
		}
		departments.all().forEach(d -> out.add(new Choice("DEPARTMENT", d.code(), d.nameZh(), d.nameEn())));
		return out;
	}
}
