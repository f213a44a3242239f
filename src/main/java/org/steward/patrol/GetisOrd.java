package org.steward.patrol;

/**
 * Getis-Ord Gi* (Getis and Ord 1992; Ord and Getis 1995), the hot-spot statistic over counts per areal
 * unit. For unit i with spatial weights w<sub>ij</sub> (w<sub>ii</sub> included, which is the star):
 *
 * <pre>
 *            Σ_j w_ij x_j − X̄ Σ_j w_ij
 * Gi* = ─────────────────────────────────────────────
 *        S · √( (n Σ_j w_ij² − (Σ_j w_ij)²) / (n − 1) )
 * </pre>
 *
 * with X̄ = Σ x / n and S = √(Σ x² / n − X̄²). Gi* is itself a z-score: |z| ≥ 1.645, 1.96 and 2.576 mean
 * 90, 95 and 99 % confidence. Where the counts do not vary (S = 0) or a unit neighbours every unit, there is
 * nothing to tell apart and z is 0.
 */
final class GetisOrd {

	private GetisOrd() {
	}

	/** The Gi* z-score of every unit; {@code weights[i][j]} is w<sub>ij</sub>, with w<sub>ii</sub> set. */
	static double[] giStar(double[] x, double[][] weights) {
		int n = x.length;
		double sum = 0;
		double sumSquares = 0;
		for (double v : x) {
			sum += v;
			sumSquares += v * v;
		}
		double mean = sum / n;
		double s = Math.sqrt(Math.max(0, sumSquares / n - mean * mean));
		double[] z = new double[n];
		if (n < 2 || s == 0) {
			return z;
		}
		for (int i = 0; i < n; i++) {
			double weighted = 0;
			double weightSum = 0;
			double weightSquares = 0;
			for (int j = 0; j < n; j++) {
				double w = weights[i][j];
				weighted += w * x[j];
				weightSum += w;
				weightSquares += w * w;
			}
			double spread = (n * weightSquares - weightSum * weightSum) / (n - 1);
			z[i] = spread <= 0 ? 0 : (weighted - mean * weightSum) / (s * Math.sqrt(spread));
		}
		return z;
	}

	/** The confidence bin of a z-score for a hot spot: 99, 95, 90 or 0 (not significant, or cold). */
	static int hotConfidence(double z) {
		if (z >= 2.576) {
			return 99;
		}
		if (z >= 1.96) {
			return 95;
		}
		if (z >= 1.645) {
			return 90;
		}
		return 0;
	}
}
