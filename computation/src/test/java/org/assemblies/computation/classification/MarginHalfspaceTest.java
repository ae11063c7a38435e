package org.assemblies.computation.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.core.Seeds;
import org.junit.jupiter.api.Test;

class MarginHalfspaceTest {

  /** The notebook's numbers for n = 1000, k = 100: μ = 1, Δ ∈ [0, 9]. */
  @Test
  void supportCountsFollowTheNotebook() {
    MarginHalfspace h = new MarginHalfspace(1000, 100, 1);
    assertThat(h.mu()).isCloseTo(1.0, within(1e-12));
    assertThat(h.maxMargin()).isCloseTo(9.0, within(1e-12));
    assertThat(h.positiveOn()).isEqualTo(20); // ⌈(1 + 1)·10⌉
    assertThat(h.negativeOn()).isZero(); // ⌊(1 − 1)·10⌋
    MarginHalfspace zero = new MarginHalfspace(1000, 100, 0);
    assertThat(zero.positiveOn()).isEqualTo(10);
    assertThat(zero.negativeOn()).isEqualTo(10);
    MarginHalfspace top = new MarginHalfspace(1000, 100, 9);
    assertThat(top.positiveOn()).isEqualTo(100);
    assertThat(new MarginHalfspace(1000, 100, 0.25).positiveOn()).isEqualTo(13);
    assertThat(new MarginHalfspace(1000, 100, 0.25).negativeOn()).isEqualTo(7);
  }

  /** Every sample respects the margin: v·x ≥ μ + Δ for positives, ≤ μ − Δ for negatives. */
  @Test
  void samplesRespectTheMargin() {
    UniformRandomProvider rng = Seeds.stream(3);
    for (double margin : new double[] {0, 0.5, 1, 3, 9}) {
      MarginHalfspace h = new MarginHalfspace(1000, 100, margin);
      for (int s = 0; s < 50; s++) {
        int[] pos = h.sample(MarginHalfspace.POSITIVE, rng);
        int[] neg = h.sample(MarginHalfspace.NEGATIVE, rng);
        assertThat(pos).isSorted().doesNotHaveDuplicates();
        assertThat(h.project(pos)).isGreaterThanOrEqualTo(h.mu() + margin - 1e-9);
        if (h.negativeOn() > 0) {
          assertThat(h.project(neg)).isLessThanOrEqualTo(h.mu() - margin + 1e-9);
        } else {
          assertThat(h.project(neg)).isZero();
        }
      }
    }
  }

  /** Outside the support, inputs fire at k/n: 900 neurons × 200 samples, sd of the mean ≈ 0.0007. */
  @Test
  void backgroundFiresAtKOverN() {
    MarginHalfspace h = new MarginHalfspace(1000, 100, 2);
    UniformRandomProvider rng = Seeds.stream(8);
    long outside = 0;
    for (int s = 0; s < 200; s++) {
      for (int i : h.sample(s % 2, rng)) {
        if (i >= 100) {
          outside++;
        }
      }
    }
    assertThat(outside / (200.0 * 900)).isBetween(0.097, 0.103);
  }

  @Test
  void rejectsBadParameters() {
    assertThatThrownBy(() -> new MarginHalfspace(1000, 100, 9.5)).hasMessageContaining("margin=9.5");
    assertThatThrownBy(() -> new MarginHalfspace(1000, 100, -1)).hasMessageContaining("margin=-1");
    assertThatThrownBy(() -> new MarginHalfspace(100, 100, 0)).hasMessageContaining("k=100");
    assertThatThrownBy(() -> new MarginHalfspace(1000, 100, 1).sample(2, Seeds.stream(1)))
        .hasMessageContaining("class 2");
  }
}
