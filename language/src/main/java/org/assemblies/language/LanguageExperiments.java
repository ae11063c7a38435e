package org.assemblies.language;

import java.util.List;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.ExperimentProvider;
import org.assemblies.language.acquisition.AcquisitionSweep;

/** The language experiments: the assembly parser; word acquisition. */
public final class LanguageExperiments implements ExperimentProvider {
  @Override
  public List<Experiment<?>> experiments() {
    return List.of(new ParserGolden(), AcquisitionSweep.lexiconSize(), AcquisitionSweep.plasticity());
  }

  @Override
  public int order() {
    return 200;
  }
}
