package org.assemblies.lm.tasks;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.lm.Example;
import org.assemblies.lm.Task;

/**
 * Multi-query associative recall (Zoology, Arora et al. 2023), as their generator
 * {@code multiquery_ar}: {@code pairs} distinct keys from 1..vocabulary/2−1 with distinct values
 * from vocabulary/2..vocabulary−1 written {@code k1 v1 … kP vP}; then each key is queried once,
 * at position {@code 2P + 2g} of the remaining region, the gaps g drawn without replacement from
 * 0..space−1 (space = (length − 2P)/2) with probability ∝ a·g'^(a−1), g' = g + 1 (power law,
 * a = 0.01, favouring short gaps). The target at a query's position is its value; every other
 * position of the query region holds a random token of the whole vocabulary (as Zoology's
 * {@code random_non_queries}) and is not scored.
 *
 * <p>The metric is the mean per-example fraction of queries answered right.
 *
 * @param vocabulary 8192 in Zoology
 * @param pairs P, key–value pairs (4, 8, 16, 64)
 * @param length sequence length (64, 128, 256, 512)
 * @param powerA the power-law exponent a (0.01)
 */
public record MqarTask(int vocabulary, int pairs, int length, double powerA) implements Task {

  public MqarTask {
    Draw.check("vocabulary", vocabulary, 4, 1 << 20);
    Draw.check("pairs", pairs, 1, vocabulary / 2 - 1);
    Draw.check("length", length, 4L * pairs, 1 << 24);
    if (!(powerA > 0 && powerA <= 1)) {
      throw new IllegalArgumentException("powerA=" + powerA + " must be in (0, 1]");
    }
  }

  /** Zoology's settings: vocabulary 8192, a = 0.01; (pairs, length) one of (4,64), (8,128), (16,256), (64,512). */
  public static MqarTask of(int pairs, int length) {
    return new MqarTask(8192, pairs, length, 0.01);
  }

  @Override
  public String name() {
    return "mqar-" + pairs + "-" + length;
  }

  @Override
  public int vocabularySize() {
    return vocabulary;
  }

  /** Number of query slots: (length − 2·pairs)/2. */
  public int space() {
    return (length - 2 * pairs) / 2;
  }

  /** Sampling weight of gap g (0-based): a·(g + 1)^(a − 1). */
  static double[] gapWeights(int space, double a) {
    double[] w = new double[space];
    for (int g = 0; g < space; g++) {
      w[g] = a * Math.pow(g + 1, a - 1);
    }
    return w;
  }

  @Override
  public Example sample(UniformRandomProvider rng) {
    int half = vocabulary / 2;
    int[] keys = Draw.distinct(rng, 1, half, pairs);
    int[] values = Draw.distinct(rng, half, vocabulary, pairs);
    int[] gaps = Draw.weightedDistinct(rng, gapWeights(space(), powerA), pairs);
    int[] tokens = new int[length];
    int[] targets = new int[length];
    Arrays.fill(targets, Example.IGNORE);
    int context = 2 * pairs;
    for (int i = 0; i < pairs; i++) {
      tokens[2 * i] = keys[i];
      tokens[2 * i + 1] = values[i];
    }
    boolean[] query = new boolean[length];
    for (int i = 0; i < pairs; i++) {
      int pos = context + 2 * gaps[i];
      tokens[pos] = keys[i];
      targets[pos] = values[i];
      query[pos] = true;
    }
    for (int pos = context; pos < length; pos++) {
      if (!query[pos]) {
        tokens[pos] = rng.nextInt(vocabulary);
      }
    }
    return new Example(tokens, targets);
  }
}
