package org.assemblies.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assemblies.core.Assembly;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;
import org.assemblies.core.internal.IntList;

/** Steps a brain and records, per round, support, new neurons and overlaps of chosen areas. */
final class Recorder {
  private final Brain brain;
  private final List<String> areas;
  private final Map<String, IntList> support = new LinkedHashMap<>();
  private final Map<String, IntList> fresh = new LinkedHashMap<>();
  private final Map<String, IntList> overlap = new LinkedHashMap<>();
  private final Map<String, Assembly> previous = new LinkedHashMap<>();
  private final StepListener listener;
  private int rounds;
  private int convergedAt = -1;

  Recorder(Brain brain, StepListener listener, List<String> areas) {
    this.brain = brain;
    this.areas = areas;
    this.listener = listener == null ? StepListener.NONE : listener;
    for (String a : areas) {
      support.put(a, new IntList());
      fresh.put(a, new IntList());
      overlap.put(a, new IntList());
      previous.put(a, brain.winners(a));
    }
  }

  /** Takes one step and records it; returns true when no recorded target gained a neuron. */
  boolean step(Projection projection) {
    brain.project(projection);
    rounds++;
    boolean converged = true;
    for (String a : areas) {
      Assembly now = brain.winners(a);
      support.get(a).add(brain.support(a));
      int first = projection.targets().contains(a) ? brain.numFirstWinners(a) : 0;
      fresh.get(a).add(first);
      overlap.get(a).add(now.overlap(previous.get(a)));
      previous.put(a, now);
      if (first != 0) {
        converged = false;
      }
    }
    if (converged && convergedAt < 0) {
      convergedAt = rounds;
    }
    listener.afterStep(rounds);
    return converged;
  }

  void steps(Projection projection, int n) {
    for (int i = 0; i < n; i++) {
      step(projection);
    }
  }

  Trace trace() {
    Map<String, Trace.AreaTrace> out = new LinkedHashMap<>();
    for (String a : areas) {
      out.put(a, new Trace.AreaTrace(a, support.get(a).toArray(), fresh.get(a).toArray(),
          overlap.get(a).toArray(), brain.winners(a)));
    }
    return new Trace(out, rounds, convergedAt);
  }
}
