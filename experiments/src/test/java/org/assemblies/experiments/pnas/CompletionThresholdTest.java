package org.assemblies.experiments.pnas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.assemblies.experiments.Params;
import org.assemblies.experiments.SweepRunner;
import org.junit.jupiter.api.Test;

class CompletionThresholdTest {
  @Test
  void completionSwitchesOnBetweenFifteenAndTwentyRounds() throws IOException {
    var e = new CompletionThreshold();
    // 8 seeds, each trial covers t = 10…25 (≈0.5 s per trial)
    var r = SweepRunner.run(e, e.defaults(), SweepRunner.Options.inMemory(8, 2));
    assertThat(r.checks()).hasSize(3).allMatch(c -> c.passed(), "passed");
    var s = r.table().series("training", "recoveredFraction");
    assertThat(s.x()).hasSize(16).startsWith(10).endsWith(25);
    // t=15 fails, t=20 and later complete (ours 0.010 ± 0.009, 0.921 ± 0.024 over 40 seeds)
    assertThat(s.mean()[5]).isLessThan(0.05);
    assertThat(s.mean()[10]).isGreaterThan(0.85);
    assertThat(s.mean()[15]).isGreaterThanOrEqualTo(s.mean()[10]);
  }

  @Test
  void badParametersAreNamed() {
    var e = new CompletionThreshold();
    assertThatThrownBy(() -> Params.with(e.defaults(), Map.of("cueFraction", "0")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cueFraction=0");
    assertThatThrownBy(() -> Params.with(e.defaults(), Map.of("beta", "-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beta=-1");
  }
}
