package org.assemblies.computation.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.core.Seeds;
import org.junit.jupiter.api.Test;

class StimulusClassesTest {

  @Test
  void coresAreSeededRandomSetsOfK() {
    StimulusClasses a = StimulusClasses.random(1000, 100, 0.7, 0.1, 4, 42);
    StimulusClasses b = StimulusClasses.random(1000, 100, 0.7, 0.1, 4, 42);
    StimulusClasses c = StimulusClasses.random(1000, 100, 0.7, 0.1, 4, 43);
    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(c);
    assertThat(a.classes()).isEqualTo(4);
    for (int[] core : a.cores()) {
      assertThat(core).hasSize(100).isSorted().doesNotHaveDuplicates();
      assertThat(core[0]).isGreaterThanOrEqualTo(0);
      assertThat(core[99]).isLessThan(1000);
    }
    assertThat(a.cores()[0]).isNotEqualTo(a.cores()[1]);
    assertThat(a.withR(0.2).cores()).isDeepEqualTo(a.cores());
  }

  /**
   * Over 400 samples a core neuron fires with frequency ≈ r and another neuron ≈ q: per neuron
   * the sd is √(r(1−r)/400) ≤ 0.025, so the averages over 100 (core) and 900 (other) neurons are
   * within 0.01 (> 4 sd of the average).
   */
  @Test
  void samplesFireCoreWithRAndOthersWithQ() {
    StimulusClasses d = StimulusClasses.random(1000, 100, 0.6, 0.1, 2, 7);
    UniformRandomProvider rng = Seeds.stream(1, 2);
    int[] count = new int[1000];
    int samples = 400;
    for (int s = 0; s < samples; s++) {
      int[] x = d.sample(1, rng);
      assertThat(x).isSorted().doesNotHaveDuplicates();
      for (int i : x) {
        count[i]++;
      }
    }
    boolean[] core = new boolean[1000];
    for (int i : d.cores()[1]) {
      core[i] = true;
    }
    double coreRate = 0;
    double otherRate = 0;
    for (int i = 0; i < 1000; i++) {
      if (core[i]) {
        coreRate += count[i] / (double) samples / 100;
      } else {
        otherRate += count[i] / (double) samples / 900;
      }
    }
    assertThat(coreRate).isBetween(0.59, 0.61);
    assertThat(otherRate).isBetween(0.09, 0.11);
  }

  @Test
  void samplingIsReproducible() {
    StimulusClasses d = StimulusClasses.random(1000, 100, 0.5, 0.1, 2, 7);
    assertThat(d.sample(0, Seeds.stream(5))).isEqualTo(d.sample(0, Seeds.stream(5)));
    assertThat(d.samples(1, 3, Seeds.stream(6))).hasSize(3);
  }

  @Test
  void rejectsBadParameters() {
    assertThatThrownBy(() -> StimulusClasses.random(1000, 100, 1.5, 0.1, 2, 1)).hasMessageContaining("r=1.5");
    assertThatThrownBy(() -> StimulusClasses.random(1000, 100, 0.5, -0.1, 2, 1)).hasMessageContaining("q=-0.1");
    assertThatThrownBy(() -> StimulusClasses.random(1000, 1001, 0.5, 0.1, 2, 1)).hasMessageContaining("k=1001");
    assertThatThrownBy(() -> StimulusClasses.random(1000, 100, 0.5, 0.1, 0, 1)).hasMessageContaining("classes=0");
    assertThatThrownBy(() -> new StimulusClasses(10, 0.5, 0.1, new int[][] {{3, 3}}))
        .hasMessageContaining("distinct");
    StimulusClasses d = StimulusClasses.random(100, 10, 0.5, 0.1, 2, 1);
    assertThatThrownBy(() -> d.sample(2, Seeds.stream(1))).hasMessageContaining("class 2");
  }
}
