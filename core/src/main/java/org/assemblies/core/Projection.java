package org.assemblies.core;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which stimuli and areas fire into which areas in one step, in the words of the paper:
 * {@code Projection.builder().stimulus("stim", "A").area("A", "A", "B").build()} is
 * {@code project({stim: [A]}, {A: [A, B]})}. The order of names never matters.
 */
public record Projection(Map<String, Set<String>> stimuli, Map<String, Set<String>> areas) {

  public Projection {
    stimuli = copy(stimuli, "stimulus");
    areas = copy(areas, "area");
    if (stimuli.isEmpty() && areas.isEmpty()) {
      throw new IllegalArgumentException("a projection needs at least one source (stimulus or area)");
    }
  }

  private static Map<String, Set<String>> copy(
      Map<String, ? extends Collection<String>> m, String what) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    if (m != null) {
      m.forEach((from, tos) -> {
        if (from == null || tos == null || tos.stream().anyMatch(java.util.Objects::isNull)) {
          throw new IllegalArgumentException(what + " projection map must not contain null names");
        }
        if (!tos.isEmpty()) {
          out.computeIfAbsent(from, x -> new LinkedHashSet<>()).addAll(tos);
        }
      });
    }
    out.replaceAll((k, v) -> Collections.unmodifiableSet(v));
    return Collections.unmodifiableMap(out);
  }

  /** {@code project(stimuli, areas)} as in the reference: source name → target names. */
  public static Projection of(
      Map<String, ? extends Collection<String>> stimuli,
      Map<String, ? extends Collection<String>> areas) {
    return new Projection(copy(stimuli, "stimulus"), copy(areas, "area"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every area that is updated by this projection. */
  public Set<String> targets() {
    Set<String> t = new LinkedHashSet<>();
    stimuli.values().forEach(t::addAll);
    areas.values().forEach(t::addAll);
    return t;
  }

  /** A fluent builder of projections. */
  public static final class Builder {
    private final Map<String, Set<String>> stimuli = new LinkedHashMap<>();
    private final Map<String, Set<String>> areas = new LinkedHashMap<>();

    /** Stimulus {@code stimulus} fires into each of {@code targets}. */
    public Builder stimulus(String stimulus, String... targets) {
      stimuli.computeIfAbsent(stimulus, x -> new LinkedHashSet<>()).addAll(java.util.List.of(targets));
      return this;
    }

    /** Area {@code source} fires into each of {@code targets}. */
    public Builder area(String source, String... targets) {
      areas.computeIfAbsent(source, x -> new LinkedHashSet<>()).addAll(java.util.List.of(targets));
      return this;
    }

    public Projection build() {
      return new Projection(stimuli, areas);
    }
  }
}
