package org.assemblies.core.internal;

import java.util.Arrays;

/**
 * Selection of the k best (input, index) pairs: larger input first, ties to the lower index.
 *
 * <p>Each pair is packed into one {@code long} whose natural order is the ranking, so selection is
 * a plain quickselect on a primitive array.
 */
public final class TopK {
  private TopK() {}

  /** Packs an input and an index (0 ≤ index &lt; 2^32) into a key; larger key = better rank. */
  public static long key(float input, int index) {
    int bits = Float.floatToRawIntBits(input + 0.0f); // +0.0f turns -0.0 into 0.0
    bits ^= (bits >> 31) & 0x7fffffff; // monotone map of float order onto signed int order
    return ((long) bits << 32) | (0xffffffffL - (index & 0xffffffffL));
  }

  public static int index(long key) {
    return (int) (0xffffffffL - (key & 0xffffffffL));
  }

  public static float input(long key) {
    int bits = (int) (key >> 32);
    bits ^= (bits >> 31) & 0x7fffffff;
    return Float.intBitsToFloat(bits);
  }

  /**
   * Reorders {@code keys[0..len)} so that its {@code k} largest keys come first, in no
   * particular order. Returns min(k, len).
   */
  public static int selectTop(long[] keys, int len, int k) {
    if (k >= len) {
      return len;
    }
    int lo = 0;
    int hi = len - 1;
    int target = k - 1; // after partitioning, positions 0..target hold the k largest keys
    while (lo < hi) {
      long pivot = median3(keys[lo], keys[(lo + hi) >>> 1], keys[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (keys[i] > pivot) i++;
        while (keys[j] < pivot) j--;
        if (i <= j) {
          long t = keys[i];
          keys[i] = keys[j];
          keys[j] = t;
          i++;
          j--;
        }
      }
      if (target <= j) {
        hi = j;
      } else if (target >= i) {
        lo = i;
      } else {
        break;
      }
    }
    return k;
  }

  /** The smallest of {@code keys[0..len)}. */
  public static long min(long[] keys, int len) {
    long m = Long.MAX_VALUE;
    for (int i = 0; i < len; i++) {
      m = Math.min(m, keys[i]);
    }
    return m;
  }

  private static long median3(long a, long b, long c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }

  public static void sortDescending(long[] keys, int len) {
    Arrays.sort(keys, 0, len);
    for (int i = 0, j = len - 1; i < j; i++, j--) {
      long t = keys[i];
      keys[i] = keys[j];
      keys[j] = t;
    }
  }
}
