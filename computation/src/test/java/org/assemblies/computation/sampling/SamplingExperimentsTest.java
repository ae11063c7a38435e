package org.assemblies.computation.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.Experiments;
import org.assemblies.experiments.Params;
import org.assemblies.experiments.SweepRunner;
import org.junit.jupiter.api.Test;

/** The three experiments at small sizes (the defaults are the authors' and take minutes). */
class SamplingExperimentsTest {
  /** {@link CoinFlipTest#MEDIUM} as parameter overrides. */
  private static final Map<String, String> MEDIUM = Map.of("n", "3000", "k", "300", "contextN", "900",
      "lambda", "14.4", "beta", String.valueOf(Math.log(1000) / 14.4));

  private static Map<String, String> with(Map<String, String> base, String... more) {
    var m = new java.util.HashMap<>(base);
    for (int i = 0; i < more.length; i += 2) {
      m.put(more[i], more[i + 1]);
    }
    return m;
  }

  private static void allPass(SweepRunner.Result<?> r, int count) {
    assertThat(r.complete()).isTrue();
    assertThat(r.checks()).hasSize(count);
    for (Check c : r.checks()) {
      assertThat(c.passed()).as("%s: expected %s, rule %s, measured %s", c.name(), c.expected(), c.rule(),
          c.measured()).isTrue();
    }
  }

  @Test
  void theExperimentsAreRegistered() {
    assertThat(Experiments.all().stream().map(e -> e.name()))
        .contains("coinflip-sampler", "coinflip-markov", "coinflip-babbler");
    assertThat(Experiments.byName("coinflip-markov")).isInstanceOf(MarkovLearning.class);
  }

  @Test
  void samplerCurve() throws IOException {
    var e = new SamplerCurve();
    var p = Params.with(e.defaults(), with(MEDIUM, "countsA", "2,20,200", "samples", "100"));
    var r = SweepRunner.run(e, p, SweepRunner.Options.inMemory(3, 2));
    allPass(r, 4); // undecided, the Φ form, frequency tracking, equal counts
    var pa = r.table().series("countA", "pA");
    assertThat(pa.mean()[0]).isLessThan(pa.mean()[1]);
    assertThat(pa.mean()[1]).isLessThan(pa.mean()[2]);
    assertThat(r.table().where("countA", 20).values("gap")).containsOnly(0.0);
    assertThat(e.figures(p, r.table())).hasSize(2);
  }

  @Test
  void markovChain() throws IOException {
    var e = new MarkovLearning();
    var p = Params.with(e.defaults(), with(MEDIUM, "samplesPerState", "150", "simulateSteps", "60"));
    var r = SweepRunner.run(e, p, SweepRunner.Options.inMemory(2, 2));
    allPass(r, 4); // undecided, slope, calibration per bin, simulated path
    assertThat(r.table().where("kind", "transition").rows()).hasSize(2 * 9);
    assertThat(r.table().where("kind", "summary").rows()).hasSize(2)
        .allMatch(row -> row.str("path").length() == 61);
    assertThat(e.figures(p, r.table())).hasSize(2);
  }

  @Test
  void markovChainAtFullConnectivityFollowsTheCapModel() throws IOException {
    // noise 17.5 is where the cap model calibrates these sizes best (counts 40 : 60 → 0.40)
    var e = new MarkovLearning();
    var p = Params.with(e.defaults(), with(MEDIUM, "p", "1", "noise", "17.5", "samplesPerState", "600",
        "simulateSteps", "20"));
    var r = SweepRunner.run(e, p, SweepRunner.Options.inMemory(2, 2));
    allPass(r, 6); // the four above, the cap model, 1/50 on well-sampled rows
    assertThat(r.table().where("kind", "transition").rows()).allMatch(row -> row.has("capModel"));
    assertThat(Arrays.stream(r.table().where("kind", "summary").values("maxCapModelVsFrequency")).max().orElseThrow())
        .isLessThan(0.05);
  }

  @Test
  void babbler() throws IOException {
    var e = new Babbling();
    var p = Params.with(e.defaults(), Map.of("k", "40", "p", "0.25", "noises", "0,0.8,6", "authorsNoise", "0.8",
        "length", "40"));
    var r = SweepRunner.run(e, p, SweepRunner.Options.inMemory(2, 2));
    allPass(r, 2); // fraction at the authors' noise, drop with noise
    assertThat(r.table().rows()).allMatch(row -> row.str("text").startsWith("the owl"));
    assertThat(e.figures(p, r.table())).hasSize(1);
  }

  @Test
  void badParametersAreNamed() {
    assertThatThrownBy(() -> Params.with(new SamplerCurve().defaults(), Map.of("countsA", "3,-1")))
        .hasMessageContaining("countsA contains -1");
    assertThatThrownBy(() -> Params.with(new MarkovLearning().defaults(), Map.of("states", "7")))
        .hasMessageContaining("states=7");
    assertThatThrownBy(() -> Params.with(new Babbling().defaults(), Map.of("first", "zebra")))
        .hasMessageContaining("first='zebra'");
    assertThatThrownBy(() -> Params.with(new SamplerCurve().defaults(), Map.of("noise", "-2")))
        .hasMessageContaining("noise=-2");
  }
}
