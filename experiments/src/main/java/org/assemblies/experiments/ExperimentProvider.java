package org.assemblies.experiments;

import java.util.List;

/**
 * Contributes experiments of another module to {@link Experiments} (a {@link java.util.ServiceLoader}
 * service: list the implementation in {@code META-INF/services/org.assemblies.experiments.ExperimentProvider}).
 */
public interface ExperimentProvider {
  /** The experiments, in the order they should be listed. */
  List<Experiment<?>> experiments();

  /** Where this module's experiments go in the list (smaller first). */
  default int order() {
    return 100;
  }
}
