package org.assemblies.lm.tasks;

import org.apache.commons.rng.UniformRandomProvider;

/** Random draws shared by the task generators. */
final class Draw {
  private Draw() {}

  /** {@code count} distinct integers from [from, to), in random order (partial Fisher–Yates). */
  static int[] distinct(UniformRandomProvider rng, int from, int to, int count) {
    int n = to - from;
    if (count > n) {
      throw new IllegalArgumentException("cannot draw " + count + " distinct values from [" + from + ", " + to + ")");
    }
    int[] pool = new int[n];
    for (int i = 0; i < n; i++) {
      pool[i] = from + i;
    }
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      int j = i + rng.nextInt(n - i);
      int t = pool[i];
      pool[i] = pool[j];
      pool[j] = t;
      out[i] = pool[i];
    }
    return out;
  }

  /**
   * {@code count} distinct indices of [0, weights.length) drawn without replacement with
   * probability proportional to the weights of those not yet drawn (numpy's
   * {@code choice(replace=False, p=...)}).
   */
  static int[] weightedDistinct(UniformRandomProvider rng, double[] weights, int count) {
    double[] w = weights.clone();
    double total = 0;
    for (double x : w) {
      total += x;
    }
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      double u = rng.nextDouble() * total;
      int pick = -1;
      for (int j = 0; j < w.length; j++) {
        if (w[j] <= 0) {
          continue;
        }
        pick = j;
        u -= w[j];
        if (u < 0) {
          break;
        }
      }
      out[i] = pick;
      total -= w[pick];
      w[pick] = 0;
    }
    return out;
  }

  static void check(String name, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + "=" + value + " must be in [" + min + ", " + max + "]");
    }
  }
}
