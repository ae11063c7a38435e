package org.assemblies.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FiberTest {
  private static float[] inputs(Fiber f, int[] winners, int columns) {
    float[] in = new float[columns];
    f.addInputs(winners, in, 0, new IntList());
    return in;
  }

  @Test
  void fullRowsAddTheSameInputsAsTheGeneralPath() {
    int columns = 257;
    Fiber f = new Fiber(0, 1, true, columns, 1.0, 42);
    f.ensureRows(20);
    int[] winners = {3, 17, 5, 11};
    IntList scratch = new IntList();
    for (int j : winners) {
      f.materialise(j, scratch);
      assertThat(f.full[j]).as("row %d at p = 1", j).isTrue();
    }
    boolean[] newWinner = new boolean[columns];
    for (int i = 0; i < columns; i += 3) {
      newWinner[i] = true;
    }
    f.strengthen(new int[] {3, 11}, newWinner, w -> w * 1.37f + 0.01f, scratch); // uneven weights
    float[] fast = inputs(f, winners, columns);
    Arrays.fill(f.full, false);
    float[] general = inputs(f, winners, columns);
    assertThat(fast).containsExactly(general); // bit-identical: the same additions in the same order
    assertThat(fast[0]).isGreaterThan(fast[1]);
  }

  @Test
  void aRowIsFullOnlyWhenItHoldsEveryColumnInOrder() {
    Fiber sparse = new Fiber(0, 1, true, 300, 0.5, 7);
    sparse.ensureRows(1);
    sparse.materialise(0, new IntList());
    assertThat(sparse.full[0]).isFalse();
    Fiber f = new Fiber(0, 1, true, 4, 1.0, 7);
    f.ensureRows(2);
    f.cols[0] = new int[] {0, 2, 1, 3}; // as a snapshot could hold it
    f.weights[0] = new float[] {1, 2, 3, 4};
    f.len[0] = 4;
    f.updateFull(0);
    assertThat(f.full[0]).isFalse();
    assertThat(inputs(f, new int[] {0}, 4)).containsExactly(1, 3, 2, 4);
    f.materialise(1, new IntList());
    assertThat(f.full[1]).isTrue();
    f.append(1, 3, 1f); // a lazy target's growth breaks the order
    assertThat(f.full[1]).isFalse();
  }
}
