package org.assemblies.lm.tasks;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.lm.Example;
import org.assemblies.lm.Task;

/**
 * String copy, for length generalisation: {@code <BOS> x1…xn <COPY>} then the model writes
 * {@code x1…xn <EOS>}; x over 26 letters, n uniform in [minLength, maxLength].
 *
 * <p>Tokens: letters 0..25, BOS 26, COPY 27, EOS 28. The sequence read is
 * {@code BOS x1…xn COPY x1…xn} (2n + 2 positions, the copy teacher-forced); the scored targets
 * are x1 at COPY, x(i+1) after xi of the copy, and EOS after xn. A sequence is copied exactly when
 * every scored argmax is right (which is what greedy decoding would produce). {@link #testTask()}
 * tests up to 4× the training maximum.
 *
 * @param minLength shortest n
 * @param maxLength longest n (64 for training)
 */
public record StringCopyTask(int minLength, int maxLength) implements Task {
  public static final int LETTERS = 26;
  public static final int BOS = 26;
  public static final int COPY = 27;
  public static final int EOS = 28;

  public StringCopyTask {
    Draw.check("minLength", minLength, 1, 1 << 20);
    Draw.check("maxLength", maxLength, minLength, 1 << 20);
  }

  /** Training lengths 1..64, as in the spec. */
  public static StringCopyTask standard() {
    return new StringCopyTask(1, 64);
  }

  @Override
  public String name() {
    return "string-copy";
  }

  @Override
  public int vocabularySize() {
    return 29;
  }

  /** Length generalisation: n from maxLength + 1 up to 4·maxLength. */
  @Override
  public Task testTask() {
    return new StringCopyTask(maxLength + 1, 4 * maxLength);
  }

  @Override
  public Example sample(UniformRandomProvider rng) {
    int n = minLength + rng.nextInt(maxLength - minLength + 1);
    int[] tokens = new int[2 * n + 2];
    int[] targets = new int[2 * n + 2];
    Arrays.fill(targets, Example.IGNORE);
    tokens[0] = BOS;
    tokens[n + 1] = COPY;
    for (int i = 0; i < n; i++) {
      int x = rng.nextInt(LETTERS);
      tokens[1 + i] = x;
      tokens[n + 2 + i] = x;
      targets[n + 1 + i] = x;
    }
    targets[2 * n + 1] = EOS;
    return new Example(tokens, targets);
  }
}
