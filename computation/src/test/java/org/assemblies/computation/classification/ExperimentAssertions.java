package org.assemblies.computation.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.Figure;
import org.assemblies.experiments.Params;
import org.assemblies.experiments.SweepRunner;
import org.knowm.xchart.BitmapEncoder;

/** Assertions shared by the experiment tests. */
final class ExperimentAssertions {
  private ExperimentAssertions() {}

  /** The run is complete, has {@code count} checks and each passed (naming it). */
  static void allChecksPass(SweepRunner.Result<?> r, int count) {
    assertThat(r.complete()).isTrue();
    assertThat(r.checks()).hasSize(count);
    for (Check c : r.checks()) {
      assertThat(c.passed())
          .as("%s: expected %s, rule %s, measured %s", c.name(), c.expected(), c.rule(), c.measured())
          .isTrue();
    }
  }

  /** Every figure renders to a PNG. */
  static <P extends Record> void figuresRender(Experiment<P> e, P params, SweepRunner.Result<?> r)
      throws Exception {
    var figures = e.figures(params, r.table());
    assertThat(figures).isNotEmpty();
    for (Figure f : figures) {
      byte[] png = BitmapEncoder.getBitmapBytes(f.chart(), BitmapEncoder.BitmapFormat.PNG);
      assertThat(png.length).as(f.file()).isGreaterThan(1000);
    }
  }

  /** Overriding {@code name} with {@code value} is refused with a message naming it. */
  static <P extends Record> void rejects(Experiment<P> e, String name, String value) {
    assertThatThrownBy(() -> Params.with(e.defaults(), Map.of(name, value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(name);
  }
}
