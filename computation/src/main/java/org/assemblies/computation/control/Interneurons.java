package org.assemblies.computation.control;

import java.util.List;
import org.assemblies.core.Assembly;

/**
 * A population of long-range interneurons (Dabagia et al. 2024): recruited whenever the winners of
 * {@code area} overlap {@code trigger} by at least {@code threshold} (a fraction of the trigger's
 * size), it inhibits and disinhibits whole areas on the next step — so control flow follows the
 * assemblies that fire, with no external controller.
 *
 * @param name a label for traces
 * @param area the area whose assembly recruits the population
 * @param trigger the recruiting assembly (neurons of {@code area})
 * @param threshold the fraction of {@code trigger} that must fire, in (0, 1]
 * @param inhibit areas silenced from the next step on
 * @param disinhibit areas released from the next step on
 */
public record Interneurons(String name, String area, Assembly trigger, double threshold, List<String> inhibit,
    List<String> disinhibit) {

  public Interneurons {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold=" + threshold + " of interneurons '" + name + "' must be in (0, 1]");
    }
    if (trigger.size() == 0) {
      throw new IllegalArgumentException("trigger of interneurons '" + name + "' must not be empty");
    }
    if (!trigger.area().equals(area)) {
      throw new IllegalArgumentException("trigger of interneurons '" + name + "' is an assembly of '"
          + trigger.area() + "', not of '" + area + "'");
    }
    inhibit = List.copyOf(inhibit);
    disinhibit = List.copyOf(disinhibit);
  }

  /** Whether these winners of {@link #area} recruit the population. */
  public boolean recruitedBy(Assembly winners) {
    return winners.overlap(trigger) >= threshold * trigger.size();
  }
}
