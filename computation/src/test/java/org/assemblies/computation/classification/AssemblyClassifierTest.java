package org.assemblies.computation.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.core.Assembly;
import org.assemblies.core.Seeds;
import org.junit.jupiter.api.Test;

class AssemblyClassifierTest {
  private static final AssemblyClassifier.Config PAPER = AssemblyClassifier.Config.paper(1000);

  private static List<List<int[]>> training(StimulusClasses d, int perClass, long seed) {
    UniformRandomProvider rng = Seeds.stream(seed, 99);
    List<List<int[]>> s = new ArrayList<>();
    for (int c = 0; c < d.classes(); c++) {
      s.add(d.samples(c, perClass, rng));
    }
    return s;
  }

  /** Well-separated classes (r = 0.9) each form an assembly of k neurons; fresh samples map home. */
  @Test
  void formsOneAssemblyPerClassAndClassifiesFreshSamples() {
    StimulusClasses d = StimulusClasses.random(1000, 100, 0.9, 0.1, 3, 5);
    AssemblyClassifier c = AssemblyClassifier.train(PAPER, training(d, 5, 1), 7);
    assertThat(c.classes()).isEqualTo(3);
    for (int k = 0; k < 3; k++) {
      assertThat(c.formedAssembly(k).size()).isEqualTo(100);
      assertThat(c.assembly(k)).isEqualTo(c.formedAssembly(k));
    }
    UniformRandomProvider rng = Seeds.stream(3, 4);
    int correct = 0;
    for (int s = 0; s < 100; s++) {
      int cls = s % 3;
      int[] o = c.overlaps(d.sample(cls, rng));
      if (c.classify(d.sample(cls, rng)) == cls) {
        correct++;
      }
      // a fresh sample's cap shares far more with its own class's assembly than with another's
      assertThat(o[cls]).isGreaterThan(Math.max(o[(cls + 1) % 3], o[(cls + 2) % 3]));
    }
    assertThat(correct).isEqualTo(100);
  }

  @Test
  void isReproducibleFromItsSeeds() {
    StimulusClasses d = StimulusClasses.random(1000, 100, 0.6, 0.1, 2, 11);
    AssemblyClassifier a = AssemblyClassifier.train(PAPER, training(d, 5, 2), 13);
    AssemblyClassifier b = AssemblyClassifier.train(PAPER, training(d, 5, 2), 13);
    AssemblyClassifier other = AssemblyClassifier.train(PAPER, training(d, 5, 2), 14);
    assertThat(a.formedAssembly(0)).isEqualTo(b.formedAssembly(0));
    assertThat(a.formedAssembly(1)).isEqualTo(b.formedAssembly(1));
    assertThat(other.formedAssembly(0)).isNotEqualTo(a.formedAssembly(0));
    int[] sample = d.sample(1, Seeds.stream(1, 2));
    assertThat(a.map(sample)).isEqualTo(b.map(sample));
  }

  /** Classifying runs without plasticity: mapping the same sample twice gives the same cap. */
  @Test
  void classificationDoesNotLearn() {
    StimulusClasses d = StimulusClasses.random(1000, 100, 0.5, 0.1, 2, 3);
    AssemblyClassifier c = AssemblyClassifier.train(PAPER.withTestRounds(3), training(d, 5, 3), 5);
    UniformRandomProvider rng = Seeds.stream(9, 9);
    int[] first = d.sample(0, rng);
    Assembly cap = c.map(first);
    for (int s = 0; s < 20; s++) {
      c.map(d.sample(s % 2, rng));
    }
    assertThat(c.map(first)).isEqualTo(cap);
    assertThat(cap.size()).isEqualTo(100);
  }

