package org.assemblies.computation.classification;

/** Validation of the classification experiments' parameters (messages name parameter and range). */
final class Validation {
  private Validation() {}

  static void model(int inputs, int n, int k, double p, double beta) {
    atLeast("inputs", inputs, 2);
    atLeast("n", n, 2);
    if (k < 1 || k >= n) {
      throw new IllegalArgumentException("k=" + k + " must be in [1, n-1] = [1, " + (n - 1) + "]");
    }
    if (!(p > 0 && p <= 1)) {
      throw new IllegalArgumentException("p=" + p + " must be in (0, 1]");
    }
    if (!(beta >= 0) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException("beta=" + beta + " must be finite and ≥ 0");
    }
  }

  static void atLeast(String name, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(name + "=" + value + " must be ≥ " + min);
    }
  }

  static void probability(String name, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + "=" + v + " must be in [0, 1]");
    }
  }

  static void probabilities(String name, double[] values) {
    if (values == null || values.length == 0) {
      throw new IllegalArgumentException(name + " must list at least one value");
    }
    for (double v : values) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException(name + " contains " + v + "; each must be in [0, 1]");
      }
    }
  }

  static double mean(double[] v) {
    return java.util.Arrays.stream(v).average().orElse(Double.NaN);
  }
}
