package org.assemblies.computation.classification;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Two classes separated by a halfspace with a margin, constructed as in the authors' notebook
 * ({@code Halfspace.ipynb} of {@code mdabagia/learning-with-assemblies}): the halfspace's normal v
 * is 1/√k on the first k input neurons and 0 elsewhere. In every sample each neuron outside the
 * first k fires with probability k/n. Of the first k neurons, a positive sample fires exactly
 * ⌈(μ + Δ)·√k⌉ (chosen at random) and a negative one ⌊(μ − Δ)·√k⌋ (none if that is ≤ 0), where
 * μ = (k/n)·√k is v·x for inputs firing at the background rate. So v·x ≥ μ + Δ for positives and
 * v·x ≤ μ − Δ for negatives: margin Δ around μ. Δ ranges over [0, √k − μ] (at the top every core
 * neuron of a positive fires). Class 0 is positive, class 1 negative.
 *
 * @param inputs number of input neurons n
 * @param k the halfspace's support (the authors use the cap size)
 * @param margin Δ
 */
public record MarginHalfspace(int inputs, int k, double margin) {
  public static final int POSITIVE = 0;
  public static final int NEGATIVE = 1;

  public MarginHalfspace {
    if (inputs < 2) {
      throw new IllegalArgumentException("inputs=" + inputs + " must be ≥ 2");
    }
    if (k < 1 || k >= inputs) {
      throw new IllegalArgumentException("k=" + k + " must be in [1, inputs-1] = [1, " + (inputs - 1) + "]");
    }
    double max = Math.sqrt(k) - mu(inputs, k);
    if (!(margin >= 0 && margin <= max + 1e-9)) {
      throw new IllegalArgumentException("margin=" + margin + " must be in [0, √k − (k/n)·√k] = [0, "
          + max + "]");
    }
  }

  private static double mu(int inputs, int k) {
    return (double) k / inputs * Math.sqrt(k);
  }

  /** μ = (k/n)·√k, the value of v·x at the background firing rate. */
  public double mu() {
    return mu(inputs, k);
  }

  /** The largest margin, √k − μ. */
  public double maxMargin() {
    return Math.sqrt(k) - mu();
  }

  /** Neurons of the support that fire in a positive sample: ⌈(μ + Δ)·√k⌉, at most k. */
  public int positiveOn() {
    return (int) Math.min(k, Math.ceil((mu() + margin) * Math.sqrt(k) - 1e-9));
  }

  /** Neurons of the support that fire in a negative sample: ⌊(μ − Δ)·√k⌋, at least 0. */
  public int negativeOn() {
    return (int) Math.max(0, Math.floor((mu() - margin) * Math.sqrt(k) + 1e-9));
  }

  /** v·x of a sample: the number of support neurons firing, over √k. */
  public double project(int[] sample) {
    int on = 0;
    for (int i : sample) {
      if (i < k) {
        on++;
      }
    }
    return on / Math.sqrt(k);
  }

  /** One sample of class {@link #POSITIVE} or {@link #NEGATIVE}: sorted ids of firing neurons. */
  public int[] sample(int c, UniformRandomProvider rng) {
    if (c != POSITIVE && c != NEGATIVE) {
      throw new IllegalArgumentException("class " + c + " must be 0 (positive) or 1 (negative)");
    }
    int on = c == POSITIVE ? positiveOn() : negativeOn();
    List<Integer> ids = new ArrayList<>();
    for (int i : StimulusClasses.choose(k, on, rng)) {
      ids.add(i);
    }
    double q = (double) k / inputs;
    for (int i = k; i < inputs; i++) {
      if (rng.nextDouble() < q) {
        ids.add(i);
      }
    }
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }

  public List<int[]> samples(int c, int count, UniformRandomProvider rng) {
    List<int[]> out = new ArrayList<>(count);
    for (int s = 0; s < count; s++) {
      out.add(sample(c, rng));
    }
    return out;
  }
}
