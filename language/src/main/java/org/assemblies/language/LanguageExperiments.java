package org.assemblies.language;

import java.util.List;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.ExperimentProvider;

/** The language experiments: the assembly parser, with and without center embedding. */
public final class LanguageExperiments implements ExperimentProvider {
  @Override
  public List<Experiment<?>> experiments() {
    return List.of(new ParserGolden(), new ParserEmbedded());
  }

  @Override
  public int order() {
    return 200;
  }
}
