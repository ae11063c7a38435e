package org.assemblies.core.internal;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Positions of the successes of independent Bernoulli(p) trials, by geometric skips
 * floor(log U / log(1 − p)) (as the C++ reference does), so that the cost is proportional to the
 * number of successes rather than to the number of trials.
 */
final class Geometric {
  private final double invLog1mP;

  Geometric(double p) {
    this.invLog1mP = 1.0 / Math.log1p(-p);
  }

  /** Number of failures before the next success (0 when p = 1). */
  long skip(UniformRandomProvider rng) {
    double s = Math.floor(Math.log(1.0 - rng.nextDouble()) * invLog1mP);
    return s < Long.MAX_VALUE / 4 ? (long) s : Long.MAX_VALUE / 4;
  }

  /**
   * Appends to {@code out} the successes among trials {@code [0, limit)}, in increasing order,
   * leaving out those marked in {@code exclude} (null for none).
   */
  void positions(UniformRandomProvider rng, int limit, boolean[] exclude, IntList out) {
    long pos = skip(rng);
    while (pos < limit) {
      int j = (int) pos;
      if (exclude == null || !exclude[j]) {
        out.add(j);
      }
      pos += 1 + skip(rng);
    }
  }
}
