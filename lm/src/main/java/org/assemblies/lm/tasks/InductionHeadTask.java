package org.assemblies.lm.tasks;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.lm.Example;
import org.assemblies.lm.Task;

/**
 * Induction head (Olsson et al. 2022; H3): random tokens in which a special token occurs twice;
 * at its second occurrence (the last position) the model outputs the token that followed the
 * first.
 *
 * <p>Tokens: ordinary 0..vocabulary−2, the special token vocabulary−1. The first occurrence is at
 * a uniform position in [0, length−3]; the second is the last position, the only one scored.
 * Chance is 1/(vocabulary − 1).
 *
 * @param vocabulary tokens including the special one (20)
 * @param length sequence length (30)
 */
public record InductionHeadTask(int vocabulary, int length) implements Task {

  public InductionHeadTask {
    Draw.check("vocabulary", vocabulary, 3, 1 << 20);
    Draw.check("length", length, 3, 1 << 24);
  }

  /** Vocabulary 20, length 30. */
  public static InductionHeadTask standard() {
    return new InductionHeadTask(20, 30);
  }

  @Override
  public String name() {
    return "induction";
  }

  @Override
  public int vocabularySize() {
    return vocabulary;
  }

  public int special() {
    return vocabulary - 1;
  }

  @Override
  public Example sample(UniformRandomProvider rng) {
    int[] tokens = new int[length];
    int[] targets = new int[length];
    Arrays.fill(targets, Example.IGNORE);
    for (int i = 0; i < length; i++) {
      tokens[i] = rng.nextInt(vocabulary - 1);
    }
    int first = rng.nextInt(length - 2);
    tokens[first] = special();
    tokens[length - 1] = special();
    targets[length - 1] = tokens[first + 1];
    return new Example(tokens, targets);
  }
}
