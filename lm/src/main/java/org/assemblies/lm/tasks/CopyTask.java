package org.assemblies.lm.tasks;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.lm.Example;
import org.assemblies.lm.Task;

/**
 * The classic copy task (Hochreiter &amp; Schmidhuber 1997; Arjovsky et al. 2016): {@code length}
 * symbols drawn from {@code symbols}, then {@code blanks − 1} blanks, a delimiter and
 * {@code length} more blanks; after the delimiter the model must output the symbols in order.
 *
 * <p>Tokens: symbols are 0..symbols−1, the blank is {@code symbols}, the delimiter
 * {@code symbols + 1}. A sequence has {@code blanks + 2·length} positions; only the last
 * {@code length} are scored (target = the symbol to reproduce). The memoryless baseline (predict
 * blanks until the delimiter, then uniform symbols) costs {@code length·ln(symbols)} nats per
 * sequence, i.e. {@link #memorylessNatsPerStep()} per step and ln(symbols) per scored position.
 *
 * @param symbols alphabet of the payload (8 in the classic task)
 * @param length payload length (10)
 * @param blanks T, the delay (100…2000 in the literature)
 */
public record CopyTask(int symbols, int length, int blanks) implements Task {

  public CopyTask {
    Draw.check("symbols", symbols, 2, 1 << 16);
    Draw.check("length", length, 1, 1 << 16);
    Draw.check("blanks", blanks, 1, 1 << 24);
  }

  /** The classic task: 10 symbols from 8 after T blanks. */
  public static CopyTask of(int blanks) {
    return new CopyTask(8, 10, blanks);
  }

  @Override
  public String name() {
    return "copy";
  }

  @Override
  public int vocabularySize() {
    return symbols + 2;
  }

  public int blank() {
    return symbols;
  }

  public int delimiter() {
    return symbols + 1;
  }

  /** Cross-entropy per step of the memoryless baseline: length·ln(symbols)/(T + 2·length). */
  public double memorylessNatsPerStep() {
    return length * Math.log(symbols) / (blanks + 2.0 * length);
  }

  @Override
  public Example sample(UniformRandomProvider rng) {
    int n = blanks + 2 * length;
    int[] tokens = new int[n];
    int[] targets = new int[n];
    Arrays.fill(tokens, blank());
    Arrays.fill(targets, Example.IGNORE);
    for (int i = 0; i < length; i++) {
      int s = rng.nextInt(symbols);
      tokens[i] = s;
      targets[blanks + length + i] = s;
    }
    tokens[blanks + length - 1] = delimiter();
    return new Example(tokens, targets);
  }
}
