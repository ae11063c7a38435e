package org.assemblies.computation.sampling;

import java.util.Arrays;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;

/**
 * Assemblies laid out as consecutive blocks of an explicit area (assembly j = neurons
 * [j·k, (j+1)·k), as in the authors' demo), and the sampling dynamics on them.
 */
final class Blocks {
  private Blocks() {}

  static int[] block(int index, int k) {
    int[] ids = new int[k];
    for (int i = 0; i < k; i++) {
      ids[i] = index * k + i;
    }
    return ids;
  }

  /** overlaps[j] = number of winners in block j, for blocks 0..count−1. */
  static int[] overlaps(int[] winners, int k, int count) {
    int[] o = new int[count];
    for (int id : winners) {
      int b = id / k;
      if (b < count) {
        o[b]++;
      }
    }
    return o;
  }

  /** The block with the largest overlap (the lowest index on ties). */
  static int argmax(int[] overlaps) {
    int best = 0;
    for (int j = 1; j < overlaps.length; j++) {
      if (overlaps[j] > overlaps[best]) {
        best = j;
      }
    }
    return best;
  }

  /** The block whose overlap exceeds {@code threshold}, or −1 when none does. */
  static int winner(int[] overlaps, double threshold) {
    int j = argmax(overlaps);
    return overlaps[j] > threshold ? j : -1;
  }

  /**
   * The sampling dynamics: one cap of {@code first} with the noise armed, then up to
   * {@code rounds − 1} recurrent caps of {@code area} (noiseless but for the tie-breaking jitter),
   * stopping early when a cap repeats: without noise or plasticity every later cap would be the
   * same (up to ties at the boundary, which a settled assembly does not have). Returns the final
   * winners and the number of caps taken.
   */
  static Settled settle(Brain b, String area, Projection first, Projection recurrence,
      AmbientNoise noise, org.apache.commons.rng.UniformRandomProvider rng, int rounds) {
    noise.arm(rng);
    try {
      b.project(first);
    } finally {
      noise.disarm();
    }
    int[] previous = b.winners(area).neurons();
    int caps = 1;
    while (caps < rounds) {
      noise.armTieBreak(rng);
      try {
        b.project(recurrence);
      } finally {
        noise.disarm();
      }
      caps++;
      int[] now = b.winners(area).neurons();
      if (Arrays.equals(now, previous)) {
        break;
      }
      previous = now;
    }
    return new Settled(previous, caps);
  }

  record Settled(int[] winners, int caps) {}
}
