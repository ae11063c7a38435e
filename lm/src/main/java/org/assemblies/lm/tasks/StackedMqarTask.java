package org.assemblies.lm.tasks;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.lm.Example;
import org.assemblies.lm.Task;

/**
 * The "stacked" MQAR variant: each key and its value share one position, so retrieval needs no
 * previous-token mixing (a strictly 1-layer attention model can solve it). A position holds one
 * token id, so a stacked pair is its own token: with {@code keys} keys and {@code values} values,
 * <ul>
 *   <li>query tokens (a key alone): 0..keys−1,</li>
 *   <li>value tokens (the answers): keys..keys+values−1,</li>
 *   <li>pair tokens (key k with value v): keys + values + k·values + v.</li>
 * </ul>
 * The sequence is {@code P} distinct-key pair tokens (values distinct too), then the query region
 * of MQAR ({@link MqarTask}): each key queried once at position {@code P + 2g} with the same
 * power-law gaps, other positions random tokens of the whole vocabulary, unscored. Keep keys·values
 * small (default 64·64): the product is in the vocabulary.
 *
 * @param keys number of key symbols
 * @param values number of value symbols
 * @param pairs P
 * @param length sequence length
 * @param powerA the power-law exponent (0.01)
 */
public record StackedMqarTask(int keys, int values, int pairs, int length, double powerA) implements Task {

  public StackedMqarTask {
    Draw.check("keys", keys, 2, 4096);
    Draw.check("values", values, 2, 4096);
    Draw.check("pairs", pairs, 1, Math.min(keys, values));
    Draw.check("length", length, 3L * pairs, 1 << 24);
    if (!(powerA > 0 && powerA <= 1)) {
      throw new IllegalArgumentException("powerA=" + powerA + " must be in (0, 1]");
    }
  }

  /** 64 keys, 64 values, a = 0.01. */
  public static StackedMqarTask of(int pairs, int length) {
    return new StackedMqarTask(64, 64, pairs, length, 0.01);
  }

  @Override
  public String name() {
    return "mqar-stacked-" + pairs + "-" + length;
  }

  @Override
  public int vocabularySize() {
    return keys + values + keys * values;
  }

  public int valueToken(int v) {
    return keys + v;
  }

  public int pairToken(int k, int v) {
    return keys + values + k * values + v;
  }

  /** Number of query slots: (length − pairs)/2. */
  public int space() {
    return (length - pairs) / 2;
  }

  @Override
  public Example sample(UniformRandomProvider rng) {
    int[] ks = Draw.distinct(rng, 0, keys, pairs);
    int[] vs = Draw.distinct(rng, 0, values, pairs);
    int[] gaps = Draw.weightedDistinct(rng, MqarTask.gapWeights(space(), powerA), pairs);
    int[] tokens = new int[length];
    int[] targets = new int[length];
    Arrays.fill(targets, Example.IGNORE);
    boolean[] query = new boolean[length];
    for (int i = 0; i < pairs; i++) {
      tokens[i] = pairToken(ks[i], vs[i]);
      query[i] = true;
    }
    for (int i = 0; i < pairs; i++) {
      int pos = pairs + 2 * gaps[i];
      tokens[pos] = ks[i];
      targets[pos] = valueToken(vs[i]);
      query[pos] = true;
    }
    for (int pos = pairs; pos < length; pos++) {
      if (!query[pos]) {
        tokens[pos] = rng.nextInt(vocabularySize());
      }
    }
    return new Example(tokens, targets);
  }
}
