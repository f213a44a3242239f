package org.steward.organization;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.territory.GeoPoint;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The organisation over REST. The department directory is public (liaison phones masked);
 * the squad and station directories are for every account; a station's officers, grids and
 * duty roster only for accounts whose data scope covers the station.
 */
@RestController
@Tag(name = "Organisation")
class OrganizationApi {

	private final JdbcOrganization organization;

	private final Departments departments;

	private final StationAccess access;

	private final SignedIn signedIn;

	private final Clock clock;

	OrganizationApi(JdbcOrganization organization, Departments departments, StationAccess access, SignedIn signedIn,
			Clock clock) {
		this.organization = organization;
		this.departments = departments;
		this.access = access;
		this.signedIn = signedIn;
		this.clock = clock;
	}

	record LiaisonView(String name, String phone) {
	}

	record DepartmentView(String code, String nameZh, String nameEn, List<LiaisonView> liaisons) {
	}

	record SquadView(String code, String nameZh, String nameEn, String brigadeCode, @Nullable String phone,
			@Nullable String address, @Nullable String leaderName, List<String> stationCodes) {
	}

	record StationView(String code, String nameZh, String nameEn, String squadCode, @Nullable String phone,
			@Nullable String address, List<String> communityCodes, @Nullable GeoPoint location,
			@Nullable String headOfficerCode) {
		static StationView of(Station s) {
			return new StationView(s.code(), s.nameZh(), s.nameEn(), s.squadCode(), s.phone(), s.address(),
					s.communityCodes(), s.location(), s.headOfficerCode());
		}
	}

	record OfficerView(String code, String name, @Nullable String phone, boolean active, boolean head) {
	}

	record GridView(String gridCode, GridResponsibility.OfficerRef officer) {
	}

	record StationDetail(StationView station, @Nullable Squad squad, List<OfficerView> officers, List<GridView> grids) {
	}

	/** {@code onDuty} may be empty: then whoever needs the station calls its head. */
	record OnDutyView(String stationCode, Instant at, List<OfficerOnDuty> onDuty, @Nullable OfficerView stationHead) {
	}

	@Operation(summary = "Partner departments with their liaisons (phones masked)")
	@GetMapping("/api/v1/departments")
	List<DepartmentView> departments() {
		return departments.all()
			.stream()
			.map(d -> new DepartmentView(d.code(), d.nameZh(), d.nameEn(), departments.liaisons(d.code())
				.stream()
				.map(l -> new LiaisonView(l.name(), PhoneMask.mask(l.phone())))
				.toList()))
			.toList();
	}

	@GetMapping("/api/v1/organization/squads")
	List<SquadView> squads() {
		List<Station> stations = organization.stations();
		return organization.squads()
			.stream()
			.map(q -> new SquadView(q.code(), q.nameZh(), q.nameEn(), q.brigadeCode(), q.phone(), q.address(), q.leaderName(),
					stations.stream().filter(s -> s.squadCode().equals(q.code())).map(Station::code).toList()))
			.toList();
	}

	@GetMapping("/api/v1/organization/stations")
	List<StationView> stations() {
		return organization.stations().stream().map(StationView::of).toList();
	}

	@Operation(summary = "A station's officers and grids (data scope must cover the station)")
	@GetMapping("/api/v1/organization/stations/{code}")
	StationDetail station(@PathVariable String code) {
		Station station = visibleStation(code);
		List<OfficerView> officers = organization.officersOf(code).stream().map(o -> view(o, station)).toList();
		List<GridView> grids = organization.responsibilitiesOf(code)
			.stream()
			.map(r -> new GridView(r.gridCode(), r.officer()))
			.toList();
		return new StationDetail(StationView.of(station), organization.squadOf(code).orElse(null), officers, grids);
	}

	@Operation(summary = "Officers on duty at a station now (or at ?at=ISO instant); empty means call the station head")
	@GetMapping("/api/v1/organization/stations/{code}/on-duty")
	OnDutyView onDuty(@PathVariable String code, @RequestParam(required = false) @Nullable Instant at) {
		Station station = visibleStation(code);
		Instant when = at != null ? at : clock.instant();
		OfficerView head = station.headOfficerCode() == null ? null
				: organization.officer(station.headOfficerCode()).map(o -> view(o, station)).orElse(null);
		return new OnDutyView(code, when, organization.onDuty(code, when), head);
	}

	private Station visibleStation(String code) {
		Station station = organization.station(code).orElseThrow(() -> OrganizationRefusals.unknownStation(code));
		access.requireSee(signedIn.require(), station);
		return station;
	}

	private static OfficerView view(Officer o, Station station) {
		return new OfficerView(o.code(), o.name(), o.phone(), o.active(), o.code().equals(station.headOfficerCode()));
	}
}
