package org.assemblies.experiments.pnas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.assemblies.experiments.SweepRunner;
import org.assemblies.experiments.Table;
import org.junit.jupiter.api.Test;

class MergeVsBetaTest {
  /**
   * All five β at the reference sizes and 100 rounds, 2 seeds (≈4 s). Ours over 6 seeds: C's
   * final support 718 ± 19 (β=0.3), 1154 ± 49 (0.2), 2754 ± 75 (0.1), 3907 ± 115 (0.075),
   * 5649 ± 165 (0.05).
   */
  @Test
  void smallerPlasticityGivesLargerSupport() throws IOException {
    var e = new MergeVsBeta();
    var r = SweepRunner.run(e, e.defaults(), SweepRunner.Options.inMemory(2, 2));
    ExperimentAssertions.allChecksPass(r, 5);
    Table.Series s = r.table().where("round", 100).series("beta", "supportC");
    assertThat(s.x()).containsExactly(0.3, 0.2, 0.1, 0.075, 0.05);
    for (int i = 1; i < s.mean().length; i++) {
      assertThat(s.mean()[i]).isGreaterThan(s.mean()[i - 1] * 1.2);
    }
  }

  @Test
  void badParametersAreNamed() {
    var e = new MergeVsBeta();
    ExperimentAssertions.rejects(e, "betas", "0.1,-0.2");
    ExperimentAssertions.rejects(e, "rounds", "0");
  }
}
