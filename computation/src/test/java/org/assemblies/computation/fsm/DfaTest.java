package org.assemblies.computation.fsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DfaTest {
  @Test
  void divisibleBy3AcceptsExactlyTheMultiplesOfThree() {
    Dfa d = Dfa.divisibleBy3();
    assertThat(d.transitions()).hasSize(33);
    for (int x = 0; x < 400; x++) {
      assertThat(d.accepts(NeuralFsm.decimalInput(Integer.toString(x)))).as("%d", x).isEqualTo(x % 3 == 0);
    }
    assertThat(d.run(NeuralFsm.decimalInput("30471"))).containsExactly(0, 0, 0, 1, 2, 0, 3);
  }

  @Test
  void evenZerosCountsZeros() {
    Dfa d = Dfa.evenZeros();
    assertThat(d.accepts(new int[] {0, 1, 0, 2})).isTrue();
    assertThat(d.accepts(new int[] {0, 1, 1, 2})).isFalse();
    assertThat(d.accepts(new int[] {1, 2})).isTrue();
  }

  @Test
  void badTablesAreRejected() {
    assertThatThrownBy(() -> new Dfa("x", List.of("a"), List.of("0"),
        List.of(new Dfa.Transition(0, 0, 0), new Dfa.Transition(0, 0, 0)), List.of()))
        .hasMessageContaining("defined twice");
    assertThatThrownBy(() -> new Dfa("x", List.of("a"), List.of("0"),
        List.of(new Dfa.Transition(0, 1, 0)), List.of())).hasMessageContaining("symbols must be in [0, 1)");
    assertThatThrownBy(() -> NeuralFsm.decimalInput("3a")).hasMessageContaining("not a decimal number");
  }
}
