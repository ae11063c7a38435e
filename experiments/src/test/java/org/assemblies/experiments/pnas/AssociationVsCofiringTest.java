package org.assemblies.experiments.pnas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import org.assemblies.experiments.SweepRunner;
import org.assemblies.experiments.Table;
import org.junit.jupiter.api.Test;

class AssociationVsCofiringTest {
  /**
   * Reference sizes, 2 seeds (≈6 s: eleven pairs of brain copies per trial). Ours over 8 seeds:
   * 0.122 ± 0.018 at t=10, 0.440 ± 0.016 at t=20 (reference 0.10–0.15 and 0.42–0.51).
   */
  @Test
  void overlapGrowsWithCofiring() throws IOException {
    var e = new AssociationVsCofiring();
    var r = SweepRunner.run(e, e.defaults(), SweepRunner.Options.inMemory(2, 2));
    ExperimentAssertions.allChecksPass(r, 3);
    Table t = r.table();
    assertThat(t.distinct("t")).containsExactly(10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
    double first = Arrays.stream(t.where("t", 10).values("overlap")).average().orElseThrow();
    double last = Arrays.stream(t.where("t", 20).values("overlap")).average().orElseThrow();
    assertThat(last - first).isGreaterThan(0.2);
  }

  @Test
  void badParametersAreNamed() {
    var e = new AssociationVsCofiring();
    ExperimentAssertions.rejects(e, "maxT", "5");
    ExperimentAssertions.rejects(e, "minT", "0");
    ExperimentAssertions.rejects(e, "p", "1.5");
  }
}
