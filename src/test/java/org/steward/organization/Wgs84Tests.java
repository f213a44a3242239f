package org.steward.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.steward.territory.Crs;
import org.steward.territory.GeoPoint;

class Wgs84Tests {

	@Test
	void keepsAWgs84Point() {
		assertThat(Wgs84.from(34.7985, 113.6830, Crs.WGS84)).isEqualTo(new GeoPoint(34.7985, 113.6830));
	}

	@Test
	void undoesTheGcj02OffsetInZhengzhou() {
		double[] gcj = Wgs84.toGcj02(34.7985, 113.6830);
		// The GCJ-02 shift around Zhengzhou is a few hundred metres.
		assertThat(Math.abs(gcj[1] - 113.6830)).isBetween(0.001, 0.01);
		GeoPoint back = Wgs84.from(gcj[0], gcj[1], Crs.GCJ02);
		assertThat(back.lat()).isCloseTo(34.7985, within(1e-6));
		assertThat(back.lng()).isCloseTo(113.6830, within(1e-6));
	}

	@Test
	void undoesTheBd09OffsetToo() {
		double[] gcj = Wgs84.toGcj02(34.7985, 113.6830);
		// BD-09 from GCJ-02, the published forward formula.
		double x = gcj[1];
		double y = gcj[0];
		double z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * Math.PI * 3000.0 / 180.0);
		double theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * Math.PI * 3000.0 / 180.0);
		GeoPoint back = Wgs84.from(z * Math.sin(theta) + 0.006, z * Math.cos(theta) + 0.0065, Crs.BD09);
		assertThat(back.lat()).isCloseTo(34.7985, within(1e-5));
		assertThat(back.lng()).isCloseTo(113.6830, within(1e-5));
	}
}
