package org.assemblies.computation.sequences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.assemblies.core.Assembly;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.SweepRunner;
import org.junit.jupiter.api.Test;

class SequenceRecallTest {

  @Test
  void reproducesTheDemoCurvesOverTenSeeds() throws IOException {
    SequenceRecall e = new SequenceRecall();
    var r = SweepRunner.run(e, e.defaults(), SweepRunner.Options.inMemory(10, 2));
    assertThat(r.checks()).hasSize(15);
    for (Check c : r.checks()) {
      assertThat(c.passed()).as(c.name() + ": " + c.measured() + " " + c.rule()).isTrue();
    }
    // after 7 presentations both replay the whole sequence in order
    assertThat(java.util.Arrays.stream(r.table().where("presentation", 7).values("recall")).min().orElseThrow())
        .isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void recallReplaysTheSequenceInOrderAfterTraining() {
    SequenceMemory m = new SequenceMemory(new SequenceMemory.Config(300, 300, 15, 0.5, 0.2, true), 3);
    List<int[]> seq = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      seq.add(SequenceMemory.stimulus(i, 15));
    }
    List<Assembly> first = m.present(seq);
    for (int i = 0; i < 5; i++) {
      m.present(seq);
    }
    List<Assembly> replay = m.recall(seq.get(0), 8);
    for (int i = 0; i < 8; i++) {
      assertThat(replay.get(i).overlapFraction(first.get(i))).as("item %d", i).isGreaterThan(0.8);
    }
    // distinct items are distinct assemblies
    assertThat(first.get(2).overlapFraction(first.get(5))).isLessThan(0.3);
    assertThat(m.brain().isPlasticityEnabled()).isTrue();
  }

  @Test
  void badParametersAreNamed() {
    assertThatThrownBy(() -> new SequenceRecall.Params(1000, 1000, 30, 0.4, 0.1, 40, 7))
        .hasMessageContaining("length=40").hasMessageContaining("[2, 33]");
    assertThatThrownBy(() -> new SequenceMemory.Config(10, 1000, 30, 0.4, 0.1, false))
        .hasMessageContaining("inputs=10");
    assertThatThrownBy(() -> new SequenceMemory.Config(1000, 1000, 30, 0, 0.1, false))
        .hasMessageContaining("p=0");
  }
}
