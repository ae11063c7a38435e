package org.assemblies.experiments.pnas;

/** Validation of the PNAS experiments' parameters, with messages naming parameter and range. */
final class PnasChecks {
  private PnasChecks() {}

  static void area(int n, int k, double p, double beta) {
    atLeast("n", n, 2);
    if (k < 1 || k >= n) {
      throw new IllegalArgumentException("k=" + k + " must be in [1, n-1] = [1, " + (n - 1) + "]");
    }
    probability("p", p);
    if (!(beta >= 0) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException("beta=" + beta + " must be finite and ≥ 0");
    }
  }

  static void probability(String name, double p) {
    if (!(p > 0 && p <= 1)) {
      throw new IllegalArgumentException(name + "=" + p + " must be in (0, 1]");
    }
  }

  static void fraction(String name, double f) {
    if (!(f > 0 && f <= 1)) {
      throw new IllegalArgumentException(name + "=" + f + " must be in (0, 1]");
    }
  }

  static void atLeast(String name, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(name + "=" + value + " must be ≥ " + min);
    }
  }

  static void nonEmpty(String name, double[] values) {
    if (values == null || values.length == 0) {
      throw new IllegalArgumentException(name + " must list at least one value");
    }
  }

  /** Each value of a list of plasticities (e.g. {@code betas}) must be finite and ≥ 0; an immutable copy. */
  static java.util.List<Double> plasticities(String name, java.util.List<Double> values) {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException(name + " must list at least one value");
    }
    for (Double beta : values) {
      if (beta == null || !(beta >= 0) || Double.isInfinite(beta)) {
        throw new IllegalArgumentException(name + " contains " + beta + "; each must be finite and ≥ 0");
      }
    }
    return java.util.List.copyOf(values);
  }
}
