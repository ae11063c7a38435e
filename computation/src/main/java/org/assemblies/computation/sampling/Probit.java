package org.assemblies.computation.sampling;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** Maximum-likelihood fit of the scale τ in P(A) = Φ(gap/τ) to counts of A and B wins. */
final class Probit {
  private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

  private Probit() {}

  static double phi(double z) {
    return STANDARD.cumulativeProbability(z);
  }

  /**
   * The τ that maximises Σ winsA·ln Φ(gap/τ) + winsB·ln(1 − Φ(gap/τ)) (golden-section search on
   * ln τ over [1e-4, 10]).
   */
  static double fitScale(double[] gaps, double[] winsA, double[] winsB) {
    double lo = Math.log(1e-4);
    double hi = Math.log(10);
    double g = (Math.sqrt(5) - 1) / 2;
    double x1 = hi - g * (hi - lo);
    double x2 = lo + g * (hi - lo);
    double f1 = logLikelihood(Math.exp(x1), gaps, winsA, winsB);
    double f2 = logLikelihood(Math.exp(x2), gaps, winsA, winsB);
    for (int it = 0; it < 200 && hi - lo > 1e-9; it++) {
      if (f1 < f2) {
        lo = x1;
        x1 = x2;
        f1 = f2;
        x2 = lo + g * (hi - lo);
        f2 = logLikelihood(Math.exp(x2), gaps, winsA, winsB);
      } else {
        hi = x2;
        x2 = x1;
        f2 = f1;
        x1 = hi - g * (hi - lo);
        f1 = logLikelihood(Math.exp(x1), gaps, winsA, winsB);
      }
    }
    return Math.exp((lo + hi) / 2);
  }

  static double logLikelihood(double tau, double[] gaps, double[] winsA, double[] winsB) {
    double ll = 0;
    for (int i = 0; i < gaps.length; i++) {
      double z = gaps[i] / tau;
      // Φ(−z) = 1 − Φ(z), accurate in the tail; floors keep the logarithms finite
      double pa = Math.max(STANDARD.cumulativeProbability(z), 1e-300);
      double pb = Math.max(STANDARD.survivalProbability(z), 1e-300);
      ll += winsA[i] * Math.log(pa) + winsB[i] * Math.log(pb);
    }
    return ll;
  }
}
