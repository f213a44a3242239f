package org.steward.organization;

import static org.mockito.Mockito.doReturn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.steward.territory.CoordinateConversion;
import org.steward.territory.Crs;
import org.steward.territory.GeoPoint;
import org.steward.territory.MapPoint;
import org.steward.territory.Location;

class LocateApiTests extends OrganizationTestSupport {

	private static Location yuantianGrid(String grid) {
		return new Location(new Location.Area(grid, "园田社区第1网格", "Yuantian grid 1"),
				new Location.Area("410105010001", "园田社区", "Yuantian"),
				new Location.Area("410105010", "东风路街道", "Dongfeng Road Subdistrict"),
				new Location.Area("410105", "金水区", "Jinshui District"));
	}

	@Test
	void answersTheGridItsAreasAndTheResponsibleStationAndOfficer() throws Exception {
		mvc.perform(get("/api/v1/territory/locate").param("lat", "34.7985").param("lng", "113.6830"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grid.code").value("410105010001001"))
			.andExpect(jsonPath("$.community.code").value("410105010001"))
			.andExpect(jsonPath("$.street.nameZh").value("东风路街道"))
			.andExpect(jsonPath("$.district.code").value("410105"))
			.andExpect(jsonPath("$.station.code").value("yuantian"))
			.andExpect(jsonPath("$.station.nameZh").value("园田社区执法服务站"))
			.andExpect(jsonPath("$.officer.code").value("41010500101"))
			.andExpect(jsonPath("$.officer.name").value("李强"))
			.andExpect(jsonPath("$.point.lat").value(34.7985))
			.andExpect(jsonPath("$.point.lng").value(113.6830));
	}

	@Test
	void answersTheStationWithoutAnOfficerForAGridNobodyWasAssigned() throws Exception {
		doReturn(Optional.of(yuantianGrid("410105010001099"))).when(locator).locate(34.7990, 113.6840, Crs.WGS84);
		mvc.perform(get("/api/v1/territory/locate").param("lat", "34.7990").param("lng", "113.6840"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.station.code").value("yuantian"))
			.andExpect(jsonPath("$.officer").value(Matchers.nullValue()));
	}

	@Test
	void convertsAGcj02PointToWgs84InTheAnswer() throws Exception {
		MapPoint gcj = CoordinateConversion.fromWgs84(new GeoPoint(34.7985, 113.6830), Crs.GCJ02);
		mvc.perform(get("/api/v1/territory/locate").param("lat", String.valueOf(gcj.lat()))
			.param("lng", String.valueOf(gcj.lng()))
			.param("crs", "GCJ02"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grid.code").value("410105010001001"))
			.andExpect(jsonPath("$.point.lat").value(Matchers.closeTo(34.7985, 1e-6)))
			.andExpect(jsonPath("$.point.lng").value(Matchers.closeTo(113.6830, 1e-6)));
	}

	@Test
	void answersNotFoundOutsideTheServiceArea() throws Exception {
		mvc.perform(get("/api/v1/territory/locate").param("lat", "39.9").param("lng", "116.4").header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:organization.refused.outsideServiceArea"))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("outside the service area")));
	}

	@Test
	void rejectsALatitudeBeyondTheNinetiethDegree() throws Exception {
		mvc.perform(get("/api/v1/territory/locate").param("lat", "91").param("lng", "113.68"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lat"));
	}

	@Test
	void rejectsALongitudeBeyondTheAntimeridian() throws Exception {
		mvc.perform(get("/api/v1/territory/locate").param("lat", "34.79").param("lng", "-180.5"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lng"));
	}

	@Test
	void rejectsNotANumber() throws Exception {
		mvc.perform(get("/api/v1/territory/locate").param("lat", "NaN").param("lng", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("lat", "lng")));
	}

	@Test
	void rejectsAnUnknownCoordinateSystem() throws Exception {
		mvc.perform(get("/api/v1/territory/locate").param("lat", "34.79").param("lng", "113.68").param("crs", "MARS"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("crs"));
	}

	@Test
	void rejectsAMissingLatitude() throws Exception {
		mvc.perform(get("/api/v1/territory/locate").param("lng", "113.68"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lat"));
	}
}
