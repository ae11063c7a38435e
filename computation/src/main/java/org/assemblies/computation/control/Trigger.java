package org.assemblies.computation.control;

import java.util.List;
import java.util.Set;
import org.assemblies.core.Assembly;
import org.assemblies.core.Brain;

/**
 * What recruits a population of interneurons, evaluated on the winners of the current round (and
 * on which populations fired the round before, for interneuron → interneuron recruitment).
 */
public sealed interface Trigger {

  /** Whether the trigger holds for these winners; {@code firedBefore} = populations of the last round. */
  boolean holds(Brain brain, Set<String> firedBefore);

  /** At least {@code threshold} (a fraction) of {@code assembly} fires. */
  record Present(Assembly assembly, double threshold) implements Trigger {
    public Present {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("threshold=" + threshold + " must be in (0, 1]");
      }
      if (assembly.size() == 0) {
        throw new IllegalArgumentException("a trigger assembly must not be empty");
      }
    }

    @Override
    public boolean holds(Brain brain, Set<String> firedBefore) {
      return brain.winners(assembly.area()).overlap(assembly) >= threshold * assembly.size();
    }
  }

  /** The area has winners. */
  record Active(String area) implements Trigger {
    @Override
    public boolean holds(Brain brain, Set<String> firedBefore) {
      return brain.winners(area).size() > 0;
    }
  }

  /** The named population fired in the previous round. */
  record Fired(String population) implements Trigger {
    @Override
    public boolean holds(Brain brain, Set<String> firedBefore) {
      return firedBefore.contains(population);
    }
  }

  record Not(Trigger trigger) implements Trigger {
    @Override
    public boolean holds(Brain brain, Set<String> firedBefore) {
      return !trigger.holds(brain, firedBefore);
    }
  }

  /** All of the triggers (a conjunction; the paper's "logical functions" of several inputs). */
  record All(List<Trigger> triggers) implements Trigger {
    public All {
      triggers = List.copyOf(triggers);
      if (triggers.isEmpty()) {
        throw new IllegalArgumentException("a conjunction needs at least one trigger");
      }
    }

    @Override
    public boolean holds(Brain brain, Set<String> firedBefore) {
      return triggers.stream().allMatch(t -> t.holds(brain, firedBefore));
    }
  }

  /** Any of the triggers (a disjunction). */
  record Any(List<Trigger> triggers) implements Trigger {
    public Any {
      triggers = List.copyOf(triggers);
      if (triggers.isEmpty()) {
        throw new IllegalArgumentException("a disjunction needs at least one trigger");
      }
    }

    @Override
    public boolean holds(Brain brain, Set<String> firedBefore) {
      return triggers.stream().anyMatch(t -> t.holds(brain, firedBefore));
    }
  }

  static Trigger present(Assembly assembly, double threshold) {
    return new Present(assembly, threshold);
  }

  static Trigger active(String area) {
    return new Active(area);
  }

  static Trigger fired(String population) {
    return new Fired(population);
  }

  static Trigger not(Trigger t) {
    return new Not(t);
  }

  static Trigger all(Trigger... ts) {
    return new All(List.of(ts));
  }

  static Trigger any(Trigger... ts) {
    return new Any(List.of(ts));
  }
}
