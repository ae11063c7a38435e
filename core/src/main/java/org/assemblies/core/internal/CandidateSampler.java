package org.assemblies.core.internal;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.DiscreteDistribution;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;

/**
 * Inputs of the never-fired neurons of a lazy area (spec core.md §2, step 2).
 *
 * <p>Each of the n − w never-fired neurons receives Binomial(K, p) input; only the best k of them
 * can win, so only those are simulated: their inputs are drawn from the normal approximation of
 * the binomial truncated at the (n − w − k)/(n − w) quantile.
 */
public final class CandidateSampler {
  private CandidateSampler() {}

  /** The parameters of the tail approximation; {@code a} is the standardised truncation point. */
  public record Tail(int alpha, double mu, double sd, double a) {}

  /**
   * The tail parameters for K firing inputs, connection probability p, n_eff never-fired neurons
   * of which the best k are simulated.
   */
  public static Tail tail(int totalK, double p, long nEff, int k) {
    double q = (double) (nEff - k) / nEff;
    int alpha = BinomialDistribution.of(totalK, p).inverseCumulativeProbability(q);
    double mu = totalK * p;
    double sd = Math.sqrt(totalK * p * (1.0 - p));
    return new Tail(alpha, mu, sd, (alpha - mu) / sd);
  }

  /**
   * Writes k candidate inputs into {@code out[offset..offset+k)}: round(mu + sd·Z), Z standard
   * normal truncated to [a, ∞), clamped to at most K.
   */
  public static void sampleTail(
      int totalK, double p, long nEff, int k, UniformRandomProvider rng, float[] out, int offset) {
    Tail t = tail(totalK, p, nEff, k);
    if (!(t.sd() > 0)) { // p = 1 or K = 0: every never-fired neuron receives exactly K·p
      java.util.Arrays.fill(out, offset, offset + k, (float) t.mu());
      return;
    }
    ContinuousDistribution.Sampler z =
        TruncatedNormalDistribution.of(0, 1, t.a(), Double.POSITIVE_INFINITY).createSampler(rng);
    for (int i = 0; i < k; i++) {
      double x = Math.rint(t.mu() + t.sd() * z.sample());
      out[offset + i] = (float) Math.min(x, totalK);
    }
  }

  /** Writes {@code count} exact Binomial(K, p) draws into {@code out[offset..offset+count)}. */
  public static void sampleExact(
      int totalK, double p, int count, UniformRandomProvider rng, float[] out, int offset) {
    DiscreteDistribution.Sampler b = BinomialDistribution.of(totalK, p).createSampler(rng);
    for (int i = 0; i < count; i++) {
      out[offset + i] = b.sample();
    }
  }
}
