package org.assemblies.computation.sampling;

import java.util.List;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.ExperimentProvider;

/** The coin-flipping experiments (sequences.md §6): sampler curve, Markov chain, babbler. */
public final class SamplingExperiments implements ExperimentProvider {
  @Override
  public List<Experiment<?>> experiments() {
    return List.of(new SamplerCurve(), new MarkovLearning(), new Babbling());
  }

  @Override
  public int order() {
    return 160;
  }
}
