package org.assemblies.computation.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.assemblies.experiments.Params;
import org.assemblies.experiments.SweepRunner;
import org.junit.jupiter.api.Test;

class ClassifySeparationTest {

  /**
   * The spec's setting at three r, 6 seeds of 400 test samples (≈1 s). The full run (20 seeds of
   * 2,000, all r) gives 0.499 ± 0.013 at r = 0.1, 0.862 ± 0.029 at 0.5 and 1.000 at ≥ 0.8; with
   * 400 test samples the per-seed spread grows by √5 at most (≈ ± 0.03), well inside the bands.
   */
  @Test
  void accuracyRisesWithRAsInTheSpec() throws Exception {
    var e = new ClassifySeparation();
    var params = Params.with(e.defaults(), Map.of("rs", "0.1,0.5,0.9", "testPerClass", "200"));
    var r = SweepRunner.run(e, params, SweepRunner.Options.inMemory(6, 2));
    ExperimentAssertions.allChecksPass(r, 3);
    double low = mean(r.table().where("r", 0.1).values("accuracy"));
    double mid = mean(r.table().where("r", 0.5).values("accuracy"));
    double high = mean(r.table().where("r", 0.9).values("accuracy"));
    assertThat(low).isLessThan(mid);
    assertThat(mid).isLessThan(high);
    // at r = 0.9 a test sample's cap overlaps its own assembly far more than the other's
    assertThat(mean(r.table().where("r", 0.9).values("overlapOwn")))
        .isGreaterThan(2 * mean(r.table().where("r", 0.9).values("overlapOtherMax")));
    ExperimentAssertions.figuresRender(e, params, r);
  }

  /** Outside the spec's setting there is nothing to check, but the sweep still runs. */
  @Test
  void otherSettingsHaveNoChecks() throws Exception {
    var e = new ClassifySeparation();
    var params = Params.with(e.defaults(), Map.of("rs", "0.9", "testPerClass", "50", "beta", "0.5"));
    var r = SweepRunner.run(e, params, SweepRunner.Options.inMemory(1, 1));
    assertThat(r.checks()).isEmpty();
    assertThat(r.table().rows()).hasSize(1);
  }

  @Test
  void badParametersAreNamed() {
    var e = new ClassifySeparation();
    ExperimentAssertions.rejects(e, "rs", "0.5,1.2");
    ExperimentAssertions.rejects(e, "classes", "1");
    ExperimentAssertions.rejects(e, "k", "1000");
    ExperimentAssertions.rejects(e, "q", "-0.1");
  }

  private static double mean(double[] v) {
    return java.util.Arrays.stream(v).average().orElseThrow();
  }
}
