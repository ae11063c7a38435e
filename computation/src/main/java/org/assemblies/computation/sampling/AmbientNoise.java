package org.assemblies.computation.sampling;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.assemblies.core.InputHook;

/**
 * Ambient noise: adds σ·N(0, 1) to every neuron's input before the cap, drawn from the stream it
 * was armed with ({@link #arm}). The recurrent rounds of the authors' demo are noiseless; there
 * {@link #armTieBreak} only adds a uniform jitter in [0, {@value #JITTER}), far below any
 * difference of the recurrent inputs (sums of weights 1 and 10), so that ties at the cap's
 * boundary are broken at random instead of by the engine's rule (lower index first), which would
 * favour the lower-numbered assembly (by ≈ 0.02 in P(A) at the authors' sizes).
 */
final class AmbientNoise implements InputHook {
  private final double sigma;
  static final double JITTER = 1e-3;

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
