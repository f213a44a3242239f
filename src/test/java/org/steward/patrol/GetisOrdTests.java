package org.steward.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Gi* against a hand computation: ten grids in a row, each neighbouring the grids beside it and itself,
 * with counts 0 0 0 0 4 8 4 0 0 0.
 *
 * <pre>
 * n = 10, Σx = 16, X̄ = 1.6, Σx² = 96, S = √(96/10 − 1.6²) = √7.04 = 2.65330
 * grid 6 (x = 8): Σw x = 4 + 8 + 4 = 16, Σw = 3, Σw² = 3
 *   numerator   = 16 − 1.6 × 3 = 11.2
 *   denominator = 2.65330 × √((10 × 3 − 3²) / 9) = 2.65330 × 1.52753 = 4.05300
 *   Gi*         = 11.2 / 4.05300 = 2.7634  → ≥ 2.576: hot at 99 %
 * grid 5 (x = 4): Σw x = 0 + 4 + 8 = 12 → (12 − 4.8) / 4.05300 = 1.7765 → ≥ 1.645: hot at 90 %
 * grid 1 (x = 0, one neighbour): Σw = Σw² = 2 → (0 − 3.2) / (2.65330 × √((20 − 4) / 9)) = −3.2 / 3.53773 = −0.9045
 * </pre>
 */
class GetisOrdTests {

	@Test
	void giStarMatchesTheHandComputationAndBinsTheConfidence() {
		double[] counts = { 0, 0, 0, 0, 4, 8, 4, 0, 0, 0 };
		double[][] weights = new double[10][10];
		for (int i = 0; i < 10; i++) {
			for (int j = 0; j < 10; j++) {
				weights[i][j] = Math.abs(i - j) <= 1 ? 1 : 0;
			}
		}
		double[] z = GetisOrd.giStar(counts, weights);

		assertThat(z[5]).isCloseTo(2.7634, within(1e-4));
		assertThat(z[4]).isCloseTo(1.7765, within(1e-4));
		assertThat(z[6]).isCloseTo(1.7765, within(1e-4));
		assertThat(z[0]).isCloseTo(-0.9045, within(1e-4));
		assertThat(GetisOrd.hotConfidence(z[5])).isEqualTo(99);
		assertThat(GetisOrd.hotConfidence(z[4])).isEqualTo(90);
		assertThat(GetisOrd.hotConfidence(2.0)).isEqualTo(95);
		assertThat(GetisOrd.hotConfidence(z[0])).isZero();
	}

	@Test
	void countsThatDoNotVaryHaveNoHotSpot() {
		double[][] weights = { { 1, 1, 0 }, { 1, 1, 1 }, { 0, 1, 1 } };
		assertThat(GetisOrd.giStar(new double[] { 3, 3, 3 }, weights)).containsExactly(0, 0, 0);
	}
}
