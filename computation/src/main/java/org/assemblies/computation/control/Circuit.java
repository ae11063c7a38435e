package org.assemblies.computation.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;

/**
 * Areas wired by fibers, each area inhibited or not, and long-range interneurons that change the
 * inhibition from step to step. A step: (1) the interneuron populations recruited by the current
 * winners act: their areas are inhibited or disinhibited from this step on; (2) every area that
 * has winners fires along its fibers into the disinhibited areas, which take their new caps; (3)
 * inhibited areas fall silent. Gates stay as set until a population changes them; when
 * populations recruited together disagree about an area, inhibition wins (over disinhibition and
 * over a hold), and a hold wins over a release. Held areas keep their assembly while they fire. So an assembly that has just recruited the interneurons inhibiting
 * its own area still fires once more — the paper's step {S2, A1, disinhibit B, inhibit A} — and
 * control flow follows the assemblies, with no external controller.
 */
public final class Circuit {
  /** A fiber from one area to another. */
  public record FiberRef(String from, String to) {}

  private final Brain brain;
  private final Map<String, Set<String>> fibers = new LinkedHashMap<>();
  private final Set<String> inhibited = new LinkedHashSet<>();
  private final Set<FiberRef> closed = new LinkedHashSet<>();
  private final Set<String> held = new LinkedHashSet<>();
  private final List<Interneurons> interneurons = new ArrayList<>();
  private List<String> lastRecruited = List.of();

  public Circuit(Brain brain) {
    this.brain = brain;
  }

  public Brain brain() {
    return brain;
  }

  /** Connects {@code from} to each of {@code to} (use the same name for recurrence). */
  public Circuit fiber(String from, String... to) {
    check(from);
    for (String t : to) {
      check(t);
      fibers.computeIfAbsent(from, x -> new LinkedHashSet<>()).add(t);
    }
    return this;
  }

  public Circuit inhibit(String... areas) {
    for (String a : areas) {
      check(a);
      inhibited.add(a);
      held.remove(a);
      brain.inhibit(a);
    }
    return this;
  }

  public Circuit disinhibit(String... areas) {
    for (String a : areas) {
      check(a);
      inhibited.remove(a);
    }
    return this;
  }

  /** Holds {@code areas} (see {@link Interneurons#hold()}): each keeps the assembly it has. */
  public Circuit hold(String... areas) {
    for (String a : areas) {
      check(a);
      held.add(a);
      if (brain.winners(a).size() > 0) {
        brain.fix(a);
      }
    }
    return this;
  }

  /** Ends the holds of {@code areas} (see {@link Interneurons#hold()}). */
  public Circuit release(String... areas) {
    for (String a : areas) {
      check(a);
      held.remove(a);
      brain.unfix(a);
    }
    return this;
  }

  public boolean isHeld(String area) {
    return held.contains(area);
  }

  public boolean isInhibited(String area) {
    return inhibited.contains(area);
  }

  /** Closes the fiber {@code from → to} (it must exist) until it is opened again. */
  public Circuit closeFiber(String from, String to) {
    closed.add(declared(from, to));
    return this;
  }

  public Circuit openFiber(String from, String to) {
    closed.remove(declared(from, to));
    return this;
  }

  public boolean isClosed(String from, String to) {
    return closed.contains(new FiberRef(from, to));
  }

  private FiberRef declared(String from, String to) {
    if (!fibers.getOrDefault(from, Set.of()).contains(to)) {
      throw new IllegalArgumentException("no fiber " + from + " → " + to + " in this circuit; fibers: " + fibers);
    }
    return new FiberRef(from, to);
  }

  public Circuit add(Interneurons populations) {
    if (interneurons.stream().anyMatch(p -> p.name().equals(populations.name()))) {
      throw new IllegalArgumentException("interneurons '" + populations.name() + "' already added");
    }
    populations.inhibit().forEach(this::check);
    populations.disinhibit().forEach(this::check);
    populations.closeFibers().forEach(f -> declared(f.from(), f.to()));
    populations.openFibers().forEach(f -> declared(f.from(), f.to()));
    populations.hold().forEach(this::check);
    populations.release().forEach(this::check);
    interneurons.add(populations);
    return this;
  }

  /** Names of the populations recruited at the start of the last step. */
  public List<String> lastRecruited() {
    return lastRecruited;
  }

  /** One step; returns the projection that fired (null when nothing could fire). */
  public Projection step() {
    List<String> recruited = new ArrayList<>();
    List<Interneurons> acting = new ArrayList<>();
    Set<String> before = new java.util.HashSet<>(lastRecruited);
    for (Interneurons lri : interneurons) {
      if (lri.trigger().holds(brain, before)) {
        acting.add(lri);
        recruited.add(lri.name());
      }
    }
    Set<String> heldBefore = new LinkedHashSet<>(held);
    for (Interneurons lri : acting) { // gates are latched; on a conflict, inhibition wins
      lri.disinhibit().forEach(inhibited::remove);
      lri.openFibers().forEach(closed::remove);
      lri.release().forEach(held::remove);
    }
    for (Interneurons lri : acting) {
      inhibited.addAll(lri.inhibit());
      closed.addAll(lri.closeFibers());
      held.addAll(lri.hold());
    }
    held.removeAll(inhibited);
    heldBefore.removeAll(held);
    heldBefore.forEach(brain::unfix);
    for (String a : held) { // a hold freezes the assembly the area has now
      if (brain.winners(a).size() > 0) {
        brain.fix(a);
      }
    }
    lastRecruited = Collections.unmodifiableList(recruited);
    Projection.Builder p = Projection.builder();
    boolean any = false;
    for (Map.Entry<String, Set<String>> e : fibers.entrySet()) {
      String from = e.getKey();
      if (brain.winners(from).size() == 0) {
        continue;
      }
      for (String to : e.getValue()) {
        if (!inhibited.contains(to) && !closed.contains(new FiberRef(from, to))) {
          p.area(from, to);
          any = true;
        }
      }
    }
    Projection projection = any ? p.build() : null;
    if (any) {
      brain.project(projection);
    }
    for (String a : inhibited) {
      brain.inhibit(a);
    }
    return projection;
  }

  private void check(String area) {
    brain.n(area); // throws a clear error for an unknown area
  }
}
