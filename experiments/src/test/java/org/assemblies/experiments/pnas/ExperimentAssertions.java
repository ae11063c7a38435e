package org.assemblies.experiments.pnas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.Params;
import org.assemblies.experiments.SweepRunner;

/** Assertions shared by the experiment tests: every check passed, bad parameters are named. */
final class ExperimentAssertions {
  private ExperimentAssertions() {}

  /** Asserts the run is complete, has {@code count} checks and that each passed (naming it). */
  static void allChecksPass(SweepRunner.Result<?> r, int count) {
    assertThat(r.complete()).isTrue();
    assertThat(r.checks()).hasSize(count);
    for (Check c : r.checks()) {
      assertThat(c.passed())
          .as("%s: expected %s, rule %s, measured %s", c.name(), c.expected(), c.rule(), c.measured())
          .isTrue();
    }
  }

  /** The values as a list, for AssertJ's element assertions. */
  static java.util.List<Double> list(double[] values) {
    return java.util.Arrays.stream(values).boxed().toList();
  }

  /** Asserts that overriding {@code name} with {@code value} is refused with a message naming it. */
  static <P extends Record> void rejects(Experiment<P> e, String name, String value) {
    assertThatThrownBy(() -> Params.with(e.defaults(), Map.of(name, value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(name);
  }
}
