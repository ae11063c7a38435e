package org.assemblies.computation.control;

import org.assemblies.core.Brain;
import org.assemblies.core.InputHook;

/**
 * A per-neuron refractory penalty: a neuron that fired d ≤ R steps ago has
 * S·(1 − (d − 1)/R) subtracted from its input. (One extended Python port calls this "LRI"; it is
 * not the paper's long-range interneurons, see {@link Interneurons}.) Works on explicit areas.
 */
public final class RefractoryPenalty implements InputHook {
  private final Brain brain;
  private final String area;
  private final double strength;
  private final int window;
  private final long[] lastFired;
  private long step;

  private RefractoryPenalty(Brain brain, String area, double strength, int window) {
    this.brain = brain;
    this.area = area;
    this.strength = strength;
    this.window = window;
    this.lastFired = new long[brain.n(area)];
    java.util.Arrays.fill(lastFired, Long.MIN_VALUE / 2);
  }

  /** Attaches the penalty (strength S ≥ 0, window R ≥ 1) to an explicit area. */
  public static RefractoryPenalty install(Brain brain, String area, double strength, int window) {
    if (!brain.isExplicit(area)) {
      throw new IllegalArgumentException("a refractory penalty needs an explicit area; '" + area + "' is lazy");
    }
    if (!(strength >= 0) || Double.isInfinite(strength)) {
      throw new IllegalArgumentException("strength=" + strength + " must be finite and ≥ 0");
    }
    if (window < 1) {
      throw new IllegalArgumentException("window=" + window + " must be ≥ 1");
    }
    RefractoryPenalty r = new RefractoryPenalty(brain, area, strength, window);
    brain.setInputHook(area, r);
    return r;
  }

  @Override
  public void beforeCap(String name, float[] inputs, int represented, int length) {
    // the winners now are those of the previous step this area took part in
    for (int i : brain.winners(area).neurons()) {
      lastFired[i] = step;
    }
    step++;
    for (int i = 0; i < represented; i++) {
      long d = step - lastFired[i];
      if (d <= window) {
        inputs[i] -= (float) (strength * (1 - (d - 1) / (double) window));
      }
    }
  }
}
