package org.assemblies.experiments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assemblies.experiments.pnas.AssemblyDensity;
import org.assemblies.experiments.pnas.Association;
import org.assemblies.experiments.pnas.AssociationVsCofiring;
import org.assemblies.experiments.pnas.CompletionThreshold;
import org.assemblies.experiments.pnas.CompletionVsTraining;
import org.assemblies.experiments.pnas.ExplicitProjection;
import org.assemblies.experiments.pnas.FirstCapsOverlap;
import org.assemblies.experiments.pnas.LargerKReciprocal;
import org.assemblies.experiments.pnas.Merge;
import org.assemblies.experiments.pnas.MergeVsBeta;
import org.assemblies.experiments.pnas.OverlapPreservation;
import org.assemblies.experiments.pnas.PatternCompletion;
import org.assemblies.experiments.pnas.ProjectionFixedPoint;
import org.assemblies.experiments.pnas.ReciprocalProjection;
import org.assemblies.experiments.pnas.Separation;
import org.assemblies.experiments.pnas.SupportVsBeta;

/**
 * The registry of named experiments: the PNAS rows (in the order of the spec's rows), then those
 * of other modules found through {@link ExperimentProvider} services (e.g. computation, language).
 */
public final class Experiments {
  private static final List<Experiment<?>> PNAS = List.of(
      new ProjectionFixedPoint(),
      new ExplicitProjection(),
      new SupportVsBeta(),
      new FirstCapsOverlap(),
      new PatternCompletion(),
      new CompletionVsTraining(),
      new CompletionThreshold(),
      new Association(),
      new AssociationVsCofiring(),
      new Merge(),
      new MergeVsBeta(),
      new ReciprocalProjection(),
      new OverlapPreservation(),
      new AssemblyDensity(),
      new Separation(),
      new LargerKReciprocal());

  private static final List<Experiment<?>> ALL = load();

  private Experiments() {}

  private static List<Experiment<?>> load() {
    List<Experiment<?>> all = new java.util.ArrayList<>(PNAS);
    java.util.ServiceLoader.load(ExperimentProvider.class).stream()
        .map(java.util.ServiceLoader.Provider::get)
        .sorted(java.util.Comparator.comparingInt(ExperimentProvider::order))
        .forEach(p -> all.addAll(p.experiments()));
    return List.copyOf(all);
  }

  public static List<Experiment<?>> all() {
    return ALL;
  }

  /** The experiment of that name; the error lists the known names. */
  public static Experiment<?> byName(String name) {
    Map<String, Experiment<?>> m = new LinkedHashMap<>();
    ALL.forEach(e -> m.put(e.name(), e));
    Experiment<?> e = m.get(name);
    if (e == null) {
      throw new IllegalArgumentException("unknown experiment '" + name + "'; experiments: "
          + String.join(", ", m.keySet()));
    }
    return e;
  }
}
