package org.assemblies.computation.sampling;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.numbers.rootfinder.BrentSolver;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A model of the coin flip at full connectivity (p = 1), where every neuron of outcome assembly j
 * gets the same input k·w_j from the context and every other neuron k·1: the noisy cap keeps the
 * neurons above a threshold t, so assembly j contributes N_j ~ Binomial(k, q_j) winners with
 * q_j = P(k·w_j + σZ > t), and t is where the expected winners number k; the recurrence then
 * completes the assembly with the most winners (ties at random). P(j wins) is computed exactly
 * over the independent binomials. It leaves out only the threshold's own fluctuation (one value
 * shared by all assemblies), and it explains the sampler's calibration: the race is between
 * Gaussian counts (Thurstone), not the softmax (Luce) that would make learned probabilities equal
 * the counts, and its sharpness depends on the noise.
 */
final class CapRace {
  private CapRace() {}

  /**
   * P(outcome j wins) for outcome weights {@code w} (context → outcome synapse weights, 1 for an
   * untrained outcome) in an outcome area of {@code n} neurons with cap {@code k}, a context
   * assembly of {@code k} neurons and ambient noise of standard deviation {@code sigma}.
   */
  static double[] winProbabilities(double[] w, int n, int k, double sigma) {
    int m = w.length;
    if (!(sigma > 0) || Double.isInfinite(sigma)) {
      throw new IllegalArgumentException("sigma=" + sigma + " must be finite and > 0 (without noise the cap"
          + " is no race)");
    }
    if ((long) m * k > n) {
      throw new IllegalArgumentException(m + " assemblies of k=" + k + " do not fit in n=" + n);
    }
    NormalDistribution z = NormalDistribution.of(0, sigma);
    DoubleUnaryOperator expectedWinners = t -> {
      double e = (n - (double) m * k) * z.survivalProbability(t - k);
      for (double wj : w) {
        e += k * z.survivalProbability(t - k * wj);
      }
      return e - k;
    };
    double top = k * Arrays.stream(w).max().orElse(1);
    double t = new BrentSolver(1e-12, 1e-9, 1e-12).findRoot(expectedWinners, k - 20 * sigma, top + 20 * sigma);
    BinomialDistribution[] counts = new BinomialDistribution[m];
    for (int j = 0; j < m; j++) {
      counts[j] = BinomialDistribution.of(k, z.survivalProbability(t - k * w[j]));
    }
    double[] win = new double[m];
    for (int j = 0; j < m; j++) {
      for (int a = 0; a <= k; a++) {
        double pa = counts[j].probability(a);
        if (pa < 1e-300) {
          continue;
        }
        // the others below a (factor F) or tied at a (factor P·x): ∏ (F + P·x), a polynomial in x
        // whose coefficient r is the chance of r ties; with r ties j wins with probability 1/(r+1)
        double[] poly = {1};
        for (int o = 0; o < m; o++) {
          if (o == j) {
            continue;
          }
          double below = a == 0 ? 0 : counts[o].cumulativeProbability(a - 1);
          double tied = counts[o].probability(a);
          double[] next = new double[poly.length + 1];
          for (int r = 0; r < poly.length; r++) {
            next[r] += poly[r] * below;
            next[r + 1] += poly[r] * tied;
          }
          poly = next;
        }
        double share = 0;
        for (int r = 0; r < poly.length; r++) {
          share += poly[r] / (r + 1);
        }
        win[j] += pa * share;
      }
    }
    return win;
  }
}
