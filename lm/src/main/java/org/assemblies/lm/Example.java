package org.assemblies.lm;

import java.util.Arrays;

/**
 * One sequence of a task: the tokens a model reads, and at each position the token it must
 * predict next, or {@link #IGNORE} where that position is not scored (and not trained on).
 *
 * <p>{@code targets[i]} is the token expected after reading {@code tokens[0..i]}. The arrays are
 * copied on construction; callers must not modify what the accessors return.
 *
 * @param tokens the input sequence, every entry in [0, vocabulary)
 * @param targets the next-token targets, same length, each in [0, vocabulary) or IGNORE
 */
public record Example(int[] tokens, int[] targets) {

  /** Target value of a position that is neither scored nor trained on. */
  public static final int IGNORE = -1;

  public Example {
    if (tokens.length != targets.length) {
      throw new IllegalArgumentException("targets length " + targets.length
          + " must equal tokens length " + tokens.length);
    }
    tokens = tokens.clone();
    targets = targets.clone();
  }

  /** Number of positions. */
  public int length() {
    return tokens.length;
  }

  /** Number of scored positions (targets other than IGNORE). */
  public int scoredCount() {
    int c = 0;
    for (int t : targets) {
      if (t != IGNORE) {
        c++;
      }
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Example e && Arrays.equals(tokens, e.tokens) && Arrays.equals(targets, e.targets);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(tokens) + Arrays.hashCode(targets);
  }

  @Override
  public String toString() {
    return "Example[tokens=" + Arrays.toString(tokens) + ", targets=" + Arrays.toString(targets) + "]";
  }
}
