package org.assemblies.computation.classification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.core.Seeds;

/**
 * The "stimulus classes" of Dabagia, Papadimitriou and Vempala (COLT 2022) and of the authors'
 * notebook: each class c has a core of k input neurons (chosen at random, independently per class,
 * so cores may share neurons); in a sample of class c each core neuron fires with probability r
 * and every other input neuron with probability q (≈ k/n). A sample is the sorted ids of the
 * neurons that fire.
 *
 * @param inputs number of input neurons
 * @param r firing probability of a class's core neurons
 * @param q firing probability of all other input neurons
 * @param cores {@code cores[c]}: the sorted core of class c
 */
public record StimulusClasses(int inputs, double r, double q, int[][] cores) {

  public StimulusClasses {
    if (inputs < 1) {
      throw new IllegalArgumentException("inputs=" + inputs + " must be ≥ 1");
    }
    probability("r", r);
    probability("q", q);
    if (cores == null || cores.length == 0) {
      throw new IllegalArgumentException("cores must hold at least one class");
    }
    int[][] copy = new int[cores.length][];
    for (int c = 0; c < cores.length; c++) {
      copy[c] = cores[c].clone();
      Arrays.sort(copy[c]);
      for (int i = 0; i < copy[c].length; i++) {
        if (copy[c][i] < 0 || copy[c][i] >= inputs || (i > 0 && copy[c][i] == copy[c][i - 1])) {
          throw new IllegalArgumentException("core of class " + c
              + " must hold distinct neurons in [0, inputs) = [0, " + inputs + "), got " + copy[c][i]);
        }
      }
    }
    cores = copy;
  }

  private static void probability(String name, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + "=" + v + " must be in [0, 1]");
    }
  }

  /**
   * Classes with random cores of {@code k} neurons each, drawn from {@code seed} (the authors'
   * {@code rng.choice(n_in, size=cap_size, replace=False)} per class).
   */
  public static StimulusClasses random(int inputs, int k, double r, double q, int classes, long seed) {
    if (k < 1 || k > inputs) {
      throw new IllegalArgumentException("k=" + k + " must be in [1, inputs] = [1, " + inputs + "]");
    }
    if (classes < 1) {
      throw new IllegalArgumentException("classes=" + classes + " must be ≥ 1");
    }
    UniformRandomProvider rng = Seeds.stream(seed, 0x636f726573L); // "cores"
    int[][] cores = new int[classes][];
    for (int c = 0; c < classes; c++) {
      cores[c] = choose(inputs, k, rng);
    }
    return new StimulusClasses(inputs, r, q, cores);
  }

  /** k distinct ids from [0, n), sorted (a partial Fisher–Yates shuffle). */
  static int[] choose(int n, int k, UniformRandomProvider rng) {
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = 0; i < k; i++) {
      int j = i + rng.nextInt(n - i);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    int[] out = Arrays.copyOf(perm, k);
    Arrays.sort(out);
    return out;
  }

  @Override
  public int[][] cores() {
    int[][] copy = new int[cores.length][];
    for (int c = 0; c < cores.length; c++) {
      copy[c] = cores[c].clone();
    }
    return copy;
  }

  public int classes() {
    return cores.length;
  }

  /** The same classes with another core firing probability. */
  public StimulusClasses withR(double newR) {
    return new StimulusClasses(inputs, newR, q, cores);
  }

  /** One sample of class c: sorted ids of the firing input neurons. */
  public int[] sample(int c, UniformRandomProvider rng) {
    if (c < 0 || c >= cores.length) {
      throw new IllegalArgumentException("class " + c + " must be in [0, " + cores.length + ")");
    }
    int[] core = cores[c];
    List<Integer> on = new ArrayList<>();
    int ci = 0;
    for (int i = 0; i < inputs; i++) {
      boolean inCore = ci < core.length && core[ci] == i;
      if (inCore) {
        ci++;
      }
      if (rng.nextDouble() < (inCore ? r : q)) {
        on.add(i);
      }
    }
    return on.stream().mapToInt(Integer::intValue).toArray();
  }

  /** {@code count} samples of class c. */
  public List<int[]> samples(int c, int count, UniformRandomProvider rng) {
    List<int[]> out = new ArrayList<>(count);
    for (int s = 0; s < count; s++) {
      out.add(sample(c, rng));
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StimulusClasses s && inputs == s.inputs && r == s.r && q == s.q
        && Arrays.deepEquals(cores, s.cores);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(cores) * 31 + Integer.hashCode(inputs);
  }

  @Override
  public String toString() {
    return "StimulusClasses[inputs=" + inputs + ", r=" + r + ", q=" + q + ", classes=" + cores.length
        + "]";
  }
}
