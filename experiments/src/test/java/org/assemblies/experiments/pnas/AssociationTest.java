package org.assemblies.experiments.pnas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.assemblies.experiments.SweepRunner;
import org.assemblies.experiments.Table;
import org.junit.jupiter.api.Test;

class AssociationTest {
  /**
   * Reference sizes, 4 seeds (≈3 s). Ours over 12 seeds: proj(A)∩proj(B) 1.0 ± 1.2 (0–3);
   * proj(A)∩associated 160 ± 10, proj(B)∩associated 159 ± 10; old proj(A)∩new proj(B) 38 ± 6.
   */
  @Test
  void reproducesTheReferenceTest() throws IOException {
    var e = new Association();
    var r = SweepRunner.run(e, e.defaults(), SweepRunner.Options.inMemory(4, 2));
    ExperimentAssertions.allChecksPass(r, 5);
    Table t = r.table();
    assertThat(t.rows()).hasSize(4 * 40); // 4 phases of 10 steps of C per trial
    // at the end of the joint phase C's cap holds about half of each single image
    for (double v : t.where("round", 30).values("overlapProjA")) {
      assertThat(v).isBetween(120.0, 200.0);
    }
    // C's cap at the end of phase A→C is proj(A) itself
    assertThat(t.where("round", 10).values("overlapProjA")).containsOnly(317.0);
  }

  @Test
  void badParametersAreNamed() {
    var e = new Association();
    ExperimentAssertions.rejects(e, "associationRounds", "0");
    ExperimentAssertions.rejects(e, "k", "0");
    ExperimentAssertions.rejects(e, "beta", "-0.1");
  }
}
