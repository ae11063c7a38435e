package org.assemblies.experiments.pnas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.assemblies.experiments.SweepRunner;
import org.assemblies.experiments.Table;
import org.junit.jupiter.api.Test;

class OverlapPreservationTest {
  @Test
  void boundValues() {
    assertThat(OverlapPreservation.bound(10_000, 100, 0)).isCloseTo(0.01, within(1e-12));
    // α = 0.5: (0.01)^(1/3) / ln(100)^(1/3)
    assertThat(OverlapPreservation.bound(10_000, 100, 0.5)).isCloseTo(0.12945, within(1e-4));
  }

  /**
   * All ten α, 20 seeds (≈2 s). Ours: 0.021 ± 0.014 at α=0 (bound 0.010), 0.231 ± 0.042 at 0.5
   * (bound 0.129), 0.725 ± 0.043 at 0.9 (bound 0.381).
   */
  @Test
  void projectedOverlapIsAboveTheBound() throws IOException {
    var e = new OverlapPreservation();
    var r = SweepRunner.run(e, e.defaults(), SweepRunner.Options.inMemory(20, 2));
    ExperimentAssertions.allChecksPass(r, 10);
    Table.Series s = r.table().series("alpha", "overlap");
    for (int i = 1; i < s.mean().length; i++) { // more input overlap, more output overlap
      assertThat(s.mean()[i]).isGreaterThan(s.mean()[i - 1]);
    }
    assertThat(s.mean()[9]).isGreaterThan(0.6);
    assertThat(r.table().values("inputOverlap")).contains(0.0, 0.5, 0.9);
  }

  @Test
  void badParametersAreNamed() {
    var e = new OverlapPreservation();
    ExperimentAssertions.rejects(e, "alphas", "0.5,1.5");
    ExperimentAssertions.rejects(e, "sourceN", "150");
    ExperimentAssertions.rejects(e, "steps", "0");
  }
}
