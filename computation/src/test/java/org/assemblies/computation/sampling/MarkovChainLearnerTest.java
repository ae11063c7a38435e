package org.assemblies.computation.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MarkovChainLearnerTest {
  @Test
  void aCycleIsLearnedAndRun() {
    int[] cycle = new int[61];
    for (int t = 0; t < cycle.length; t++) {
      cycle[t] = t % 3;
    }
    MarkovChainLearner m = MarkovChainLearner.create(CoinFlipTest.MEDIUM, 3, 4);
    m.learn(cycle);
    assertThat(m.count(0, 1)).isEqualTo(20);
    assertThat(m.count(1, 0)).isZero();
    double[][] learned = m.estimate(60, 1);
    for (int i = 0; i < 3; i++) {
      assertThat(learned[i][(i + 1) % 3]).as("P(%d → %d)", i, (i + 1) % 3).isGreaterThanOrEqualTo(0.95);
    }
    int[] path = m.simulate(1, 24, 2);
    assertThat(path[0]).isEqualTo(1);
    int follows = 0;
    for (int t = 1; t < path.length; t++) {
      follows += path[t] == (path[t - 1] + 1) % 3 ? 1 : 0;
    }
    assertThat(follows).isGreaterThanOrEqualTo(23);
    assertThat(m.simulate(1, 24, 2)).as("reproducible").containsExactly(path);
  }

  @Test
  void chainsSequencesAndFrequencies() {
    double[][] chain = MarkovChainLearner.randomChain(4, 7);
    for (double[] row : chain) {
      assertThat(Arrays.stream(row).sum()).isCloseTo(1, within(1e-12));
      assertThat(Arrays.stream(row).min().orElseThrow()).isPositive();
    }
    assertThat(MarkovChainLearner.randomChain(4, 7)).isDeepEqualTo(chain);
    double[][] two = {{0.9, 0.1}, {0.5, 0.5}};
    int[] seq = MarkovChainLearner.sampleSequence(two, 1, 40_000, 3);
    assertThat(seq[0]).isEqualTo(1);
    double[][] f = MarkovChainLearner.frequencies(seq, 2);
    // standard errors ≈ 0.002 and 0.006
    assertThat(f[0][1]).isCloseTo(0.1, within(0.01));
    assertThat(f[1][0]).isCloseTo(0.5, within(0.02));
    assertThat(MarkovChainLearner.frequencies(new int[] {0, 1, 0, 0, 1}, 2))
        .isDeepEqualTo(new double[][] {{1 / 3.0, 2 / 3.0}, {1, 0}});
  }

  @Test
  void theIdealSamplerOfTheLearnedWeightsShowsTheRulesSmallCountCorrection() {
    int[] seq = new int[22]; // 0 → 0 five times, then 0 → 1 and 1 → 0 eight times each
    for (int t = 6; t < seq.length; t++) {
      seq[t] = (t - 6) % 2 == 0 ? 1 : 0;
    }
    MarkovChainLearner m = MarkovChainLearner.create(CoinFlipTest.MEDIUM, 3, 4);
    m.learn(seq);
        int[] row = {m.count(0, 0), m.count(0, 1), m.count(0, 2)};
    assertThat(row).containsExactly(5, 8, 0);
    double[] soft = MarkovLearning.softmax(CoinFlipTest.MEDIUM, row);
    // e^{λ(w − 1 − β)}/λ after c updates: y₁ = 1, y_{c+1} = y_c·e^{1/y_c} (whatever λ), so
    // y₅ = 6.171, y₈ = 9.392 and P(0 → 0) = 6.171/15.563 = 0.3965, not 5/13 = 0.3846
    assertThat(soft[0]).isCloseTo(0.3965, within(5e-4));
    assertThat(soft[2]).isLessThan(1e-4);
    assertThat(Arrays.stream(soft).sum()).isCloseTo(1, within(1e-12));
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> MarkovChainLearner.create(CoinFlipTest.MEDIUM, 1, 1)).hasMessageContaining("states=1");
    assertThatThrownBy(() -> MarkovChainLearner.create(CoinFlipTest.MEDIUM, 4, 1)).hasMessageContaining("contexts=4");
    assertThatThrownBy(() -> MarkovChainLearner.frequencies(new int[] {0, 2}, 2)).hasMessageContaining("state 2");
    assertThatThrownBy(() -> MarkovChainLearner.sampleSequence(new double[][] {{1, 0}, {0, 1}}, 2, 5, 1))
        .hasMessageContaining("start=2");
  }
}
