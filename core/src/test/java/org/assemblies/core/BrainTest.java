package org.assemblies.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrainTest {

  static Brain mergeBrain(long seed) {
    Brain b = Brain.builder(0.01).seed(seed).recordWinners(true).build();
    b.addStimulus("sA", 100).addStimulus("sB", 100);
    b.addArea("A", 10_000, 100, 0.05).addArea("B", 10_000, 100, 0.05).addArea("C", 10_000, 100, 0.05);
    return b;
  }

  /** Three steps of a merge-like projection, with the maps listed in the given orders. */
  static List<Assembly> runMerge(long seed, boolean reversed) {
    Brain b = mergeBrain(seed);
    List<String> order = reversed ? List.of("B", "A") : List.of("A", "B");
    for (int step = 0; step < 6; step++) {
      Map<String, List<String>> stim = new LinkedHashMap<>();
      Map<String, List<String>> areas = new LinkedHashMap<>();
      for (String x : order) {
        stim.put("s" + x, List.of(x));
        if (step > 0) {
          areas.put(x, reversed ? List.of("C", x) : List.of(x, "C"));
        }
      }
      if (step > 1) {
        areas.put("C", reversed ? List.of("B", "A", "C") : List.of("C", "A", "B"));
      }
      b.project(stim, areas);
    }
    List<Assembly> all = new ArrayList<>();
    for (String a : List.of("A", "B", "C")) {
      all.addAll(b.winnersHistory(a));
    }
    return all;
  }

  @Test
  void sameSeedGivesIdenticalWinnersHistory() {
    assertThat(runMerge(11, false)).isEqualTo(runMerge(11, false));
    assertThat(runMerge(11, false)).isNotEqualTo(runMerge(12, false));
  }

  @Test
  void orderOfTargetsAndSourcesDoesNotMatter() {
    assertThat(runMerge(5, true)).isEqualTo(runMerge(5, false));
  }

  @Test
  void firstRoundFormsACapOfNewNeurons() {
    Brain b = Brain.of(0.01, 3);
    b.addStimulus("s", 50).addArea("A", 5_000, 50, 0.1);
    assertThat(b.numFirstWinners("A")).isEqualTo(-1);
    b.project(Projection.builder().stimulus("s", "A").build());
    assertThat(b.winners("A").neurons()).containsExactly(java.util.stream.IntStream.range(0, 50).toArray());
    assertThat(b.support("A")).isEqualTo(50);
    assertThat(b.numFirstWinners("A")).isEqualTo(50);
    assertThat(b.supportHistory("A")).containsExactly(50);
  }

  @Test
  void hebbianPlasticityMultipliesStimulusWeightsOfWinners() {
    Brain b = Brain.of(0.05, 4);
    b.addStimulus("s", 100).addArea("A", 20_000, 100, 0.25);
    Projection p = Projection.builder().stimulus("s", "A").build();
    b.project(p);
    int w0 = b.winners("A").neurons()[0];
    double before = b.stimulusWeight("s", "A", w0);
    b.setPlasticityEnabled(false).project(p);
    assertThat(b.stimulusWeight("s", "A", w0)).isEqualTo(before);
    b.setPlasticityEnabled(true).project(p);
    if (b.winners("A").contains(w0)) {
      assertThat(b.stimulusWeight("s", "A", w0)).isEqualTo((float) (before * 1.25f), org.assertj.core.api.Assertions.within(1e-4));
    }
  }

  @Test
  void weightCapBoundsEveryWeight() {
    Brain b = Brain.builder(0.05).seed(2).maxWeight(1.5).build();
    b.addStimulus("s", 100).addArea("A", 20_000, 100, 0.5);
    b.project(Projection.builder().stimulus("s", "A").build());
    b.fix("A"); // keep the same winners so that their synapses are strengthened every round
    int[] w = b.winners("A").neurons();
    double[] stimAfterFirst = java.util.Arrays.stream(w).mapToDouble(i -> b.stimulusWeight("s", "A", i)).toArray();
    b.project(Projection.builder().stimulus("s", "A").area("A", "A").build(), 10);
    double max = 0;
    int present = 0;
    for (int x = 0; x < w.length; x++) {
      // one round took each stimulus synapse to 1.5 = the cap: it must not grow any further
      assertThat(b.stimulusWeight("s", "A", w[x])).isEqualTo(stimAfterFirst[x]);
      for (int j : w) {
        double v = b.weight("A", j, "A", w[x]);
        max = Math.max(max, v);
        present += v > 0 ? 1 : 0;
      }
    }
    assertThat(present).isGreaterThan(0);
    assertThat(max).isEqualTo(1.5);
  }

  @Test
  void fixedAreaKeepsItsWinnersButStillLearns() {
    Brain b = Brain.of(0.05, 9);
    b.addStimulus("s", 100).addArea("A", 20_000, 100, 0.1).addArea("B", 20_000, 100, 0.1);
    b.project(Projection.builder().stimulus("s", "A").build());
    b.project(Projection.builder().stimulus("s", "A").area("A", "B").build());
    Assembly a = b.winners("A");
    b.fix("A");
    int j = b.winners("B").neurons()[0];
    int i = a.neurons()[0];
    double before = b.weight("B", j, "A", i);
    b.project(Projection.builder().area("B", "A").build());
    assertThat(b.winners("A")).isEqualTo(a);
    if (before > 0) {
      assertThat(b.weight("B", j, "A", i)).isGreaterThan(before);
    }
    assertThat(b.numFirstWinners("A")).isZero();
  }

  @Test
  void explicitAreaCapsOverAllNeurons() {
    Brain b = Brain.of(0.05, 1);
    b.addStimulus("s", 40).addExplicitArea("E", 2_000, 40, 0.1);
    b.project(Projection.builder().stimulus("s", "E").build());
    assertThat(b.winners("E").size()).isEqualTo(40);
    assertThat(b.support("E")).isEqualTo(40);
    b.project(Projection.builder().stimulus("s", "E").area("E", "E").build(), 10);
    assertThat(b.support("E")).isBetween(40, 2_000);
    assertThat(b.numFirstWinners("E")).isBetween(0, 40);
  }

  @Test
  void normalisedIncomingWeightsSumToTheTotal() {
    Brain b = Brain.of(0.1, 1);
    b.addExplicitArea("In", 500, 20, 0.1).addExplicitArea("E", 500, 20, 0.2);
    b.setIncomingNormalisation("E", 1.0);
    b.setWinners("In", java.util.stream.IntStream.range(0, 500).toArray());
    b.project(Projection.builder().area("In", "E").build());
    // with every input neuron firing, each neuron's input is the sum of its normalised weights
    b.setPlasticityEnabled(false);
    float[] seen = new float[1];
    b.setInputHook("E", (area, inputs, represented, length) -> seen[0] = inputs[7]);
    b.project(Projection.builder().area("In", "E").build());
    assertThat(seen[0]).isCloseTo(1.0f, org.assertj.core.api.Assertions.within(1e-4f));
  }

  @Test
  void normalisationCountsSynapsesOfNeuronsBornLater() {
    Brain b = Brain.of(0.1, 2);
    b.addStimulus("s", 30).addArea("L", 5_000, 30, 0.1).addExplicitArea("E", 400, 20, 0.3);
    b.project(Projection.builder().stimulus("s", "L").build());
    b.setIncomingNormalisation("E", 2.0);
    // L keeps growing and E keeps learning from it
    b.project(Projection.builder().stimulus("s", "L").area("L", "L", "E").build(), 6);
    int w = b.support("L");
    b.setWinners("L", java.util.stream.IntStream.range(0, w).toArray()).setPlasticityEnabled(false);
    float[] seen = new float[400];
    b.setInputHook("E", (area, inputs, represented, length) -> System.arraycopy(inputs, 0, seen, 0, 400));
    b.project(Projection.builder().area("L", "E").build());
    for (float v : seen) { // every neuron of E has dozens of synapses from L: its input is the total
      assertThat(v).isCloseTo(2.0f, org.assertj.core.api.Assertions.within(1e-3f));
    }
  }

  @Test
  void normaliseRescalesIncomingWeightsOnce() {
    Brain b = Brain.of(0.3, 5);
    b.addExplicitArea("In", 300, 20, 0.0).addExplicitArea("E", 200, 20, 0.5);
    b.setWinners("In", java.util.stream.IntStream.range(0, 20).toArray()).fix("In");
    b.project(Projection.builder().area("In", "E").build(), 3); // strengthen some synapses
    b.normalise("E", 1.0);
    for (int i = 0; i < 200; i += 37) {
      double sum = 0;
      for (int j = 0; j < 300; j++) {
        sum += b.weight("In", j, "E", i);
      }
      assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-4));
    }
    // later updates are not renormalised
    b.project(Projection.builder().area("In", "E").build());
    int i = b.winners("E").neurons()[0];
    double sum = 0;
    for (int j = 0; j < 300; j++) {
      sum += b.weight("In", j, "E", i);
    }
    assertThat(sum).isGreaterThan(1.0001);
    b.inhibit("E");
    assertThat(b.winners("E").size()).isZero();
  }

  @Test
  void peekComputesACapWithoutChangingAnything() {
    Brain b = Brain.of(0.3, 5);
    b.addExplicitArea("X", 300, 20, 0.5).addExplicitArea("Y", 300, 20, 0.5);
    b.setWinners("X", java.util.stream.IntStream.range(0, 20).toArray());
    b.setWinners("Y", java.util.stream.IntStream.range(100, 120).toArray());
    Brain twin = b.copy();
    Assembly peeked = b.peek("Y", Map.of("X", java.util.stream.IntStream.range(0, 20).toArray()));
    assertThat(b.winners("Y").neurons()).startsWith(100); // unchanged
    assertThat(b.steps()).isZero();
    twin.project(Projection.builder().area("X", "Y").build());
    assertThat(peeked).isEqualTo(twin.winners("Y")); // what a real step would give
    assertThat(b.weight("X", 0, "Y", peeked.neurons()[0])).isEqualTo(twin.weight("X", 0, "Y", peeked.neurons()[0]) > 0 ? 1.0 : 0.0);
    assertThatThrownBy(() -> b.peek("Y", Map.of("X", new int[] {5, 5}))).hasMessageContaining("distinct");
  }

  @Test
  void inputHookCanInhibitNeurons() {
    Brain b = Brain.of(0.05, 1);
    b.addStimulus("s", 40).addExplicitArea("E", 2_000, 40, 0.0);
    b.setInputHook("E", (area, inputs, represented, length) -> {
      for (int i = 0; i < 1_000; i++) {
        inputs[i] = -1;
      }
    });
    b.project(Projection.builder().stimulus("s", "E").build());
    assertThat(java.util.Arrays.stream(b.winners("E").neurons()).min().getAsInt()).isGreaterThanOrEqualTo(1_000);
  }

  // ------------------------------------------------------------------ bad input

  @Test
  void badParametersNameTheParameterAndRange() {
    assertThatThrownBy(() -> Brain.of(0, 1)).hasMessageContaining("p=0.0").hasMessageContaining("(0, 1]");
    assertThatThrownBy(() -> Brain.of(1.5, 1)).hasMessageContaining("p=1.5");
    assertThatThrownBy(() -> Brain.of(Double.NaN, 1)).hasMessageContaining("p=NaN");
    Brain b = Brain.of(0.01, 1);
    assertThatThrownBy(() -> b.addArea("A", 1000, 2000, 0.05))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("k=2000").hasMessageContaining("[1, 999]");
    assertThatThrownBy(() -> b.addArea("A", 1000, 0, 0.05)).hasMessageContaining("k=0");
    assertThatThrownBy(() -> b.addArea("A", 1000, 10, -0.1)).hasMessageContaining("beta of area 'A'=-0.1");
    assertThatThrownBy(() -> b.addStimulus("s", 0)).hasMessageContaining("size=0");
    assertThatThrownBy(() -> b.addExplicitArea("E", 100, 10, 0.1, 1.2, 0.1, 0.1)).hasMessageContaining("innerP=1.2");
    b.addArea("A", 1000, 10, 0.05);
    assertThatThrownBy(() -> b.addStimulus("A", 5)).hasMessageContaining("'A' is already used");
    assertThatThrownBy(() -> Brain.builder(0.1).maxWeight(0.5).build()).hasMessageContaining("maxWeight=0.5");
  }

  @Test
  void unknownNamesAreReported() {
    Brain b = Brain.of(0.01, 1);
    b.addStimulus("s", 10).addArea("A", 1000, 10, 0.05);
    assertThatThrownBy(() -> b.project(Projection.builder().stimulus("s", "X").build()))
        .hasMessageContaining("unknown area 'X'").hasMessageContaining("[A]");
    assertThatThrownBy(() -> b.project(Projection.builder().stimulus("t", "A").build()))
        .hasMessageContaining("unknown stimulus 't'");
    assertThatThrownBy(() -> b.support("nope")).hasMessageContaining("unknown area 'nope'");
  }

  @Test
  void projectingFromAnEmptyAreaFailsAndChangesNothing() {
    Brain b = Brain.of(0.01, 1);
    b.addStimulus("s", 10).addArea("A", 1000, 10, 0.05).addArea("B", 1000, 10, 0.05);
    assertThatThrownBy(() -> b.project(Projection.builder().stimulus("s", "B").area("A", "B").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'A' has no winners");
    assertThat(b.support("B")).isZero();
    assertThat(b.steps()).isZero();
  }

  @Test
  void exhaustedAreaFailsClearly() {
    Brain b = Brain.of(0.5, 1);
    b.addStimulus("s", 10).addArea("A", 25, 10, 0.0);
    b.project(Projection.builder().stimulus("s", "A").build());
    // never converges quickly with beta = 0; after a few rounds n - w ≤ k
    assertThatThrownBy(() -> {
      for (int i = 0; i < 10; i++) {
        b.project(Projection.builder().stimulus("s", "A").area("A", "A").build());
      }
    }).isInstanceOf(IllegalStateException.class).hasMessageContaining("exhausted").hasMessageContaining("k=10");
  }

  @Test
  void invalidWinnersAndActivationsAreRejected() {
    Brain b = Brain.of(0.01, 1);
    b.addStimulus("s", 10).addArea("A", 1000, 10, 0.05).addExplicitArea("L", 100, 10, 0.05);
    assertThatThrownBy(() -> b.setWinners("A", 0)).hasMessageContaining("[0, 0)");
    assertThatThrownBy(() -> b.setWinners("L", 3, 3)).hasMessageContaining("given twice");
    assertThatThrownBy(() -> b.activate("L", 10)).hasMessageContaining("index=10").hasMessageContaining("[0, 9]");
    assertThatThrownBy(() -> b.fix("A")).hasMessageContaining("no winners");
    b.activate("L", 2);
    assertThat(b.winners("L").neurons()).startsWith(20).endsWith(29);
    assertThat(b.isFixed("L")).isTrue();
  }

  @Test
  void impossibleExplicitAreaIsRefusedBeforeAllocating() {
    Brain b = Brain.of(0.01, 1);
    assertThatThrownBy(() -> b.addExplicitArea("Huge", 2_000_000_000, 1000, 0.05))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n=2000000000").hasMessageContaining("GiB");
  }
}
