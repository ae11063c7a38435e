package org.assemblies.experiments.pnas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.assemblies.experiments.Row;
import org.assemblies.experiments.SweepRunner;
import org.assemblies.experiments.Table;
import org.junit.jupiter.api.Test;

class MergeTest {
  /**
   * Reference sizes, 4 seeds (≈4 s). Ours over 10 seeds: A 2871 ± 105, B 2867 ± 102,
   * C 5627 ± 139; the reference with every pair connected: C 5512–5607 (3 runs).
   */
  @Test
  void supportsStayBounded() throws IOException {
    var e = new Merge();
    var r = SweepRunner.run(e, e.defaults(), SweepRunner.Options.inMemory(4, 2));
    ExperimentAssertions.allChecksPass(r, 4);
    Table t = r.table();
    for (Table trial : t.groupBy("trial").values()) {
      assertThat(trial.rows()).hasSize(51); // round 0 and 50 merge rounds
      int previous = 0;
      for (Row row : trial.rows()) { // supports never shrink
        assertThat((int) row.num("supportC")).isGreaterThanOrEqualTo(previous);
        previous = (int) row.num("supportC");
      }
      Row last = trial.rows().get(50);
      assertThat(last.num("supportC")).isGreaterThan(last.num("supportA"));
      assertThat(last.num("newNeuronsC")).isLessThan(20); // nearly converged
    }
  }

  @Test
  void badParametersAreNamed() {
    var e = new Merge();
    ExperimentAssertions.rejects(e, "rounds", "0");
    ExperimentAssertions.rejects(e, "n", "1");
  }
}
