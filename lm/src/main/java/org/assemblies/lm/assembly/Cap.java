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

  /** Size of the intersection of two ascending index sets. */
  static int overlap(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int c = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        c++;
        i++;
        j++;
      }
    }
    return c;
  }
}
