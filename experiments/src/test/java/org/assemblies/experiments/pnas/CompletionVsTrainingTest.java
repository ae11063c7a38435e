package org.assemblies.experiments.pnas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.assemblies.experiments.Params;
import org.assemblies.experiments.SweepRunner;
import org.junit.jupiter.api.Test;

class CompletionVsTrainingTest {
  @Test
  void completionSwitchesOnBetweenTwentyThreeAndThirtyRounds() throws IOException {
    var e = new CompletionVsTraining();
    // 8 seeds, each trial covers t = 20…30 (≈0.4 s per trial)
    var r = SweepRunner.run(e, e.defaults(), SweepRunner.Options.inMemory(8, 2));
    assertThat(r.checks()).hasSize(4).allMatch(c -> c.passed(), "passed");
    var s = r.table().series("training", "recoveredFraction");
    assertThat(s.x()).containsExactly(20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30);
    // rising from ≈0 at t=23 to ≈0.85 at t=30
    assertThat(s.mean()[3]).isLessThan(0.1);
    assertThat(s.mean()[10]).isGreaterThan(s.mean()[7]).isGreaterThan(0.75);
    assertThat(s.mean()[7]).isGreaterThan(s.mean()[5]);
    // the cue: int(317 · 0.4) = 126 neurons, chosen once per trial
    assertThat(r.table().values("cueSize")).containsOnly(126.0);
    assertThat(e.figures(e.defaults(), r.table())).hasSize(1);
  }

  @Test
  void cuesAreDistinctNeuronsOfTheAssembly() {
    int[] assembly = {3, 8, 13, 21, 34, 55, 89, 144, 233, 377};
    int[] cue = Cues.sample(assembly, 4, 99);
    assertThat(cue).hasSize(4).isSorted().doesNotHaveDuplicates();
    assertThat(Arrays.stream(cue).allMatch(i -> Arrays.binarySearch(assembly, i) >= 0)).isTrue();
    assertThat(Cues.sample(assembly, 4, 99)).isEqualTo(cue);
    assertThat(Cues.size(317, 0.4)).isEqualTo(126);
    assertThat(Cues.size(317, 0.5)).isEqualTo(158);
  }

  @Test
  void badParametersAreNamed() {
    var e = new CompletionVsTraining();
    assertThatThrownBy(() -> Params.with(e.defaults(), Map.of("maxTraining", "19")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTraining=19");
    assertThatThrownBy(() -> Params.with(e.defaults(), Map.of("minTraining", "1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minTraining=1");
  }
}
