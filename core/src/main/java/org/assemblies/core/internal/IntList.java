package org.assemblies.core.internal;

import java.util.Arrays;

/** A growable list of primitive ints, used as reusable scratch space. */
public final class IntList {
  private int[] a;
  private int size;

  public IntList() {
    this(16);
  }

  public IntList(int capacity) {
    a = new int[Math.max(1, capacity)];
  }

  public void add(int v) {
    if (size == a.length) {
      a = Arrays.copyOf(a, a.length + (a.length >> 1) + 1);
    }
    a[size++] = v;
  }

  public int get(int i) {
    return a[i];
  }

  public int size() {
    return size;
  }

  public void clear() {
    size = 0;
  }

  public int[] toArray() {
    return Arrays.copyOf(a, size);
  }

  /** The backing array; valid up to {@link #size()}. */
  int[] raw() {
    return a;
  }
}
