package org.assemblies.experiments.pnas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.assemblies.experiments.Params;
import org.assemblies.experiments.SweepRunner;
import org.junit.jupiter.api.Test;

class PatternCompletionTest {
  @Test
  void halfTheAssemblyRecoversTheWhole() throws IOException {
    var e = new PatternCompletion();
    var r = SweepRunner.run(e, e.defaults(), SweepRunner.Options.inMemory(10, 2));
    assertThat(r.checks()).hasSize(2).allMatch(c -> c.passed(), "passed");
    // the cue is int(317 · 0.5) = 158 neurons of the assembly
    assertThat(r.table().where("round", 0).values("recovered")).containsOnly(158.0);
    // reference test ≥ 300; ours 312–317 (40 seeds: 314.3 ± 1.3)
    assertThat(Arrays.stream(r.table().where("round", 5).values("recovered")).min().orElseThrow()).isGreaterThanOrEqualTo(300);
    assertThat(r.table().where("round", 5).values("firing")).containsOnly(317.0);
  }

  @Test
  void otherParametersCheckOnlyTheCapSize() throws IOException {
    var e = new PatternCompletion();
    var p = Params.with(e.defaults(), Map.of("n", "10000", "k", "100", "trainingRounds", "3"));
    var r = SweepRunner.run(e, p, SweepRunner.Options.inMemory(2, 1));
    assertThat(r.checks()).hasSize(1).allMatch(c -> c.passed(), "passed");
  }

  @Test
  void badParametersAreNamed() {
    var e = new PatternCompletion();
    assertThatThrownBy(() -> Params.with(e.defaults(), Map.of("cueFraction", "1.5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cueFraction=1.5");
    assertThatThrownBy(() -> Params.with(e.defaults(), Map.of("completionRounds", "0")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("completionRounds=0");
  }
}
