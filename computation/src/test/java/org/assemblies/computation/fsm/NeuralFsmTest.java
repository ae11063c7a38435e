package org.assemblies.computation.fsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.Params;
import org.assemblies.experiments.SweepRunner;
import org.junit.jupiter.api.Test;

class NeuralFsmTest {

  /** The paper's setting: the transitions are computed by the dynamics, with full overlap. */
  @Test
  void divisibleBy3AtThePapersSettingRunsEveryString() throws IOException {
    FsmRecognition e = FsmRecognition.divisibleBy3();
    // one seed, 200 random strings (the report runs 3 seeds: 200/200 right in each)
    var r = SweepRunner.run(e, Params.with(e.defaults(), Map.of()), SweepRunner.Options.inMemory(1, 1));
    for (Check c : r.checks()) {
      assertThat(c.passed()).as(c.name() + ": " + c.measured()).isTrue();
    }
    assertThat(r.table().where("input", "30471").values("acceptOverlap")).containsExactly(1.0);
  }

  @Test
  void aSparserNetworkMakesMistakes() throws IOException {
    FsmRecognition e = FsmRecognition.divisibleBy3();
    var small = Params.with(e.defaults(), Map.of("stateNeurons", "500", "p", "0.1", "strings", "60"));
    var r = SweepRunner.run(e, small, SweepRunner.Options.inMemory(1, 1));
    double acc = r.table().where("input", "random").values("decisionCorrect").length == 0 ? 1
        : java.util.Arrays.stream(r.table().where("input", "random").values("decisionCorrect")).average().orElseThrow();
    assertThat(acc).isLessThan(0.99).isGreaterThan(0.3); // ours ≈0.6 at p = 0.1
  }

  @Test
  void runValidatesItsInput() {
    NeuralFsm m = new NeuralFsm(Dfa.evenZeros(), new NeuralFsm.Config(300, 300, 600, 20, 0.3, 0.1), 1);
    assertThatThrownBy(() -> m.run(new int[] {5})).hasMessageContaining("symbol 5 must be in [0, 3)");
    assertThatThrownBy(() -> new NeuralFsm(Dfa.divisibleBy3(), new NeuralFsm.Config(300, 300, 600, 30, 0.3, 0.1), 1))
        .hasMessageContaining("symbolNeurons=300");
    assertThatThrownBy(() -> m.train(0)).hasMessageContaining("presentations=0");
  }

  @Test
  void sweepLeadsWithTheDecision() throws IOException {
    FsmSweep e = FsmSweep.presentations();
    var quick = Params.with(e.defaults(), Map.of("values", "8,15", "strings", "40"));
    var r = SweepRunner.run(e, quick, SweepRunner.Options.inMemory(1, 2));
    assertThat(r.checks()).allMatch(Check::passed);
    double at15 = java.util.Arrays.stream(r.table().where("presentations", 15).values("decisionCorrect")).average().orElseThrow();
    assertThat(at15).isEqualTo(1.0);
  }
}
