package org.assemblies.experiments.pnas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.assemblies.experiments.Params;
import org.assemblies.experiments.SweepRunner;
import org.junit.jupiter.api.Test;

class FirstCapsOverlapTest {
  @Test
  void overlapOfTheFirstTwoCapsMatchesTheReference() throws IOException {
    var e = new FirstCapsOverlap();
    var r = SweepRunner.run(e, e.defaults(), SweepRunner.Options.inMemory(e.defaultSeeds(), 2));
    assertThat(r.checks()).hasSize(6).allMatch(c -> c.passed(), "passed");
    // stronger plasticity keeps more of the first cap
    var s = r.table().series("beta", "overlapFraction");
    assertThat(s.mean()[0]).isLessThan(s.mean()[1]);
    assertThat(s.mean()[1]).isLessThan(s.mean()[2]);
    // β = 0.25: "about half" (ours 0.505 ± 0.024 over 200 seeds)
    assertThat(s.mean()[2]).isBetween(0.45, 0.55);
    assertThat(e.figures(e.defaults(), r.table())).hasSize(1);
  }

  @Test
  void badParametersAreNamed() {
    var e = new FirstCapsOverlap();
    assertThatThrownBy(() -> Params.with(e.defaults(), Map.of("betas", "")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("betas");
    assertThatThrownBy(() -> Params.with(e.defaults(), Map.of("n", "1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n=1");
  }
}
