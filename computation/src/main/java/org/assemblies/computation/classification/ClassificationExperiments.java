package org.assemblies.computation.classification;

import java.util.List;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.ExperimentProvider;

/** The classification experiments (spec sequences.md §5), for the experiments registry. */
public final class ClassificationExperiments implements ExperimentProvider {

  @Override
  public List<Experiment<?>> experiments() {
    return List.of(new ClassifySeparation(), new ClassifyFourClasses(), new ClassifyHalfspaces(),
        ClassifyImages.mnist(), ClassifyImages.fashionMnist());
  }

  @Override
  public int order() {
    return 150;
  }
}
