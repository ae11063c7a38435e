package org.assemblies.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.assemblies.experiments.Check;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.Experiments;
import org.assemblies.experiments.Figure;
import org.assemblies.experiments.SweepRunner;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;

class ParserGoldenTest {
  @Test
  void theExperimentIsRegistered() {
    assertThat(new LanguageExperiments().experiments()).extracting(Experiment::name)
        .containsExactly("parser-golden", "parser-embedded", "nemo-word-order");
    assertThat(Experiments.byName("parser-golden").name()).isEqualTo("parser-golden");
  }

  @Test
  void everyGoldenSentenceIsParsedExactlyForEverySeed() throws Exception {
    ParserGolden e = new ParserGolden();
    SweepRunner.Result<ParserConfig> r = SweepRunner.run(e, e.defaults(), SweepRunner.Options.inMemory(2, 1));
    assertThat(r.complete()).isTrue();
    assertThat(r.table().rows()).hasSize(2 * 13);
    assertThat(r.table().columns()).contains("sentence", "expected", "got", "correct");
    for (Check c : r.checks()) {
      assertThat(c.passed()).as("%s: %s, measured %s", c.name(), c.rule(), c.measured()).isTrue();
    }
    assertThat(r.checks()).hasSize(2);
    for (Figure f : e.figures(e.defaults(), r.table())) {
      assertThat(BitmapEncoder.getBitmapBytes(f.chart(), BitmapEncoder.BitmapFormat.PNG).length).isGreaterThan(1000);
    }
  }

  @Test
  void withTheReferencesSingleAdjectiveAreaTheFixCheckFails() throws Exception {
    ParserGolden e = new ParserGolden();
    SweepRunner.Result<ParserConfig> r = SweepRunner.run(e, ParserConfig.reference(), SweepRunner.Options.inMemory(1, 1));
    assertThat(r.checks().get(0).passed()).isTrue(); // the spec's sentences have at most one adjective per noun
    assertThat(r.checks().get(1).passed()).isFalse();
  }
}
