package org.assemblies.language;

import java.util.List;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.ExperimentProvider;
import org.assemblies.language.nemo.WordOrderExperiment;

/** The language experiments: the assembly parser; NEMO word order. */
public final class LanguageExperiments implements ExperimentProvider {
  @Override
  public List<Experiment<?>> experiments() {
    return List.of(new ParserGolden(), new WordOrderExperiment());
  }

  @Override
  public int order() {
    return 200;
  }
}