  /**
   * The adaptive bias (−1 per earlier assembly, as in the authors' MNIST code) pushes later
   * classes onto other neurons: with two identical class distributions (β = 1) the assemblies then
   * share no neuron, while without it the second class falls onto the first one's assembly (100
   * of 100 neurons shared on each of seeds 1–8).
   */
  @Test
  void biasSeparatesTheAssembliesOfLaterClasses() {
    StimulusClasses same = StimulusClasses.random(1000, 100, 0.9, 0.1, 1, 21);
    StimulusClasses twice = new StimulusClasses(1000, 0.9, 0.1,
        new int[][] {same.cores()[0], same.cores()[0]});
    List<List<int[]>> samples = training(twice, 5, 4);
    var noBias = new AssemblyClassifier.Config(1000, 1000, 100, 0.1, 1.0, 1, 1, 0, true);
    var bias = new AssemblyClassifier.Config(1000, 1000, 100, 0.1, 1.0, 1, 1, -1, true);
    AssemblyClassifier a = AssemblyClassifier.train(noBias, samples, 8);
    AssemblyClassifier b = AssemblyClassifier.train(bias, samples, 8);
    assertThat(a.formedAssembly(0)).isEqualTo(b.formedAssembly(0)); // the first class: no bias yet
    assertThat(a.formedAssembly(0).overlap(a.formedAssembly(1))).isGreaterThan(90);
    assertThat(b.formedAssembly(0).overlap(b.formedAssembly(1))).isZero();
  }

  @Test
  void firingReadoutTakesTheMostFrequentNeurons() {
    StimulusClasses d = StimulusClasses.random(1000, 100, 0.9, 0.1, 2, 31);
    AssemblyClassifier c = AssemblyClassifier.train(PAPER, training(d, 5, 5), 6);
    List<List<int[]>> readout = training(d, 30, 6);
    c.useFiringReadout(readout);
    for (int k = 0; k < 2; k++) {
      assertThat(c.assembly(k).size()).isEqualTo(100);
      // test caps come from the input alone while the formed assembly also had recurrence, so the
      // readout shares only part of it (45 of 100 here), far above chance (k²/n = 10)
      assertThat(c.assembly(k).overlap(c.formedAssembly(k))).isGreaterThan(25);
    }
    int[] sample = d.sample(1, Seeds.stream(2, 2));
    assertThat(c.classify(sample)).isEqualTo(1);
    c.useFormedAssemblies();
    assertThat(c.assembly(1)).isEqualTo(c.formedAssembly(1));
  }

  @Test
  void topKBreaksTiesTowardsLowerIds() {
    assertThat(AssemblyClassifier.topK(new int[] {3, 5, 5, 1, 5}, 2)).containsExactly(1, 2);
    assertThat(AssemblyClassifier.argmax(new int[] {2, 7, 7})).isEqualTo(1);
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> AssemblyClassifier.train(PAPER, List.of(), 1))
        .hasMessageContaining("samplesByClass");
    assertThatThrownBy(() -> AssemblyClassifier.train(PAPER, List.of(List.of()), 1))
        .hasMessageContaining("class 0");
    assertThatThrownBy(() -> AssemblyClassifier.train(PAPER, List.of(List.of(new int[] {1000})), 1))
        .hasMessageContaining("input neuron 1000");
    assertThatThrownBy(() -> AssemblyClassifier.train(PAPER, List.of(List.of(new int[0])), 1))
        .hasMessageContaining("at least one");
    assertThatThrownBy(() -> new AssemblyClassifier.Config(1000, 1000, 1000, 0.1, 0.1, 1, 1, 0, true))
        .hasMessageContaining("k=1000");
    assertThatThrownBy(() -> new AssemblyClassifier.Config(1000, 1000, 100, 0.1, 0.1, 1, 1, 0.5, true))
        .hasMessageContaining("bias=0.5");
    assertThatThrownBy(() -> new AssemblyClassifier.Config(1000, 1000, 100, 0.1, 0.1, 0, 1, 0, true))
        .hasMessageContaining("roundsPerSample");
    assertThatThrownBy(() -> new AssemblyClassifier.Config(1000, 1000, 100, 0.1, 0.1, 1, 0, 0, true))
        .hasMessageContaining("testRounds");
    StimulusClasses d = StimulusClasses.random(1000, 100, 0.9, 0.1, 2, 1);
    AssemblyClassifier c = AssemblyClassifier.train(PAPER, training(d, 2, 1), 1);
    assertThatThrownBy(() -> c.assembly(2)).hasMessageContaining("class 2");
    assertThatThrownBy(() -> c.useFiringReadout(List.of(List.of(new int[] {1}))))
        .hasMessageContaining("1 classes");
  }
}
