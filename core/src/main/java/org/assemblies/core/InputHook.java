package org.assemblies.core;

/**
 * A change to an area's inputs just before its cap is taken: the place for inhibition,
 * refractoriness, noise or biases (spec core.md §3). Hooks are runtime configuration: snapshots
 * do not store them.
 */
@FunctionalInterface
public interface InputHook {
  /**
   * Adjusts the inputs of one target area before the k best win.
   *
   * @param area the target area's name
   * @param inputs {@code inputs[i]} for neuron i; entries {@code [0, represented)} are the area's
   *     represented neurons (all n for an explicit area), entries {@code [represented, length)} the
   *     sampled never-fired candidates of a lazy area
   * @param represented the number of represented neurons
   * @param length the number of valid entries
   */
  void beforeCap(String area, float[] inputs, int represented, int length);
}
