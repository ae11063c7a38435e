package org.assemblies.computation.turing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InterpreterTest {
  static Interpreter.Configuration last(String machine, String input) {
    List<Interpreter.Configuration> t = Interpreter.run(TuringMachine.builtin(machine), input, 10_000);
    return t.get(t.size() - 1);
  }

  static String tape(String machine, String input) {
    TuringMachine m = TuringMachine.builtin(machine);
    return last(machine, input).render(m.blank()).replace(String.valueOf(m.blank()), " ").strip();
  }

  @Test
  void binaryIncrement() {
    assertThat(tape("binary-increment", "1011")).isEqualTo("1100");
    assertThat(tape("binary-increment", "111")).isEqualTo("1000");
    assertThat(tape("binary-increment", "0")).isEqualTo("1");
    assertThat(last("binary-increment", "1011").state()).isEqualTo("done");
  }

  @Test
  void palindromes() {
    for (String w : List.of("", "a", "abba", "aba", "babab")) {
      assertThat(last("palindrome", w).state()).as(w).isEqualTo("accept");
    }
    for (String w : List.of("ab", "aab", "abab")) {
      assertThat(last("palindrome", w).state()).as(w).isEqualTo("reject");
    }
  }

  @Test
  void unaryAddition() {
    assertThat(tape("unary-add", "11+111")).isEqualTo("11111");
    assertThat(tape("unary-add", "1+1")).isEqualTo("11");
  }

  @Test
  void busyBeaverHaltsAfterSixStepsWithFourOnes() {
    List<Interpreter.Configuration> t = Interpreter.run(TuringMachine.builtin("busy-beaver-2"), "", 100);
    assertThat(t).hasSize(7);
    assertThat(t.get(6).state()).isEqualTo("H");
    assertThat(t.get(6).tape().values()).containsOnly('1').hasSize(4);
  }

  /** Orders follow the file (never a hash order, which changes from one JVM run to the next). */
  @Test
  void statesAndSymbolsKeepTheFilesOrder() {
    TuringMachine m = TuringMachine.builtin("palindrome");
    assertThat(m.states()).startsWith("start", "seekA", "seekB", "accept", "lastA");
    assertThat(m.symbols()).containsExactly('_', 'a', 'b');
    assertThat(m.delta().keySet()).startsWith("start", "seekA", "seekB", "lastA");
  }

  @Test
  void badMachinesAreReportedWithTheirLine() {
    assertThatThrownBy(() -> TuringMachine.parse("blank: _\nstart: a\na 0 -> b 1 X\n", "m.tm"))
        .hasMessageContaining("m.tm:3").hasMessageContaining("move must be L or R");
    assertThatThrownBy(() -> TuringMachine.parse("blank: _\nstart: a\na 0 -> b 1 R\na 0 -> c 1 R\n", "m.tm"))
        .hasMessageContaining("defined twice");
    assertThatThrownBy(() -> TuringMachine.parse("start: a\n", "m.tm")).hasMessageContaining("'blank:'");
    assertThatThrownBy(() -> TuringMachine.builtin("nope")).hasMessageContaining("unknown machine 'nope'");
    assertThatThrownBy(() -> Interpreter.initial(TuringMachine.builtin("unary-add"), "12"))
        .hasMessageContaining("'2' is not in the alphabet");
  }
}
