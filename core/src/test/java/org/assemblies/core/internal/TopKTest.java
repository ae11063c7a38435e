package org.assemblies.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopKTest {

  @Test
  void keysOrderByInputThenLowerIndex() {
    assertThat(TopK.key(2f, 5)).isGreaterThan(TopK.key(1f, 0));
    assertThat(TopK.key(1f, 0)).isGreaterThan(TopK.key(1f, 1));
    assertThat(TopK.key(-1f, 0)).isLessThan(TopK.key(0f, 9));
    assertThat(TopK.key(-0.0f, 3)).isEqualTo(TopK.key(0f, 3));
    assertThat(TopK.input(TopK.key(-2.5f, 7))).isEqualTo(-2.5f);
    assertThat(TopK.index(TopK.key(3f, 123456))).isEqualTo(123456);
  }

  @Test
  void selectsTheSameTopAsAFullSort() {
    SplittableRandom rnd = new SplittableRandom(42);
    for (int trial = 0; trial < 200; trial++) {
      int len = 1 + rnd.nextInt(500);
      int k = 1 + rnd.nextInt(len + 5);
      float[] in = new float[len];
      for (int i = 0; i < len; i++) {
        in[i] = rnd.nextInt(6) - 1; // many ties
      }
      long[] keys = new long[len];
      for (int i = 0; i < len; i++) {
        keys[i] = TopK.key(in[i], i);
      }
      int kept = TopK.selectTop(keys, len, k);
      TopK.sortDescending(keys, kept);
      int[] expected = IntStream.range(0, len).boxed()
          .sorted(Comparator.<Integer>comparingDouble(i -> -in[i]).thenComparingInt(i -> i))
          .limit(k).mapToInt(i -> i).toArray();
      int[] got = Arrays.stream(keys, 0, kept).mapToInt(TopK::index).toArray();
      assertThat(got).containsExactly(expected);
    }
  }
}
