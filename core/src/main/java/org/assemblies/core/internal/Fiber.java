package org.assemblies.core.internal;

import org.assemblies.core.Seeds;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The synapses from one area (rows = pre-synaptic neurons) to another (columns = post-synaptic
 * neurons), stored per row as parallel arrays of column ids and weights, like the C++ reference's
 * per-fiber adjacency lists.
 *
 * <p>A fiber into an explicit area has a fixed column range, so its rows are not stored up front:
 * row j is the Bernoulli(p) sequence of the stream named by (fiber, j) and is materialised the
 * first time neuron j fires. Fibers into lazy areas grow with both areas.
 */
public final class Fiber {
  private static final int[] NO_COLS = new int[0];
  private static final float[] NO_WEIGHTS = new float[0];

  final int source;
  final int target;
  /** Rows are drawn on demand over {@code implicitColumns} columns (the target is explicit). */
  final boolean implicit;
  final int implicitColumns;
  final double p;
  final long rowSeed;
  private final Geometric geometric;

  int[][] cols = new int[0][];
  float[][] weights = new float[0][];
  int[] len = new int[0];
  /** Row j holds every column in order (0, 1, …, len − 1): its inputs add without indirection. */
  boolean[] full = new boolean[0];
  /** Per-column sums of weights when the target normalises its incoming weights, else null. */
  double[] colSum;

  Fiber(int source, int target, boolean implicit, int implicitColumns, double p, long rowSeed) {
    this.source = source;
    this.target = target;
    this.implicit = implicit;
    this.implicitColumns = implicitColumns;
    this.p = p;
    this.rowSeed = rowSeed;
    this.geometric = new Geometric(p);
  }

  int rowCapacity() {
    return cols.length;
  }

  void ensureRows(int rows) {
    if (rows > cols.length) {
      int cap = Math.max(rows, cols.length + (cols.length >> 1));
      cols = Arrays.copyOf(cols, cap);
      weights = Arrays.copyOf(weights, cap);
      len = Arrays.copyOf(len, cap);
      full = Arrays.copyOf(full, cap);
    }
  }

  void ensureColumns(int columns) {
    if (colSum != null && columns > colSum.length) {
      colSum = Arrays.copyOf(colSum, Math.max(columns, colSum.length + (colSum.length >> 1)));
    }
  }

  /** Makes row j available: draws it if the fiber is implicit and the row was never drawn. */
  void materialise(int j, IntList scratch) {
    if (cols[j] != null || !implicit) {
      return;
    }
    scratch.clear();
    drawImplicitRow(j, scratch);
    setRow(j, scratch, false);
  }

  private void drawImplicitRow(int j, IntList out) {
    geometric.positions(Seeds.stream(rowSeed, j), implicitColumns, null, out);
  }

  /** Installs row j with weight 1 on each column of {@code positions}. */
  void setRow(int j, IntList positions, boolean countInColumnSums) {
    int n = positions.size();
    int cap = n + (n >> 3) + 2; // headroom for columns appended as the target grows
    int[] c = n == 0 && implicit ? NO_COLS : Arrays.copyOf(positions.raw(), implicit ? n : cap);
    float[] w = n == 0 && implicit ? NO_WEIGHTS : new float[c.length];
    Arrays.fill(w, 0, n, 1.0f);
    cols[j] = c;
    weights[j] = w;
    len[j] = n;
    updateFull(j);
    if (countInColumnSums && colSum != null) {
      for (int e = 0; e < n; e++) {
        colSum[c[e]] += 1.0;
      }
    }
  }

  /** Recomputes {@link #full} for row j (after it was installed or read). */
  void updateFull(int j) {
    int[] c = cols[j];
    int n = len[j];
    boolean f = implicit && n == implicitColumns && n > 0;
    for (int e = 0; f && e < n; e++) {
      f = c[e] == e;
    }
    full[j] = f;
  }

  void addRowToColumnSums(int j) {
    for (int e = 0; e < len[j]; e++) {
      colSum[cols[j][e]] += weights[j][e];
    }
  }

  /** Adds synapse j → col with the given weight (the target grew a neuron). */
  void append(int j, int col, float weight) {
    full[j] = false;
    int[] c = cols[j];
    int n = len[j];
    if (c == null || n == c.length) {
      int cap = c == null ? 4 : n + (n >> 1) + 4;
      cols[j] = c = c == null ? new int[cap] : Arrays.copyOf(c, cap);
      weights[j] = weights[j] == null ? new float[cap] : Arrays.copyOf(weights[j], cap);
    }
    c[n] = col;
    weights[j][n] = weight;
    len[j] = n + 1;
    if (colSum != null) {
      colSum[col] += weight;
    }
  }

