package org.assemblies.computation.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.assemblies.experiments.Params;
import org.assemblies.experiments.SweepRunner;
import org.junit.jupiter.api.Test;

class ClassifyImagesTest {
  /** A cheap setting: 2 and 4 classes, 40 test images per class, a short baseline. */
  private static final Map<String, String> CHEAP = Map.of("classCounts", "2,4",
      "maxTestPerClass", "40", "readoutPerClass", "20", "epochs", "3");

  /**
   * MNIST, 2 seeds × (80 + 160 test images). Full run (5 seeds, all 2,004 test images): 2
   * classes 0.977 ± 0.008, 4 classes 0.688 ± 0.046; the checks ask each seed to beat chance by 5
   * binomial sd and the mean to be a quarter of the way from chance to 1 (0.625 and 0.4375).
   */
  @Test
  void mnistDigitsAreClassifiedWellAboveChance() throws Exception {
    var e = ClassifyImages.mnist();
    var params = Params.with(e.defaults(), CHEAP);
    var r = SweepRunner.run(e, params, SweepRunner.Options.inMemory(2, 2));
    ExperimentAssertions.allChecksPass(r, 4);
    var acc = ClassifyImages.accuracyRows(r.table());
    assertThat(acc.rows()).hasSize(4);
    assertThat(acc.where("classes", 2).values("testImages")).containsOnly(80.0);
    // the baseline on all training images is at least as good as the assemblies here
    for (var row : acc.rows()) {
      assertThat(row.num("baselineAccuracy")).isGreaterThan(row.num("chance") + 0.3);
      assertThat(row.num("accuracyFiringReadout")).isBetween(0.0, 1.0);
    }
    // confusion rows for the largest number of classes: 4 × 4 per model and seed, summing to the tests
    var conf = r.table().where("kind", "confusion").where("model", "assemblies");
    assertThat(conf.rows()).hasSize(2 * 16);
    assertThat(java.util.Arrays.stream(conf.values("count")).sum()).isEqualTo(2 * 160);
    ExperimentAssertions.figuresRender(e, params, r);
  }

  @Test
  void fashionMnistRuns() throws Exception {
    var e = ClassifyImages.fashionMnist();
    var params = Params.with(e.defaults(), Map.of("classCounts", "3", "maxTestPerClass", "30",
        "readoutPerClass", "0", "epochs", "2"));
    var r = SweepRunner.run(e, params, SweepRunner.Options.inMemory(1, 1));
    ExperimentAssertions.allChecksPass(r, 2);
    assertThat(r.table().where("kind", "accuracy").rows().get(0).has("accuracyFiringReadout")).isFalse();
    ExperimentAssertions.figuresRender(e, params, r);
  }

  @Test
  void badParametersAreNamed() {
    var e = ClassifyImages.mnist();
    ExperimentAssertions.rejects(e, "classCounts", "1,2");
    ExperimentAssertions.rejects(e, "bias", "1");
    ExperimentAssertions.rejects(e, "cap", "0");
  }
}
