package org.assemblies.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlasticityRuleTest {
  @TempDir Path dir;

  /** Input area I (neurons 0..k fire), target T whose winners are fixed to its first k neurons. */
  private static Brain pair(double beta) {
    Brain b = Brain.builder(0.5).seed(11).build();
    b.addExplicitArea("I", 200, 20, beta).addExplicitArea("T", 200, 20, beta);
    b.activate("I", 0).activate("T", 0);
    return b;
  }

  private static void present(Brain b, int times) {
    b.project(Projection.builder().area("I", "T").build(), times);
  }

  /** A synapse I:j → T:i of the fixed assemblies, and one into a neuron outside them. */
  private static int[] synapse(Brain b, boolean intoAssembly) {
    for (int j = 0; j < 20; j++) {
      for (int i = intoAssembly ? 0 : 20; i < (intoAssembly ? 20 : 200); i++) {
        if (b.weight("I", j, "T", i) > 0) {
          return new int[] {j, i};
        }
      }
    }
    throw new AssertionError("no synapse");
  }

  @Test
  void saturatingRuleFollowsItsClosedForm() {
    double beta = 0.5;
    double lambda = 60;
    Brain b = pair(beta);
    b.setPlasticityRule("T", "I", PlasticityRule.saturating(lambda));
    int[] in = synapse(b, true);
    int[] out = synapse(b, false);
    double alpha = beta + Math.log(lambda) / lambda;
    present(b, 1);
    assertThat(b.weight("I", in[0], "T", in[1])).isCloseTo(1 + alpha, within(1e-6));
    present(b, 1); // the second increment is exp(λ(1+β−(1+α))) = 1/λ
    assertThat(b.weight("I", in[0], "T", in[1])).isCloseTo(1 + alpha + 1 / lambda, within(1e-6));
    present(b, 23);
    var rule = new PlasticityRule.Saturating(lambda);
    assertThat(b.weight("I", in[0], "T", in[1])).isCloseTo(rule.weightAfter(25, beta), within(1e-5));
    // ≈ 1 + β + ln(λc)/λ: logarithmic in the count
    assertThat(rule.weightAfter(25, beta)).isCloseTo(1 + beta + Math.log(lambda * 25) / lambda, within(0.005));
    // neurons that did not win keep their weights
    assertThat(b.weight("I", out[0], "T", out[1])).isEqualTo(1.0);
    assertThat(b.plasticityRule("T", "I")).isEqualTo(PlasticityRule.saturating(lambda));
  }

  @Test
  void multiplicativeRuleIsTheDefaultAndOtherPairsKeepIt() {
    Brain b = pair(0.1);
    assertThat(b.plasticityRule("T", "I")).isEqualTo(PlasticityRule.multiplicative());
    b.setPlasticityRule("T", "T", PlasticityRule.saturating(24)); // another pair
    int[] in = synapse(b, true);
    present(b, 3);
    assertThat(b.weight("I", in[0], "T", in[1])).isCloseTo(1.1f * 1.1f * 1.1f, within(1e-5));
  }

  @Test
  void saturatingStimulusWeightsAndTheCap() {
    Brain b = Brain.builder(0.2).seed(5).maxWeight(1.3).build();
    b.addStimulus("s", 50).addExplicitArea("T", 500, 25, 0.2);
    b.setPlasticityRule("T", "s", PlasticityRule.saturating(24));
    double[] counts = new double[500]; // before any update: the number of synapses
    for (int i = 0; i < counts.length; i++) {
      counts[i] = b.stimulusWeight("s", "T", i);
    }
    b.project(Projection.builder().stimulus("s", "T").build());
    int winner = b.winners("T").neurons()[0];
    double count = counts[winner];
    assertThat(count).isPositive();
    // the first increment α = 0.2 + ln 24 / 24 = 0.332 would exceed the cap 1.3
    assertThat(b.stimulusWeight("s", "T", winner) / count).isCloseTo(1.3, within(1e-6));
  }

  @Test
  void normalisedSumsFollowSaturatingUpdates() {
    Brain b = pair(0.3);
    b.setIncomingNormalisation("T", 1.0);
    b.setPlasticityRule("T", "I", PlasticityRule.saturating(10));
    present(b, 4);
    // the engine's running column sums must match a one-off normalisation of the same weights
    Brain copy = b.copy();
    copy.clearIncomingNormalisation("T").normalise("T", 1.0);
    float[] viaSums = inputsOfNextStep(b);
    float[] viaRescaling = inputsOfNextStep(copy);
    for (int i = 0; i < viaSums.length; i++) {
      assertThat(viaSums[i]).as("input of neuron %d", i).isCloseTo(viaRescaling[i], within(1e-5f));
    }
  }

  private static float[] inputsOfNextStep(Brain b) {
    float[][] seen = new float[1][];
    b.setPlasticityEnabled(false).unfix("T");
    b.setInputHook("T", (area, inputs, represented, length) -> seen[0] = java.util.Arrays.copyOf(inputs, length));
    b.project(Projection.builder().area("I", "T").build());
    return seen[0];
  }

  @Test
  void snapshotsKeepTheRule() throws IOException {
    Brain b = pair(0.5);
    b.setPlasticityRule("T", "I", PlasticityRule.saturating(60));
    present(b, 2);
    Path file = dir.resolve("b.asm");
    b.save(file);
    Brain loaded = Brain.load(file);
    assertThat(loaded.plasticityRule("T", "I")).isEqualTo(PlasticityRule.saturating(60));
    assertThat(loaded.plasticityRule("T", "T")).isEqualTo(PlasticityRule.multiplicative());
    present(b, 3);
    present(loaded, 3);
    int[] in = synapse(b, true);
    assertThat(loaded.weight("I", in[0], "T", in[1])).isEqualTo(b.weight("I", in[0], "T", in[1]));
    assertThat(b.copy().plasticityRule("T", "I")).isEqualTo(PlasticityRule.saturating(60));
  }

  /**
   * A version-1 snapshot (written by the engine before plasticity rules existed: stimulus s and
   * explicit I firing into lazy T for 3 steps, p = 0.2, seed 5) still loads, with multiplicative
   * rules, and continues as the old engine did: T's winners after 2 more steps of
   * {s → T, I → T, T → T} were [0..7, 10, 11] with support 12.
   */
  @Test
  void versionOneSnapshotsStillLoad() throws IOException, java.net.URISyntaxException {
    Path v1 = Path.of(getClass().getResource("snapshot-v1.asm").toURI());
    Brain b = Brain.load(v1);
    assertThat(b.plasticityRule("T", "I")).isEqualTo(PlasticityRule.multiplicative());
    assertThat(b.plasticityRule("T", "s")).isEqualTo(PlasticityRule.multiplicative());
    b.project(Projection.builder().stimulus("s", "T").area("I", "T").area("T", "T").build(), 2);
    assertThat(b.winners("T").neurons()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 10, 11);
    assertThat(b.support("T")).isEqualTo(12);
    assertThat(b.steps()).isEqualTo(5);
  }

  @Test
  void badRulesAreNamed() {
    assertThatThrownBy(() -> PlasticityRule.saturating(0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lambda=0.5");
    assertThatThrownBy(() -> pair(0.1).setPlasticityRule("T", "nope", PlasticityRule.multiplicative()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    assertThatThrownBy(() -> new PlasticityRule.Saturating(24).weightAfter(-1, 0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count=-1");
  }
}
