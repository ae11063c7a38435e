package org.assemblies.core;

/** Overlap utilities over sorted or unsorted neuron-id arrays. */
public final class Overlaps {
  private Overlaps() {}

  /** Number of common elements of two sorted arrays of distinct ids. */
  public static int count(int[] sortedA, int[] sortedB) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < sortedA.length && j < sortedB.length) {
      if (sortedA[i] < sortedB[j]) {
        i++;
      } else if (sortedA[i] > sortedB[j]) {
        j++;
      } else {
        common++;
        i++;
        j++;
      }
    }
    return common;
  }

  /** Number of common elements of two arrays of distinct ids in any order. */
  public static int countUnsorted(int[] a, int[] b) {
    int[] x = a.clone();
    int[] y = b.clone();
    java.util.Arrays.sort(x);
    java.util.Arrays.sort(y);
    return count(x, y);
  }
}
