package org.assemblies.computation.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CoinFlipTest {
  /**
   * A smaller sampler than the authors' (k = 300 instead of 500, same k/n and p), with λ scaled
   * like the sampler's τ ∝ 1/k: 24·300/500 = 14.4. About 1.5 ms per flip.
   */
  static final CoinFlip.Config MEDIUM =
      new CoinFlip.Config(3000, 300, 900, 0.1, 14.4, Math.log(1000) / 14.4, 5, 10, 10, 0.8);

  /** A synapse from neuron block(from)·k.. of {@code source} to block(to) of {@code target}. */
  private static int[] synapse(CoinFlip f, String source, int from, String target, int to) {
    int k = f.config().k();
    for (int j = from * k; j < (from + 1) * k; j++) {
      for (int i = to * k; i < (to + 1) * k; i++) {
        if (f.brain().weight(source, j, target, i) > 0) {
          return new int[] {j, i};
        }
      }
    }
    throw new AssertionError("no synapse");
  }

  @Test
  void observationsFollowTheSaturatingRuleAndAssembliesAreRecurrent() {
    CoinFlip f = CoinFlip.create(MEDIUM, 1, 2, 3);
    f.observe(0, 1, 5);
    assertThat(f.count(0, 1)).isEqualTo(5);
    assertThat(f.count(0, 0)).isZero();
    int[] learned = synapse(f, CoinFlip.CONTEXT, 0, CoinFlip.OUTCOME, 1);
    int[] untouched = synapse(f, CoinFlip.CONTEXT, 0, CoinFlip.OUTCOME, 0);
    assertThat(f.brain().weight(CoinFlip.CONTEXT, learned[0], CoinFlip.OUTCOME, learned[1]))
        .isCloseTo(f.weight(0, 1), within(1e-5));
    // 1 + β + ln(λ·5)/λ within the rule's small-count correction
    assertThat(f.weight(0, 1)).isCloseTo(1 + MEDIUM.beta() + Math.log(14.4 * 5) / 14.4, within(0.02));
    assertThat(f.brain().weight(CoinFlip.CONTEXT, untouched[0], CoinFlip.OUTCOME, untouched[1])).isEqualTo(1.0);
    int[] inside = synapse(f, CoinFlip.OUTCOME, 1, CoinFlip.OUTCOME, 1);
    int[] across = synapse(f, CoinFlip.OUTCOME, 0, CoinFlip.OUTCOME, 1);
    assertThat(f.brain().weight(CoinFlip.OUTCOME, inside[0], CoinFlip.OUTCOME, inside[1])).isEqualTo(10.0);
    assertThat(f.brain().weight(CoinFlip.OUTCOME, across[0], CoinFlip.OUTCOME, across[1])).isEqualTo(1.0);
  }

  @Test
  void theHeavierOutcomeWinsMoreOften() {
    // 10 seeds (200 flips each), P(A) with countB = 20: countA = 4: 0.23 ± 0.09; countA = 20:
    // 0.57 ± 0.12; countA = 100: 0.90 ± 0.07; the spread is the brains' random connectivity
    for (long seed = 1; seed <= 3; seed++) {
      double[] pa = new double[3];
      int[] counts = {4, 20, 100};
      for (int c = 0; c < 3; c++) {
        CoinFlip f = CoinFlip.create(MEDIUM, 1, 2, seed);
        f.observe(0, 0, counts[c]);
        f.observe(0, 1, 20);
        double[] fr = f.frequencies(0, 150, seed);
        assertThat(fr[0] + fr[1]).as("decided flips").isGreaterThanOrEqualTo(0.97);
        pa[c] = fr[0];
      }
      assertThat(pa[0]).as("P(A) at 4 vs 20, seed %d", seed).isLessThan(pa[1]).isLessThan(0.5);
      assertThat(pa[2]).as("P(A) at 100 vs 20, seed %d", seed).isGreaterThan(pa[1]).isGreaterThan(0.7);
    }
  }

  @Test
  void equalWeightsMakeAFairCoinAcrossBrains() {
    // one brain is biased by its random connectivity (sd 0.12 between brains), the mean is not:
    // 10 seeds 0.57 ± 0.12, so the band is 1/2 ± 3 standard errors of a mean of 8
    double[] pa = new double[8];
    for (int s = 0; s < pa.length; s++) {
      CoinFlip f = CoinFlip.create(MEDIUM, 1, 2, 100 + s);
      f.observe(0, 0, 20);
      f.observe(0, 1, 20);
      pa[s] = f.frequencies(0, 120, s)[0];
    }
    assertThat(Arrays.stream(pa).average().orElseThrow()).isBetween(0.5 - 0.13, 0.5 + 0.13);
  }

  @Test
  void tiesAreBrokenAtRandomAtFullConnectivity() {
    // At p = 1 the two assemblies differ only in their neuron ids. When the noisy cap gives both
    // the same number of winners (34 of the 1500 flips here), the recurrent caps must pick either at
    // random; the same brain and noise with one cap only shows which flips were ties. The band is
    // ±4 standard errors around 1/2. With a jitter of 1e−3 (below the float
    // steps of the recurrent inputs) A won almost all of them.
    CoinFlip.Config dense = new CoinFlip.Config(MEDIUM.n(), MEDIUM.k(), MEDIUM.contextN(), 1.0, MEDIUM.lambda(),
        MEDIUM.beta(), MEDIUM.noise(), MEDIUM.recurrence(), MEDIUM.rounds(), MEDIUM.winFraction());
    CoinFlip.Config oneCap = new CoinFlip.Config(dense.n(), dense.k(), dense.contextN(), 1.0, dense.lambda(),
        dense.beta(), dense.noise(), dense.recurrence(), 1, dense.winFraction());
    CoinFlip settled = CoinFlip.create(dense, 1, 2, 1);
    CoinFlip first = CoinFlip.create(oneCap, 1, 2, 1);
    for (CoinFlip f : new CoinFlip[] {settled, first}) {
      f.observe(0, 0, 5);
      f.observe(0, 1, 8);
    }
    int ties = 0;
    int tiesToA = 0;
    for (long s = 0; s < 1500; s++) {
      int[] o = first.sample(0, s).overlaps();
      if (o[0] == o[1]) {
        ties++;
        tiesToA += settled.sample(0, s).outcome() == 0 ? 1 : 0;
      }
    }
    assertThat(ties).as("ties").isGreaterThan(20);
    double sd = 0.5 / Math.sqrt(ties);
    assertThat((double) tiesToA / ties).as("ties won by A (%d ties)", ties).isBetween(0.5 - 4 * sd, 0.5 + 4 * sd);
  }

  @Test
  void samplesAreReproducibleFromTheirSeed() {
    CoinFlip a = CoinFlip.create(MEDIUM, 2, 3, 9);
    CoinFlip b = CoinFlip.create(MEDIUM, 2, 3, 9);
    a.observe(1, 2, 7);
    b.observe(1, 2, 7);
    for (long s = 0; s < 5; s++) {
      CoinFlip.Sample x = a.sample(1, s);
      CoinFlip.Sample y = b.sample(1, s);
      assertThat(x.outcome()).isEqualTo(y.outcome());
      assertThat(x.overlaps()).isEqualTo(y.overlaps());
      assertThat(x.caps()).isBetween(2, MEDIUM.rounds());
      if (x.outcome() >= 0) {
        assertThat(x.overlaps()[x.outcome()]).isGreaterThan((int) (0.8 * MEDIUM.k()));
      }
    }
    assertThat(a.frequencies(1, 20, 5)).containsExactly(b.frequencies(1, 20, 5));
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> new CoinFlip.Config(3000, 0, 900, 0.1, 24, 0.3, 5, 10, 10, 0.8))
        .hasMessageContaining("k=0");
    assertThatThrownBy(() -> new CoinFlip.Config(500, 300, 900, 0.1, 24, 0.3, 5, 10, 10, 0.8))
        .hasMessageContaining("n=500");
    assertThatThrownBy(() -> new CoinFlip.Config(3000, 300, 900, 0.1, 24, 0.3, -1, 10, 10, 0.8))
        .hasMessageContaining("noise=-1");
    assertThatThrownBy(() -> new CoinFlip.Config(3000, 300, 900, 0.1, 0.5, 0.3, 5, 10, 10, 0.8))
        .hasMessageContaining("lambda=0.5");
    assertThatThrownBy(() -> new CoinFlip.Config(3000, 300, 900, 0.1, 24, 0.3, 5, 10, 10, 1))
        .hasMessageContaining("winFraction=1");
    assertThatThrownBy(() -> new CoinFlip.Config(3000, 300, 900, 0.1, 24, 0.3, 5, 10.5, 10, 0.8))
        .hasMessageContaining("recurrence=10.5").hasMessageContaining("whole number");
    assertThatThrownBy(() -> CoinFlip.create(MEDIUM, 4, 2, 1)).hasMessageContaining("contexts=4");
    assertThatThrownBy(() -> CoinFlip.create(MEDIUM, 1, 1, 1)).hasMessageContaining("outcomes=1");
    CoinFlip f = CoinFlip.create(MEDIUM, 1, 2, 1);
    assertThatThrownBy(() -> f.observe(0, 2)).hasMessageContaining("outcome=2");
    assertThatThrownBy(() -> f.observe(0, 0, -1)).hasMessageContaining("times=-1");
    assertThatThrownBy(() -> f.sample(1, 0)).hasMessageContaining("context=1");
  }
}
