package org.assemblies.computation.fsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.assemblies.core.Seeds;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.Params;
import org.assemblies.experiments.SweepRunner;
import org.junit.jupiter.api.Test;

class NeuralPfaTest {
  @Test
  void generatesGrammaticalVariedSentences() throws IOException {
    PfaSentences e = new PfaSentences();
    var r = SweepRunner.run(e, Params.with(e.defaults(), Map.of("sentences", "40")), SweepRunner.Options.inMemory(1, 1));
    for (Check c : r.checks()) {
      assertThat(c.passed()).as(c.name() + ": " + c.measured()).isTrue();
    }
    assertThat(r.table().distinct("sentence")).contains("the boy throws a ball");
  }

  @Test
  void theCoinIsARealCoin() {
    NeuralPfa m = new NeuralPfa(NeuralPfa.sentenceAutomaton(), 7, 8,
        new NeuralPfa.Config(600, 500, 1200, 600, 40, 0.4, 0.1), 3);
    var rng = Seeds.stream(3, 1);
    int ones = 0;
    for (int i = 0; i < 100; i++) {
      ones += m.flip(rng);
    }
    assertThat(ones).isBetween(15, 85); // both outcomes occur; the network's own bias varies
  }

  @Test
  void badTransitionsAreRejected() {
    assertThatThrownBy(() -> new NeuralPfa(List.of(new NeuralPfa.Transition(0, 2, 0, 0)), 2, 2,
        NeuralPfa.Config.standard(), 1)).hasMessageContaining("coin 0/1");
    assertThatThrownBy(() -> new NeuralPfa.Config(1000, 500, 5000, 100, 70, 0.25, 0.1))
        .hasMessageContaining("randomNeurons=100");
  }
}
