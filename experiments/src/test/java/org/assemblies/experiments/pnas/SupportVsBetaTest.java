package org.assemblies.experiments.pnas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.assemblies.experiments.Params;
import org.assemblies.experiments.SweepRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportVsBetaTest {
  @TempDir Path dir;

  @Test
  void reproducesTheReferenceSupportsAndConvergenceRounds() throws IOException {
    var e = new SupportVsBeta();
    // the full sweep at the spec's sizes: 9 β × 8 seeds × 100 rounds, ≈4 s on two threads
    var r = SweepRunner.run(e, e.defaults(), new SweepRunner.Options(8, 2, 1, null, dir, null));
    assertThat(r.checks()).hasSize(27).allMatch(c -> c.passed(), "passed");
    // the smaller β, the larger the final support
    var last = r.table().where("round", 100).series("beta", "supportOverK");
    double[] betas = last.x();
    for (int i = 1; i < betas.length; i++) {
      assertThat(betas[i]).isLessThan(betas[i - 1]);
      assertThat(last.mean()[i]).isGreaterThan(last.mean()[i - 1]);
    }
    // β = 0.05: the plateau of the reference runs (3.8–4.0 k)
    assertThat(last.mean()[3]).isBetween(3.6, 4.2);
    assertThat(r.files()).contains("support-vs-beta.csv", "support.png", "final-support.png");
  }

  @Test
  void convergenceRoundIsTheLastRoundThatBroughtANewNeuron() {
    assertThat(SupportVsBeta.convergenceRound(new int[] {317, 40, 3, 0, 1, 0, 0})).isEqualTo(5);
    assertThat(SupportVsBeta.convergenceRound(new int[] {317, 0})).isEqualTo(1);
    assertThat(SupportVsBeta.convergenceRound(new int[] {317, 2, 0, 1})).isEqualTo(-1);
  }

  @Test
  void otherParametersKeepOnlyTheGeneralChecks() throws IOException {
    var e = new SupportVsBeta();
    var p = Params.with(e.defaults(), Map.of("n", "10000", "k", "100", "betas", "0.1,0.05", "rounds", "20"));
    var r = SweepRunner.run(e, p, SweepRunner.Options.inMemory(2, 2));
    assertThat(r.checks()).hasSize(2).allMatch(c -> c.passed(), "passed")
        .allMatch(c -> c.name().startsWith("support never shrinks"));
  }

  @Test
  void badParametersAreNamed() {
    var e = new SupportVsBeta();
    assertThatThrownBy(() -> Params.with(e.defaults(), Map.of("betas", "0.1,-0.05")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("betas").hasMessageContaining("-0.05");
    assertThatThrownBy(() -> Params.with(e.defaults(), Map.of("p", "0")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p=0");
  }
}
