package org.assemblies.ops;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assemblies.core.Assembly;

/**
 * What an operation did, round by round, for each area it updated.
 *
 * @param areas per area (in the order the operation names them) its per-round record
 * @param rounds the number of steps taken
 * @param convergedAt the first round after which no updated area gained a new neuron, or −1
 */
public record Trace(Map<String, AreaTrace> areas, int rounds, int convergedAt) {

  public Trace {
    areas = Collections.unmodifiableMap(new LinkedHashMap<>(areas));
  }

  public AreaTrace area(String name) {
    AreaTrace t = areas.get(name);
    if (t == null) {
      throw new IllegalArgumentException("area '" + name + "' is not in this trace; areas: " + areas.keySet());
    }
    return t;
  }

  /**
   * One area's record.
   *
   * @param support support w after each round
   * @param newNeurons winners that fired for the first time, per round
   * @param overlapWithPrevious overlap of each round's winners with the previous round's
   * @param winners the winners after the last round
   */
  public record AreaTrace(
      String area, int[] support, int[] newNeurons, int[] overlapWithPrevious, Assembly winners) {

    public AreaTrace {
      support = support.clone();
      newNeurons = newNeurons.clone();
      overlapWithPrevious = overlapWithPrevious.clone();
    }

    @Override
    public int[] support() {
      return support.clone();
    }

    @Override
    public int[] newNeurons() {
      return newNeurons.clone();
    }

    @Override
    public int[] overlapWithPrevious() {
      return overlapWithPrevious.clone();
    }

    public int finalSupport() {
      return support.length == 0 ? 0 : support[support.length - 1];
    }

    /** Overlap of the last two rounds' winners (−1 with fewer than two rounds). */
    public int overlapLastTwo() {
      return overlapWithPrevious.length < 2 ? -1 : overlapWithPrevious[overlapWithPrevious.length - 1];
    }
  }
}
