package org.assemblies.lm.baselines;

import java.util.Arrays;

/** A small open-addressing map from non-negative int keys to int counts (followers of a context). */
final class IntIntMap {
  private int[] keys = new int[4];
  private int[] values = new int[4];
  private int size;

  IntIntMap() {
    Arrays.fill(keys, -1);
  }

  int size() {
    return size;
  }

  int get(int key) {
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
      if (keys[i] < 0) {
        return 0;
      }
    }
  }

  /** Adds {@code delta} to the count of {@code key}; returns the count before. */
  int add(int key, int delta) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (keys[i] >= 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] < 0) {
      keys[i] = key;
      size++;
    }
    int old = values[i];
    values[i] = old + delta;
    return old;
  }

  /** Raw slots: a slot is used when {@code keysArray()[i] >= 0}. */
  int[] keysArray() {
    return keys;
  }

  int[] valuesArray() {
    return values;
  }

  private void grow() {
    int[] k = keys;
    int[] v = values;
    keys = new int[k.length * 2];
    values = new int[k.length * 2];
    Arrays.fill(keys, -1);
    size = 0;
    for (int i = 0; i < k.length; i++) {
      if (k[i] >= 0) {
        add(k[i], v[i]);
      }
    }
  }

  private static int mix(int x) {
    x *= 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
