package org.assemblies.computation.turing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.core.Brain;
import org.assemblies.core.Seeds;
import org.junit.jupiter.api.Test;

class HalfTapeTest {

  static Brain brain(long seed, int symbols, int k) {
    Brain b = Brain.builder(0.4).seed(seed).maxWeight(8).build();
    b.addExplicitArea("I", symbols * k, k, 0.0);
    return b;
  }

  /** Random pushes and pops against a reference stack; popping past the bottom reads blank. */
  @Test
  void behavesAsAStack() {
    int symbols = 4; // 0 is blank
    int k = 30;
    for (long seed = 1; seed <= 2; seed++) {
      Brain b = brain(seed, symbols, k);
      HalfTape tape = new HalfTape(b, "H", 1000, k, "I", 0, 1.0, 4, seed);
      Deque<Integer> ref = new ArrayDeque<>();
      UniformRandomProvider rng = Seeds.stream(seed, 3);
      int ops = 0;
      int errors = 0;
      for (int i = 0; i < 80; i++) {
        boolean push = ref.size() < 2 || rng.nextInt(3) > 0 && ref.size() < 12;
        if (push) {
          int s = 1 + rng.nextInt(symbols - 1);
          tape.push(s);
          ref.push(s);
        } else {
          int expected = ref.isEmpty() ? 0 : ref.pop();
          int got = tape.pop(symbols);
          errors += got == expected ? 0 : 1;
        }
        ops++;
        tape.hold();
      }
      while (!ref.isEmpty()) {
        errors += tape.pop(symbols) == ref.pop() ? 0 : 1;
      }
      for (int i = 0; i < 4; i++) { // the blank loop below
        errors += tape.pop(symbols) == 0 ? 0 : 1;
      }
      assertThat(errors).as("seed %d, %d operations", seed, ops).isZero();
    }
  }
}
