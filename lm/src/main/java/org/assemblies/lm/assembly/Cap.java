package org.assemblies.lm.assembly;

/** The k-cap: the (at most) k neurons with the largest positive input. */
final class Cap {

  private Cap() {}

  /**
   * Indices, ascending, of the {@code k} largest positive entries of {@code x[0..n)}; ties are
   * broken towards the lower index, and fewer than k come back when fewer are positive (a neuron
   * with no input never fires). {@code scratch} holds at least n doubles.
   */
  static int[] topK(double[] x, int n, int k, double[] scratch) {
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (x[i] > 0) {
        scratch[m++] = x[i];
      }
    }
    if (m <= k) {
      int[] out = new int[m];
      int j = 0;
      for (int i = 0; i < n && j < m; i++) {
        if (x[i] > 0) {
          out[j++] = i;
        }
      }
      return out;
    }
    double thr = select(scratch, m, m - k); // the k-th largest = (m-k)-th smallest
    int above = 0;
    for (int i = 0; i < n; i++) {
      if (x[i] > thr) {
        above++;
      }
    }
    int ties = k - above;
    int[] out = new int[k];
    int j = 0;
    for (int i = 0; i < n && j < k; i++) {
      if (x[i] > thr) {
        out[j++] = i;
      } else if (x[i] == thr && ties > 0) {
        out[j++] = i;
        ties--;
      }
    }
    return out;
  }

  /**
   * {@link #topK(double[], int, int, double[])} when only {@code x[reached[0..m)]} can be non-zero
   * (the other entries are 0); the same result, in time linear in m.
   */
  static int[] topK(double[] x, int[] reached, int m, int k, double[] scratch) {
    int pos = 0;
    for (int j = 0; j < m; j++) {
      if (x[reached[j]] > 0) {
        scratch[pos++] = x[reached[j]];
      }
    }
    if (pos <= k) {
      int[] out = new int[pos];
      int o = 0;
      for (int j = 0; j < m; j++) {
        if (x[reached[j]] > 0) {
          out[o++] = reached[j];
        }
      }
      java.util.Arrays.sort(out);
      return out;
    }
    double thr = select(scratch, pos, pos - k);
    int above = 0;
    int ties = 0;
    for (int j = 0; j < m; j++) {
      double v = x[reached[j]];
      if (v > thr) {
        above++;
      } else if (v == thr) {
        ties++;
      }
    }
    int[] out = new int[k];
    int[] tied = new int[ties];
    int o = 0;
    int tc = 0;
    for (int j = 0; j < m; j++) {
      double v = x[reached[j]];
      if (v > thr) {
        out[o++] = reached[j];
      } else if (v == thr) {
        tied[tc++] = reached[j];
      }
    }
    java.util.Arrays.sort(tied); // ties go to the lowest indices, as in the dense cap
    System.arraycopy(tied, 0, out, above, k - above);
    java.util.Arrays.sort(out);
    return out;
  }

  /** The r-th smallest (0-based) of a[0..m), by quickselect (a is permuted). */
  private static double select(double[] a, int m, int r) {
    int lo = 0;
    int hi = m - 1;
    while (lo < hi) {
      double pivot = a[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (r <= j) {
        hi = j;
      } else if (r >= i) {
        lo = i;
      } else {
        return a[r];
      }
    }
    return a[r];
  }
}
