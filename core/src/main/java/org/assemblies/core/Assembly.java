package org.assemblies.core;

import java.util.Arrays;

/**
 * A set of neurons of one area, as a value: the area's name and the sorted neuron ids.
 *
 * <p>Neuron ids are stable: in a lazy area, neuron i is the i-th neuron ever to fire there (ids
 * are never reused or renumbered); in an explicit area ids are 0..n−1.
 */
public record Assembly(String area, int[] neurons) {

  public Assembly {
    if (area == null) {
      throw new IllegalArgumentException("area must not be null");
    }
    neurons = neurons.clone();
    Arrays.sort(neurons);
    for (int i = 0; i < neurons.length; i++) {
      if (neurons[i] < 0 || (i > 0 && neurons[i] == neurons[i - 1])) {
        throw new IllegalArgumentException("neurons of an assembly must be distinct and ≥ 0, got "
            + neurons[i] + " in area '" + area + "'");
      }
    }
  }

  public static Assembly of(String area, int... neurons) {
    return new Assembly(area, neurons);
  }

  @Override
  public int[] neurons() {
    return neurons.clone();
  }

  public int size() {
    return neurons.length;
  }

  public boolean contains(int neuron) {
    return Arrays.binarySearch(neurons, neuron) >= 0;
  }

  /** Number of neurons in both assemblies (they need not be of the same area object). */
  public int overlap(Assembly other) {
    return Overlaps.count(neurons, other.neurons);
  }

  /** overlap / size of this assembly (0 for an empty assembly). */
  public double overlapFraction(Assembly other) {
    return neurons.length == 0 ? 0 : (double) overlap(other) / neurons.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Assembly a && area.equals(a.area) && Arrays.equals(neurons, a.neurons);
  }

  @Override
  public int hashCode() {
    return 31 * area.hashCode() + Arrays.hashCode(neurons);
  }

  @Override
  public String toString() {
    return "Assembly[" + area + ", " + neurons.length + " neurons]";
  }
}
