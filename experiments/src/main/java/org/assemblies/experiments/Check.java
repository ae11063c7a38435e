package org.assemblies.experiments;

import java.util.Arrays;
import java.util.Locale;

/**
 * One expected figure of an experiment, checked against the measured values (one per seed).
 *
 * @param name what is measured ("final support / k at β=0.05")
 * @param expected the expected figure as the spec states it ("3.8–4.0")
 * @param rule the tolerance actually applied ("mean in [3.5, 4.3]") and why, briefly
 * @param values the measured values, one per seed
 * @param passed whether the mean satisfies the rule
 */
public record Check(String name, String expected, String rule, double[] values, boolean passed) {

  public Check {
    values = values.clone();
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  public double mean() {
    return Arrays.stream(values).average().orElse(Double.NaN);
  }

  /** Sample standard deviation (0 for fewer than two values). */
  public double sd() {
    if (values.length < 2) {
      return 0;
    }
    double m = mean();
    return Math.sqrt(Arrays.stream(values).map(v -> (v - m) * (v - m)).sum() / (values.length - 1));
  }

  /** "3.91 ± 0.12 (n=5)". */
  public String measured() {
    return String.format(Locale.ROOT, "%s ± %s (n=%d)", fmt(mean()), fmt(sd()), values.length);
  }

  static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    double a = Math.abs(v);
    if (a == 0) {
      return "0";
    }
    if (a < 1 || a >= 1e5) {
      return String.format(Locale.ROOT, "%.3g", v); // three significant digits
    }
    return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.3f", v);
  }

  /** Passes when the mean over seeds lies in [lo, hi]. */
  public static Check meanBetween(String name, String expected, double[] values, double lo, double hi) {
    double m = Arrays.stream(values).average().orElse(Double.NaN);
    return new Check(name, expected, "mean in [" + fmt(lo) + ", " + fmt(hi) + "]", values, m >= lo && m <= hi);
  }

  /** Passes when every value is at least {@code min}. */
  public static Check allAtLeast(String name, String expected, double[] values, double min) {
    return new Check(name, expected, "every seed ≥ " + fmt(min), values,
        values.length > 0 && Arrays.stream(values).allMatch(v -> v >= min));
  }

  /** Passes when every value is at most {@code max}. */
  public static Check allAtMost(String name, String expected, double[] values, double max) {
    return new Check(name, expected, "every seed ≤ " + fmt(max), values,
        values.length > 0 && Arrays.stream(values).allMatch(v -> v <= max));
  }

  /** Passes when every value is true (1). */
  public static Check always(String name, String expected, double[] values) {
    return new Check(name, expected, "holds for every seed", values,
        values.length > 0 && Arrays.stream(values).allMatch(v -> v == 1));
  }
}
