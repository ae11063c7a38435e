package org.assemblies.computation.control;

import java.util.Arrays;
import org.assemblies.core.Brain;
import org.assemblies.core.InputHook;

/**
 * The "refracted" neuron model of the FSM's arc area (Dabagia et al. 2024): after a neuron fires
 * while learning, its bias grows by β × the input it received, and the bias is subtracted from
 * its later inputs. Neurons that won for one transition are thereby held back for the next, so
 * different transitions recruit different assemblies.
 *
 * <p>Install with {@link #install}; call {@link #learn} after each step that should count (the
 * authors' {@code update=True}).
 */
public final class RefractedNeurons implements InputHook {
  private final String area;
  private final double beta;
  private final float[] bias;
  private final float[] lastInput;

  private RefractedNeurons(String area, int n, double beta) {
    this.area = area;
    this.beta = beta;
    this.bias = new float[n];
    this.lastInput = new float[n];
  }

  /** Attaches the model to an explicit area of the brain. */
  public static RefractedNeurons install(Brain brain, String area, double beta) {
    if (!brain.isExplicit(area)) {
      throw new IllegalArgumentException("refracted neurons need an explicit area; '" + area + "' is lazy");
    }
    if (!(beta >= 0) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException("beta=" + beta + " must be finite and ≥ 0");
    }
    RefractedNeurons r = new RefractedNeurons(area, brain.n(area), beta);
    brain.setInputHook(area, r);
    return r;
  }

  @Override
  public void beforeCap(String name, float[] inputs, int represented, int length) {
    System.arraycopy(inputs, 0, lastInput, 0, represented);
    for (int i = 0; i < represented; i++) {
      inputs[i] -= bias[i];
    }
  }

  /** Raises the bias of the area's current winners by β × the input they just received. */
  public void learn(Brain brain) {
    for (int i : brain.winners(area).neurons()) {
      bias[i] += (float) (beta * lastInput[i]);
    }
  }

  /** The current bias of neuron i. */
  public double bias(int i) {
    return bias[i];
  }

  public void reset() {
    Arrays.fill(bias, 0f);
  }
}
