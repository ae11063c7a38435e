package org.assemblies.lm.tasks;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.lm.Example;
import org.assemblies.lm.Task;

/**
 * Selective copy (Gu &amp; Dao 2023, Mamba): {@code count} data tokens at random positions (in
 * order) of a region of {@code length} positions otherwise filled with a noise token; after a
 * delimiter the model reproduces the data tokens in order.
 *
 * <p>Tokens: data 0..symbols−1, noise {@code symbols}, delimiter {@code symbols + 1}. Read:
 * {@code region(length) DELIM d1…d(count−1)} (teacher-forced); scored: d1 at the delimiter and
 * d(i+1) after di — {@code count} positions.
 *
 * @param length region length L (4096 in the paper; smaller on CPU)
 * @param count data tokens to copy (16)
 * @param symbols data alphabet (16)
 */
public record SelectiveCopyTask(int length, int count, int symbols) implements Task {

  public SelectiveCopyTask {
    Draw.check("count", count, 1, 1 << 16);
    Draw.check("length", length, count, 1 << 24);
    Draw.check("symbols", symbols, 2, 1 << 16);
  }

  @Override
  public String name() {
    return "selective-copy";
  }

  @Override
  public int vocabularySize() {
    return symbols + 2;
  }

  public int noise() {
    return symbols;
  }

  public int delimiter() {
    return symbols + 1;
  }

  @Override
  public Example sample(UniformRandomProvider rng) {
    int n = length + count;
    int[] tokens = new int[n];
    int[] targets = new int[n];
    Arrays.fill(tokens, 0, length, noise());
    Arrays.fill(targets, Example.IGNORE);
    int[] positions = Draw.distinct(rng, 0, length, count);
    Arrays.sort(positions);
    tokens[length] = delimiter();
    for (int i = 0; i < count; i++) {
      int d = rng.nextInt(symbols);
      tokens[positions[i]] = d;
      targets[length + i] = d;
      if (i + 1 < count) {
        tokens[length + 1 + i] = d;
      }
    }
    return new Example(tokens, targets);
  }
}
