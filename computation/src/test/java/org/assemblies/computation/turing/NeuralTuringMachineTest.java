package org.assemblies.computation.turing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void rendersTheTapeAroundTheHead() {
    var s = new NeuralTuringMachine.Snapshot("q", '1', "0__", "10_");
    assertThat(s.render('_')).isEqualTo("0[1]10");
    assertThatThrownBy(() -> new NeuralTuringMachine.Config(100, 100, 0.4, 0.1, 15, 1, 4)).hasMessageContaining("k=100");
  }
}
