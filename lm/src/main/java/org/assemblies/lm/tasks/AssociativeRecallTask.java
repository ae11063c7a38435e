package org.assemblies.lm.tasks;

import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.lm.Example;
import org.assemblies.lm.Task;

/**
 * Associative recall (Ba et al. 2016; H3): {@code k1 v1 … kN vN q} → v(q).
 *
 * <p>The vocabulary is split in half: keys 0..vocabulary/2−1, values vocabulary/2..vocabulary−1.
 * Each example draws a fresh random map key → value; the N = (length − 2)/2 pairs use keys drawn
 * uniformly (a key may recur, always with its value), and the query is a key that occurred. The
 * length counts the answer, as in {@code k1 v1 … kN vN q v(q)}: the model reads
 * {@code length − 1} tokens and only the last position is scored. Guessing a value uniformly is
 * right with probability 2/vocabulary.
 *
 * @param vocabulary even number of tokens (20)
 * @param length sequence length counting the answer (40)
 */
public record AssociativeRecallTask(int vocabulary, int length) implements Task {

  public AssociativeRecallTask {
    Draw.check("vocabulary", vocabulary, 4, 1 << 20);
    if (vocabulary % 2 != 0) {
      throw new IllegalArgumentException("vocabulary=" + vocabulary + " must be even (keys and values halves)");
    }
    Draw.check("length", length, 4, 1 << 24);
    if (length % 2 != 0) {
      throw new IllegalArgumentException("length=" + length + " must be even (pairs, query and answer)");
    }
  }

  /** Vocabulary 20, length 40. */
  public static AssociativeRecallTask standard() {
    return new AssociativeRecallTask(20, 40);
  }

  @Override
  public String name() {
    return "ar";
  }

  @Override
  public int vocabularySize() {
    return vocabulary;
  }

  public int pairs() {
    return (length - 2) / 2;
  }

  @Override
  public Example sample(UniformRandomProvider rng) {
    int half = vocabulary / 2;
    int[] map = new int[half];
    for (int k = 0; k < half; k++) {
      map[k] = half + rng.nextInt(half);
    }
    int n = pairs();
    int[] tokens = new int[2 * n + 1];
    int[] targets = new int[2 * n + 1];
    java.util.Arrays.fill(targets, Example.IGNORE);
    for (int i = 0; i < n; i++) {
      int k = rng.nextInt(half);
      tokens[2 * i] = k;
      tokens[2 * i + 1] = map[k];
    }
    int q = tokens[2 * rng.nextInt(n)];
    tokens[2 * n] = q;
    targets[2 * n] = map[q];
    return new Example(tokens, targets);
  }
}
