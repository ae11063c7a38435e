package org.assemblies.computation.turing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every step's state, head symbol and tape, read out of the network, equal the interpreter's. */
class NeuralTuringMachineTest {

  @ParameterizedTest
  @CsvSource({
    "binary-increment, 1011, 1",
    "binary-increment, 111, 2",
    "binary-increment, 0, 3",
    "palindrome, abba, 1",
    "palindrome, aba, 2",
    "palindrome, abab, 3",
    "unary-add, 11+111, 1",
    "unary-add, 1+1, 2",
    "busy-beaver-2, '', 1",
    "busy-beaver-2, '', 2",
  })
  void agreesWithTheInterpreterAtEveryStep(String machine, String input, long seed) {
    NeuralTuringMachine m = new NeuralTuringMachine(TuringMachine.builtin(machine),
        NeuralTuringMachine.Config.standard(), seed);
    NeuralTuringMachine.Trace t = m.run(input, 200);
    assertThat(t.firstMismatch()).as("first step where the network differs").isEqualTo(-1);
    assertThat(t.neural()).hasSameSizeAs(t.reference());
    assertThat(t.neural().get(t.neural().size() - 1)).isEqualTo(t.reference().get(t.reference().size() - 1));
  }

  /** Every round of a step is run by interneuron populations: the ring and the per-area units. */
  @Test
  void stepsAreRunByInterneuronPopulations() {
    NeuralTuringMachine.Config c = NeuralTuringMachine.Config.standard();
    NeuralTuringMachine m = new NeuralTuringMachine(TuringMachine.builtin("busy-beaver-2"), c, 1);
    m.load("");
    assertThat(m.step()).isTrue(); // A, 0 → write 1, move right: push onto the left half, pop the right
    List<List<String>> rounds = m.lastRounds();
    assertThat(rounds).hasSize(c.buildRounds() + 5);
    assertThat(rounds.get(0)).containsExactly("settle");
    assertThat(rounds.get(1)).containsExactly("settle2");
    assertThat(rounds.get(2)).containsExactly("go");
    assertThat(rounds.get(3)).containsExactly("arc");
    assertThat(rounds.get(4)).contains("b1").anyMatch(p -> p.startsWith("build1L"));
    assertThat(rounds.get(5)).contains("b2").anyMatch(p -> p.startsWith("build2L"));
    assertThat(rounds.get(rounds.size() - 1)).contains("pop").anyMatch(p -> p.startsWith("retireL"))
        .anyMatch(p -> p.startsWith("popR"));
    while (m.step()) {
      assertThat(m.read(4).state()).isIn("A", "B", "H");
    }
    assertThat(m.lastRounds().get(m.lastRounds().size() - 1)).contains("halt");
    assertThat(m.read(6).render('0')).isEqualTo("11[1]1"); // four 1s: the 2-state busy beaver
  }

  @Test
  void rendersTheTapeAroundTheHead() {
    var s = new NeuralTuringMachine.Snapshot("q", '1', "0__", "10_");
    assertThat(s.render('_')).isEqualTo("0[1]10");
    assertThatThrownBy(() -> new NeuralTuringMachine.Config(100, 100, 0.4, 0.1, 15, 1, 4)).hasMessageContaining("k=100");
  }
}
