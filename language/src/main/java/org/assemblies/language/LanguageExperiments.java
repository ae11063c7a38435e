package org.assemblies.language;

import java.util.List;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.ExperimentProvider;

/** The language experiments: the assembly parser. */
public final class LanguageExperiments implements ExperimentProvider {
  @Override
  public List<Experiment<?>> experiments() {
    return List.of(new ParserGolden());
  }

  @Override
  public int order() {
    return 200;
  }
}
