package org.assemblies.experiments.pnas;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Random cues for pattern completion: the reference's {@code random.sample(winners, size)}. */
final class Cues {
  private Cues() {}

  /**
   * {@code size} distinct neurons of {@code assembly} drawn uniformly at random with the given
   * seed (a partial Fisher–Yates shuffle), returned sorted.
   */
  static int[] sample(int[] assembly, int size, long seed) {
    if (size < 0 || size > assembly.length) {
      throw new IllegalArgumentException("cue size=" + size + " must be in [0, " + assembly.length + "]");
    }
    int[] ids = assembly.clone();
    SplittableRandom rng = new SplittableRandom(seed);
    for (int i = 0; i < size; i++) {
      int j = i + rng.nextInt(ids.length - i);
      int t = ids[i];
      ids[i] = ids[j];
      ids[j] = t;
    }
    int[] cue = Arrays.copyOf(ids, size);
    Arrays.sort(cue);
    return cue;
  }

  /** The reference's cue size {@code int(k * alpha)} (at least one neuron). */
  static int size(int k, double fraction) {
    return Math.max(1, (int) (k * fraction));
  }
}
