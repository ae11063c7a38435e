package org.assemblies.language;

import java.util.List;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.ExperimentProvider;
import org.assemblies.language.nemo.WordOrderExperiment;

/** The language experiments: the assembly parser, with and without center embedding; NEMO word order. */
public final class LanguageExperiments implements ExperimentProvider {
  @Override
  public List<Experiment<?>> experiments() {
    return List.of(new ParserGolden(), new ParserEmbedded(), new WordOrderExperiment());
  }

  @Override
  public int order() {
    return 200;
  }
}
