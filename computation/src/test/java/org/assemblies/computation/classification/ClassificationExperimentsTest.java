package org.assemblies.computation.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.Experiments;
import org.junit.jupiter.api.Test;

class ClassificationExperimentsTest {
  @Test
  void theExperimentsAreRegistered() {
    var names = new ClassificationExperiments().experiments().stream().map(Experiment::name).toList();
    assertThat(names).containsExactly("classify-separation", "classify-four-classes",
        "classify-halfspaces", "classify-mnist", "classify-fashion-mnist");
    for (String name : names) {
      assertThat(Experiments.byName(name).name()).isEqualTo(name); // found through the service file
    }
  }
}
