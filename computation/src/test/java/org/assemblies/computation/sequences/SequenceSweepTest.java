package org.assemblies.computation.sequences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.Params;
import org.assemblies.experiments.SweepRunner;
import org.junit.jupiter.api.Test;

class SequenceSweepTest {
  static double mean(double[] v) {
    return Arrays.stream(v).average().orElseThrow();
  }

  @Test
  void capacityIsExceededByLongSequences() throws IOException {
    SequenceSweep e = SequenceSweep.length();
    var r = SweepRunner.run(e, Params.with(e.defaults(), Map.of("values", "25,150")), SweepRunner.Options.inMemory(2, 2));
    assertThat(r.checks()).allMatch(Check::passed);
    assertThat(mean(r.table().where("length", 25).values("lastRecall"))).isGreaterThan(0.9); // ours 0.99
    assertThat(mean(r.table().where("length", 150).values("lastRecall"))).isLessThan(0.3); // ours 0.02
  }

  @Test
  void recallImprovesWithDensity() throws IOException {
    SequenceSweep e = SequenceSweep.density();
    var r = SweepRunner.run(e, Params.with(e.defaults(), Map.of("values", "0.1,0.4")), SweepRunner.Options.inMemory(2, 2));
    assertThat(r.checks()).allMatch(Check::passed);
    assertThat(mean(r.table().where("p", 0.4).values("lastRecall"))).isGreaterThan(0.8); // ours 0.96
  }

  @Test
  void parametersAreValidated() {
    assertThatThrownBy(() -> Params.with(SequenceSweep.size().defaults(), Map.of("values", "")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Params.with(SequenceSweep.size().defaults(), Map.of("presentations", "0")))
        .hasMessageContaining("presentations=0");
  }
}
