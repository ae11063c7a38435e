package org.assemblies.computation.control;

import java.util.ArrayList;
import java.util.List;
import org.assemblies.core.Assembly;

/**
 * A population of long-range interneurons (Dabagia et al. 2024): recruited when its
 * {@link Trigger} holds for the current winners, it inhibits and disinhibits whole areas (and, as
 * in the NEMO parser, single fibers) from the next step on — so control flow follows the
 * assemblies that fire, with no external controller.
 *
 * @param name a label for traces (and for {@link Trigger.Fired})
 * @param trigger what recruits the population
 * @param inhibit areas silenced from the next step on
 * @param disinhibit areas released from the next step on
 * @param closeFibers fibers closed from the next step on
 * @param openFibers fibers opened from the next step on
 * @param hold areas that keep their current assembly from the next step on, whatever their input,
 *     until released or inhibited: persistent activity, abstracted as a clamp (the reference's
 *     {@code fix}); used where an assembly must keep firing unchanged while it is being linked
 * @param release areas whose hold ends from the next step on
 */
public record Interneurons(String name, Trigger trigger, List<String> inhibit, List<String> disinhibit,
    List<Circuit.FiberRef> closeFibers, List<Circuit.FiberRef> openFibers, List<String> hold,
    List<String> release) {

  public Interneurons {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("interneurons need a name");
    }
    if (trigger == null) {
      throw new IllegalArgumentException("interneurons '" + name + "' need a trigger");
    }
    inhibit = List.copyOf(inhibit);
    disinhibit = List.copyOf(disinhibit);
    closeFibers = List.copyOf(closeFibers);
    openFibers = List.copyOf(openFibers);
    hold = List.copyOf(hold);
    release = List.copyOf(release);
  }

  /**
   * The common case: recruited when at least {@code threshold} of {@code trigger} fires; acts on
   * areas.
   */
  public Interneurons(String name, String area, Assembly trigger, double threshold, List<String> inhibit,
      List<String> disinhibit) {
    this(name, checked(name, area, trigger, threshold), inhibit, disinhibit, List.of(), List.of(), List.of(),
        List.of());
  }

  private static Trigger checked(String name, String area, Assembly trigger, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold=" + threshold + " of interneurons '" + name + "' must be in (0, 1]");
    }
    if (!trigger.area().equals(area)) {
      throw new IllegalArgumentException("trigger of interneurons '" + name + "' is an assembly of '"
          + trigger.area() + "', not of '" + area + "'");
    }
    return new Trigger.Present(trigger, threshold);
  }

  /** A builder: {@code Interneurons.when("name", trigger).inhibit("A").open("B", "C").build()}. */
  public static Builder when(String name, Trigger trigger) {
    return new Builder(name, trigger);
  }

  /** Builds a population. */
  public static final class Builder {
    private final String name;
    private final Trigger trigger;
    private final List<String> inhibit = new ArrayList<>();
    private final List<String> disinhibit = new ArrayList<>();
    private final List<Circuit.FiberRef> close = new ArrayList<>();
    private final List<Circuit.FiberRef> open = new ArrayList<>();
    private final List<String> hold = new ArrayList<>();
    private final List<String> release = new ArrayList<>();

    private Builder(String name, Trigger trigger) {
      this.name = name;
      this.trigger = trigger;
    }

    public Builder inhibit(String... areas) {
      inhibit.addAll(List.of(areas));
      return this;
    }

    public Builder disinhibit(String... areas) {
      disinhibit.addAll(List.of(areas));
      return this;
    }

    public Builder close(String from, String to) {
      close.add(new Circuit.FiberRef(from, to));
      return this;
    }

    public Builder open(String from, String to) {
      open.add(new Circuit.FiberRef(from, to));
      return this;
    }

    public Builder hold(String... areas) {
      hold.addAll(List.of(areas));
      return this;
    }

    public Builder release(String... areas) {
      release.addAll(List.of(areas));
      return this;
    }

    public Interneurons build() {
      return new Interneurons(name, trigger, inhibit, disinhibit, close, open, hold, release);
    }
  }
}
