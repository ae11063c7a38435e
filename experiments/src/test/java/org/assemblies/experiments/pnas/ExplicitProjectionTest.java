package org.assemblies.experiments.pnas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.assemblies.experiments.Params;
import org.assemblies.experiments.SweepRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplicitProjectionTest {
  @TempDir Path dir;

  @Test
  void lastTwoCapsAreIdentical() throws IOException {
    var e = new ExplicitProjection();
    // the spec's sizes, 4 seeds (≈0.4 s each)
    var r = SweepRunner.run(e, e.defaults(), new SweepRunner.Options(4, 2, 1, null, dir, null));
    assertThat(r.checks()).isNotEmpty().allMatch(c -> c.passed(), "passed");
    var last = r.table().where("round", 25);
    assertThat(last.values("overlapWithPrevious")).containsOnly(500.0);
    // a fixed point: the support stops growing (ours 1843–2127 over 10 seeds, fixed from step 15–17)
    assertThat(last.values("newNeurons")).containsOnly(0.0);
    assertThat(Arrays.stream(last.values("support")).allMatch(w -> w > 1000 && w < 4000)).isTrue();
    assertThat(r.files()).contains("explicit-projection.csv", "support.png", "overlap.png", "manifest.json");
  }

  @Test
  void badParametersAreNamed() {
    var e = new ExplicitProjection();
    assertThatThrownBy(() -> Params.with(e.defaults(), Map.of("rounds", "1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rounds=1");
    assertThatThrownBy(() -> Params.with(e.defaults(), Map.of("k", "250000")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k=250000");
  }
}
