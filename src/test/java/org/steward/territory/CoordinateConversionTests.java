package org.steward.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CoordinateConversionTests {

	@Test
	void shiftsWgs84ToGcj02LikeThePublishedReferencePoint() {
		// Tiananmen: a reference pair quoted with the published GCJ-02 formula
		MapPoint gcj = CoordinateConversion.wgs84ToGcj02(new GeoPoint(39.915, 116.404));
		assertThat(gcj.lat()).isCloseTo(39.91640, within(2e-5));
		assertThat(gcj.lng()).isCloseTo(116.41024, within(2e-5));
		assertThat(gcj.crs()).isEqualTo(Crs.GCJ02);
	}

	@Test
	void leavesPointsOutsideChinaUnshiftedInGcj02() {
		MapPoint london = CoordinateConversion.wgs84ToGcj02(new GeoPoint(51.5007, -0.1246));
		assertThat(london.lat()).isEqualTo(51.5007);
		assertThat(london.lng()).isEqualTo(-0.1246);
		assertThat(CoordinateConversion.gcj02ToWgs84(51.5007, -0.1246)).isEqualTo(new GeoPoint(51.5007, -0.1246));
	}

	@Test
	void shiftsGcj02ToBd09ByTheBaiduConstants() {
		// the Baidu offset is dominated by +0.006 latitude and +0.0065 longitude
		MapPoint bd = CoordinateConversion.gcj02ToBd09(39.91640, 116.41024);
		assertThat(bd.lat() - 39.91640).isCloseTo(0.006, within(0.001));
		assertThat(bd.lng() - 116.41024).isCloseTo(0.0065, within(0.001));
		assertThat(bd.crs()).isEqualTo(Crs.BD09);
	}

	@Test
	void roundTripsWgs84ThroughGcj02WithinAMillionthOfADegree() {
		for (double[] p : samples()) {
			MapPoint gcj = CoordinateConversion.wgs84ToGcj02(new GeoPoint(p[0], p[1]));
			GeoPoint back = CoordinateConversion.gcj02ToWgs84(gcj.lat(), gcj.lng());
			assertThat(back.lat()).isCloseTo(p[0], within(1e-6));
			assertThat(back.lng()).isCloseTo(p[1], within(1e-6));
			assertThat(Math.abs(gcj.lat() - p[0]) + Math.abs(gcj.lng() - p[1])).isGreaterThan(1e-4);
		}
	}

	@Test
	void roundTripsWgs84ThroughBd09WithinAMillionthOfADegree() {
		for (double[] p : samples()) {
			MapPoint bd = CoordinateConversion.fromWgs84(new GeoPoint(p[0], p[1]), Crs.BD09);
			GeoPoint back = CoordinateConversion.toWgs84(bd.lat(), bd.lng(), Crs.BD09);
			assertThat(back.lat()).isCloseTo(p[0], within(1e-6));
			assertThat(back.lng()).isCloseTo(p[1], within(1e-6));
		}
	}

	@Test
	void roundTripsGcj02ThroughBd09WithinAMillionthOfADegree() {
		for (double[] p : samples()) {
			MapPoint bd = CoordinateConversion.gcj02ToBd09(p[0], p[1]);
			MapPoint back = CoordinateConversion.bd09ToGcj02(bd.lat(), bd.lng());
			assertThat(back.lat()).isCloseTo(p[0], within(1e-6));
			assertThat(back.lng()).isCloseTo(p[1], within(1e-6));
		}
	}

	@Test
	void convertsBetweenAnyTwoSystemsThroughMapPoint() {
		MapPoint wgs = new MapPoint(34.7985, 113.6830, Crs.WGS84);
		MapPoint bd = wgs.to(Crs.BD09);
		assertThat(bd.to(Crs.WGS84).lat()).isCloseTo(34.7985, within(1e-7));
		assertThat(bd.to(Crs.GCJ02).lng()).isCloseTo(wgs.to(Crs.GCJ02).lng(), within(1e-7));
	}

	private static double[][] samples() {
		return new double[][] { { 39.915, 116.404 }, { 34.7985, 113.6830 }, { 31.2304, 121.4737 },
				{ 22.5431, 114.0579 }, { 45.8038, 126.5350 }, { 29.6500, 91.1000 } };
	}
}
