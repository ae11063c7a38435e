package org.assemblies.computation.sampling;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.assemblies.core.InputHook;

/**
 * Ambient noise: adds σ·N(0, 1) to every neuron's input before the cap, drawn from the stream it
 * was armed with ({@link #arm}). The recurrent rounds of the authors' demo are noiseless; there
 * {@link #armTieBreak} only adds a uniform jitter in [0, {@value #JITTER}), so that ties at the
 * cap's boundary are broken at random instead of by the engine's rule (lower index first), which
 * would favour the lower-numbered assembly. The recurrent inputs are sums of whole weights (1 and
 * the whole-numbered recurrence factor), so a jitter below 1 never reorders two different inputs;
 * it must still span many float steps (inputs reach a few thousand, where a float step is ≈ 5e−4):
 * a jitter of 1e−3 left most tied neurons tied and the lower ids won them, which gave the first
 * of two tied assemblies 92 of 94 ties (P(A) 0.421 instead of 0.40 at counts 5 : 8, p = 1, noise 15.8).
 */
final class AmbientNoise implements InputHook {
  private final double sigma;
  static final double JITTER = 0.5;

  private NormalizedGaussianSampler gauss;
  private UniformRandomProvider jitter;

  AmbientNoise(double sigma) {
    this.sigma = sigma;
  }

  void arm(UniformRandomProvider rng) {
    gauss = ZigguratSampler.NormalizedGaussian.of(rng);
  }

  void armTieBreak(UniformRandomProvider rng) {
    jitter = rng;
  }

  void disarm() {
    gauss = null;
    jitter = null;
  }

  /**
   * Validates the factor of the synapses inside an assembly of a sampling area: a whole number
   * ≥ 1, so that the recurrent inputs are whole and the tie-breaking jitter cannot reorder them.
   */
  static void checkRecurrence(double recurrence) {
    if (!(recurrence >= 1) || Double.isInfinite(recurrence) || recurrence != Math.rint(recurrence)) {
      throw new IllegalArgumentException("recurrence=" + recurrence + " must be a whole number ≥ 1 (the "
          + "recurrent inputs must be whole for the tie-breaking jitter in [0, " + JITTER + "))");
    }
  }

  double sigma() {
    return sigma;
  }

  @Override
  public void beforeCap(String area, float[] inputs, int represented, int length) {
    if (jitter != null) {
      for (int i = 0; i < length; i++) {
        inputs[i] += (float) (JITTER * jitter.nextDouble());
      }
      return;
    }
    if (gauss == null || sigma == 0) {
      return;
    }
    for (int i = 0; i < length; i++) {
      inputs[i] += (float) (sigma * gauss.sample());
    }
  }
}
