package org.assemblies.language.nemo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.Experiments;
import org.assemblies.experiments.Figure;
import org.assemblies.experiments.Params;
import org.assemblies.experiments.SweepRunner;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;

class WordOrderExperimentTest {
  @Test
  void registeredAndPassingOnOneOrderAndTwoMoods() throws Exception {
    assertThat(Experiments.byName("nemo-word-order")).isInstanceOf(WordOrderExperiment.class);
    WordOrderExperiment e = new WordOrderExperiment();
    WordOrderExperiment.Params p = Params.with(e.defaults(), java.util.Map.of("orders", "OVS"));
    assertThat(e.points(p)).hasSize(2);
    SweepRunner.Result<WordOrderExperiment.Params> r = SweepRunner.run(e, p, SweepRunner.Options.inMemory(1, 1));
    assertThat(r.complete()).isTrue();
    assertThat(r.table().rows()).hasSize(3); // OVS, and the two moods of one brain
    assertThat(r.table().distinct("label")).hasSize(3);
    for (Check c : r.checks()) {
      assertThat(c.passed()).as("%s: %s, measured %s", c.name(), c.rule(), c.measured()).isTrue();
    }
    List<Figure> figures = e.figures(p, r.table());
    assertThat(BitmapEncoder.getBitmapBytes(figures.getFirst().chart(), BitmapEncoder.BitmapFormat.PNG).length)
        .isGreaterThan(1000);
  }
}