  /** input[col] += weight(j → col) for every firing row j (weights scaled if normalised). */
  void addInputs(int[] winners, float[] input, float normTotal, IntList scratch) {
    double[] sums = colSum;
    for (int j : winners) {
      materialise(j, scratch);
      int[] c = cols[j];
      if (c == null) {
        continue;
      }
      float[] w = weights[j];
      int n = len[j];
      if (sums == null && full[j]) {
        for (int e = 0; e < n; e++) { // the same additions in the same order, without the gather
          input[e] += w[e];
        }
      } else if (sums == null) {
        for (int e = 0; e < n; e++) {
          input[c[e]] += w[e];
        }
      } else {
        for (int e = 0; e < n; e++) {
          int col = c[e];
          input[col] += (float) (w[e] * normTotal / sums[col]);
        }
      }
    }
  }

  /** A Hebbian weight update: the new weight of a synapse of weight w (already capped). */
  @FunctionalInterface
  interface Update {
    float apply(float w);
  }

  /** Hebbian plasticity: weight(j → i) ← update(weight) for firing j and newly winning i. */
  void strengthen(int[] winners, boolean[] isNewWinner, Update update, IntList scratch) {
    double[] sums = colSum;
    for (int j : winners) {
      materialise(j, scratch);
      int[] c = cols[j];
      if (c == null) {
        continue;
      }
      float[] w = weights[j];
      int n = len[j];
      for (int e = 0; e < n; e++) {
        int col = c[e];
        if (isNewWinner[col]) {
          float old = w[e];
          w[e] = update.apply(old);
          if (sums != null) {
            sums[col] += w[e] - old;
          }
        }
      }
    }
  }

  /** Appends to {@code out} the Bernoulli(p) rows among {@code [0, rows)} not in {@code exclude}. */
  void bernoulliRows(UniformRandomProvider rng, int rows, boolean[] exclude, IntList out) {
    geometric.positions(rng, rows, exclude, out);
  }

  /** Recomputes the column sums over all rows (switching normalisation on). */
  void enableColumnSums(int columns, int rows, IntList scratch) {
    colSum = new double[Math.max(columns, 1)];
    for (int j = 0; j < rows; j++) {
      if (cols[j] != null) {
        for (int e = 0; e < len[j]; e++) {
          colSum[cols[j][e]] += weights[j][e];
        }
      } else if (implicit) {
        scratch.clear();
        drawImplicitRow(j, scratch); // not stored: an undrawn row has all weights 1
        for (int e = 0; e < scratch.size(); e++) {
          colSum[scratch.get(e)] += 1.0;
        }
      }
    }
  }

  /**
   * Rescales the weights once so that each column's weights over rows {@code [0, rows)} sum to
   * {@code total} (columns without synapses stay empty). Draws every undrawn row first.
   */
  void rescaleColumns(int rows, int columns, double total, IntList scratch) {
    ensureRows(rows);
    double[] sums = new double[Math.max(columns, 1)];
    for (int j = 0; j < rows; j++) {
      materialise(j, scratch);
      if (cols[j] != null) {
        for (int e = 0; e < len[j]; e++) {
          sums[cols[j][e]] += weights[j][e];
        }
      }
    }
    for (int j = 0; j < rows; j++) {
      if (cols[j] != null) {
        for (int e = 0; e < len[j]; e++) {
          weights[j][e] = (float) (weights[j][e] * total / sums[cols[j][e]]);
        }
      }
    }
    if (colSum != null) {
      colSum = new double[Math.max(columns, colSum.length)];
      for (int c = 0; c < columns; c++) {
        colSum[c] = sums[c] > 0 ? total : 0;
      }
    }
  }

  void disableColumnSums() {
    colSum = null;
  }

  /** Total number of stored synapses (for statistics and memory estimates). */
  long storedSynapses() {
    long s = 0;
    for (int j = 0; j < cols.length; j++) {
      s += len[j];
    }
    return s;
  }

  /** Weight of synapse j → col, or 0 if absent (row drawn if needed). For tests and analysis. */
  float weight(int j, int col, IntList scratch) {
    materialise(j, scratch);
    int[] c = cols[j];
    if (c == null) {
      return 0f;
    }
    for (int e = 0; e < len[j]; e++) {
      if (c[e] == col) {
        return weights[j][e];
      }
    }
    return 0f;
  }
}
