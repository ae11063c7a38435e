package org.assemblies.language.acquisition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.Experiments;
import org.assemblies.experiments.Figure;
import org.assemblies.experiments.Params;
import org.assemblies.experiments.Row;
import org.assemblies.experiments.SweepRunner;
import org.assemblies.experiments.Table;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;

class AcquisitionSweepTest {
  @Test
  void bothSweepsAreRegistered() {
    assertThat(Experiments.byName("acquisition-vs-lexicon").name()).isEqualTo("acquisition-vs-lexicon");
    assertThat(Experiments.byName("acquisition-vs-beta").name()).isEqualTo("acquisition-vs-beta");
  }

  /**
   * The lexicon sweep at the spec's parameters (n = 10⁵ costs no more than a smaller area: only
   * neurons that fired are simulated) for 4, 6 and 8 words, 3 seeds instead of 20, and runs cut at
   * 250 sentences instead of 500 (at 8 words 90% of 30 seeds needed ≤ 118): every check holds —
   * each mean within the spec's range widened by three standard errors, linear growth — and the plots
   * render.
   */
  @Test
  void smallLexiconSweepMatchesTheSpec() throws Exception {
    AcquisitionSweep e = AcquisitionSweep.lexiconSize();
    AcquisitionSweep.Params p = Params.with(e.defaults(), Map.of("values", "4,6,8", "maxSentences", "250"));
    SweepRunner.Result<AcquisitionSweep.Params> r = SweepRunner.run(e, p, SweepRunner.Options.inMemory(3, 2));
    assertThat(r.table().rows()).hasSize(3 * 3);
    assertThat(r.table().columns()).contains("lexicon", "sentences", "referenceCount", "learned", "ms");
    for (Check c : r.checks()) {
      assertThat(c.passed()).as("%s: %s, measured %s", c.name(), c.rule(), c.measured()).isTrue();
    }
    assertThat(r.checks()).hasSize(3 + 3);
    for (Figure f : e.figures(p, r.table())) {
      assertThat(BitmapEncoder.getBitmapBytes(f.chart(), BitmapEncoder.BitmapFormat.PNG).length).isGreaterThan(1000);
    }
  }

  @Test
  void runsThatNeverLearnedAreLeftOutEvenWhenReadBackFromDisk() {
    // trial files store NaN as text; the checks and plots must not read those cells as numbers
    AcquisitionSweep e = AcquisitionSweep.lexiconSize();
    AcquisitionSweep.Params p = Params.with(e.defaults(), Map.of("values", "4"));
    Table t = new Table(List.of(
        Row.of("lexicon", 4, "recovered", 1, "sentences", 60.0, "referenceCount", 59.0, "classified", 1,
            "learned", 60.0, "learnedCount", 59.0, "ms", 10.0),
        Row.of("lexicon", 4, "recovered", 1, "sentences", 52.0, "referenceCount", 51.0, "classified", 0,
            "learned", "NaN", "learnedCount", "NaN", "ms", 10.0),
        Row.of("lexicon", 4, "recovered", 0, "sentences", "NaN", "referenceCount", "NaN", "classified", 0,
            "learned", "NaN", "learnedCount", "NaN", "ms", 10.0)));
    List<Check> checks = e.checks(p, t);
    assertThat(checks.get(0).values()).containsExactly(59.0, 51.0);
    assertThat(checks.get(1).values()[0]).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-12)); // 1 of 3 runs
    assertThat(checks.get(1).passed()).isFalse();
    assertThat(e.figures(p, t)).hasSize(2);
  }

  @Test
  void theExtremeBetasMatchTheSpec() throws Exception {
    // β = 0.1 and 0.02 only, 3 seeds: the spec's ranges 32–47 and 130–153 (widened by 3 standard errors)
    AcquisitionSweep e = AcquisitionSweep.plasticity();
    AcquisitionSweep.Params p = Params.with(e.defaults(), Map.of("values", "0.1,0.02", "maxSentences", "250"));
    SweepRunner.Result<AcquisitionSweep.Params> r = SweepRunner.run(e, p, SweepRunner.Options.inMemory(3, 2));
    List<Check> ranges = r.checks().stream().filter(c -> c.name().startsWith("sentences until")).toList();
    assertThat(ranges).hasSize(2).allMatch(Check::passed);
    assertThat(ranges.get(1).mean()).isGreaterThan(2 * ranges.get(0).mean()); // β = 0.02 needs far more
  }
}
