package org.assemblies.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TmCommandTest {
  @Test
  void runsTheBusyBeaverOnAssemblies() {
    CliTest.Result r = CliTest.run("tm", "run", "busy-beaver-2");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("   6  H          11[1]1", "agrees with the interpreter at all 6 steps");
  }

  @Test
  void badMachinesAndInputsExitTwo() {
    assertThat(CliTest.run("tm", "run", "nope").code()).isEqualTo(2);
    assertThat(CliTest.run("tm", "run", "palindrome", "abc").code()).isEqualTo(2);
    assertThat(CliTest.run("tm", "run", "palindrome", "ab", "--max-steps", "0").errLines()).hasSize(1);
  }
}
