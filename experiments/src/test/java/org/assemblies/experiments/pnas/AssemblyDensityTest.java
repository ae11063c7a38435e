package org.assemblies.experiments.pnas;

import static org.assemblies.experiments.pnas.ExperimentAssertions.list;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.assemblies.experiments.SweepRunner;
import org.junit.jupiter.api.Test;

class AssemblyDensityTest {
  /**
   * Reference sizes, 3 seeds (≈2 s). Ours over 10 seeds: 0.01469 ± 0.00044 (β=0), 0.01984 ±
   * 0.00043 (0.025), 0.01908 ± 0.00032 (0.05), 0.01836 ± 0.00045 (0.075), 0.01797 ± 0.00055 (0.1).
   */
  @Test
  void assembliesAreDenserThanTheAmbientGraph() throws IOException {
    var e = new AssemblyDensity();
    var r = SweepRunner.run(e, e.defaults(), SweepRunner.Options.inMemory(3, 2));
    ExperimentAssertions.allChecksPass(r, 5 + 4);
    assertThat(list(r.table().values("density"))).allMatch(d -> d > 0.01); // above p, every trial
    assertThat(list(r.table().values("edges"))).allMatch(x -> x > 0.01 * 317 * 317);
  }

  @Test
  void badParametersAreNamed() {
    var e = new AssemblyDensity();
    ExperimentAssertions.rejects(e, "betas", "0.05,-1");
    ExperimentAssertions.rejects(e, "rounds", "0");
  }
}
