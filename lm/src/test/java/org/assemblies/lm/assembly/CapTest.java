package org.assemblies.lm.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class CapTest {

  @Test
  void capKeepsTheLargestPositiveInputsAndBreaksTiesTowardsTheLowerIndex() {
    double[] x = {0, 3, 1, 3, -2, 2, 3, 0};
    assertThat(Cap.topK(x, x.length, 2, new double[8])).containsExactly(1, 3);
    assertThat(Cap.topK(x, x.length, 4, new double[8])).containsExactly(1, 3, 5, 6);
    // fewer positive inputs than k: only those fire
    assertThat(Cap.topK(x, x.length, 7, new double[8])).containsExactly(1, 2, 3, 5, 6);
  }

  /** The sparse cap (only reached neurons ranked) equals the dense one, ties included. */
  @Test
  void sparseCapEqualsDenseCap() {
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(3);
    int n = 300;
    for (int trial = 0; trial < 200; trial++) {
      double[] x = new double[n];
      int[] reached = new int[n];
      int m = 0;
      for (int i = n - 1; i >= 0; i--) { // reached in a scrambled (descending) order
        if (rng.nextInt(3) == 0) {
          x[i] = 1 + rng.nextInt(4); // few distinct values: many ties
          reached[m++] = i;
        }
      }
      int k = 1 + rng.nextInt(40);
      assertThat(Cap.topK(x, reached, m, k, new double[n]))
          .containsExactly(Cap.topK(x, n, k, new double[n]));
    }
  }
}
