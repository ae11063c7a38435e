package org.assemblies.computation.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.assemblies.experiments.Params;
import org.assemblies.experiments.SweepRunner;
import org.junit.jupiter.api.Test;

class ClassifyFourClassesTest {

  /** 6 seeds of 800 test samples: every one classified correctly (full run: 20 seeds, all 1.000). */
  @Test
  void fourClassesAtR09AreClassifiedPerfectly() throws Exception {
    var e = new ClassifyFourClasses();
    var params = Params.with(e.defaults(), Map.of("testPerClass", "200"));
    var r = SweepRunner.run(e, params, SweepRunner.Options.inMemory(6, 2));
    ExperimentAssertions.allChecksPass(r, 1);
    assertThat(r.table().values("accuracy")).containsOnly(1.0);
    ExperimentAssertions.figuresRender(e, params, r);
  }

  @Test
  void badParametersAreNamed() {
    var e = new ClassifyFourClasses();
    ExperimentAssertions.rejects(e, "r", "2");
    ExperimentAssertions.rejects(e, "trainPerClass", "0");
  }
}
