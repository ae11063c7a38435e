package org.assemblies.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The mutable state of one area; owned and kept consistent by {@link Engine}. */
public final class AreaState {
  static final int[] NONE = new int[0];

  final String name;
  final int index;
  final int n;
  final int k;
  final double beta;
  final boolean explicit;
  /** Custom connection probabilities of an explicit area (self, into it, out of it). */
  final double innerP;
  final double inP;
  final double outP;

  /** Represented neurons: w for a lazy area, n for an explicit one. */
  int represented;
  /** Neurons that have ever fired (w for a lazy area). */
  int everFired;
  boolean[] everFiredFlags; // explicit areas only
  int[] winners = NONE; // sorted ascending
  boolean fixed;
  int numFirstWinners = -1;
  double[] betaFromArea = new double[0];
  double[] betaFromStim = new double[0];
  /**
   * The plasticity rule per source, like the betas: 0 for the multiplicative rule, else the λ of
   * the saturating rule (PlasticityRule.Saturating).
   */
  double[] lambdaFromArea = new double[0];
  double[] lambdaFromStim = new double[0];
  /**
   * Per stimulus, the aggregated stimulus → neuron synapses: neuron i receives
   * {@code stimCounts[s][i]} synapses, each of weight {@code stimFactors[s][i]} (all of them are
   * strengthened together, so one factor per neuron; the weight cap applies to it).
   */
  float[][] stimCounts = new float[0][];
  float[][] stimFactors = new float[0][];
  /** Target sum of each neuron's incoming weights per fiber; NaN when off. */
  double normTotal = Double.NaN;
  org.assemblies.core.InputHook hook;

  final IntList supportHistory = new IntList();
  final List<int[]> winnersHistory = new ArrayList<>();

  // scratch, reused across steps
  float[] input = new float[0];
  long[] keys = new long[0];
  boolean[] mark = new boolean[0];

  AreaState(String name, int index, int n, int k, double beta, boolean explicit, double innerP,
      double inP, double outP) {
    this.name = name;
    this.index = index;
    this.n = n;
    this.k = k;
    this.beta = beta;
    this.explicit = explicit;
    this.innerP = innerP;
    this.inP = inP;
    this.outP = outP;
    if (explicit) {
      represented = n;
      everFiredFlags = new boolean[n];
    }
  }

  /** Grows the scratch arrays to hold {@code size} entries. */
  void ensureScratch(int size) {
    if (input.length < size) {
      int cap = Math.max(size, input.length + (input.length >> 1));
      input = new float[cap];
      keys = new long[cap];
    }
  }

  boolean[] mark(int size) {
    if (mark.length < size) {
      mark = new boolean[Math.max(size, mark.length + (mark.length >> 1))];
    }
    return mark;
  }

  void ensureStimCapacity(int stim, int size) {
    float[] v = stimCounts[stim];
    if (v.length < size) {
      int cap = Math.max(size, v.length + (v.length >> 1) + 16);
      stimCounts[stim] = Arrays.copyOf(v, cap);
      int old = stimFactors[stim].length;
      stimFactors[stim] = Arrays.copyOf(stimFactors[stim], cap);
      Arrays.fill(stimFactors[stim], old, cap, 1f);
    }
  }

  /** Installs fresh stimulus synapse counts (factors 1) for a new stimulus slot. */
  void setStimulus(int stim, float[] counts) {
    stimCounts[stim] = counts;
    float[] f = new float[counts.length];
    Arrays.fill(f, 1f);
    stimFactors[stim] = f;
  }

  public String name() {
    return name;
  }

  public int index() {
    return index;
  }

  public int n() {
    return n;
  }

  public int k() {
    return k;
  }

  public double beta() {
    return beta;
  }

  public boolean isExplicit() {
    return explicit;
  }

  /** Neurons that have ever fired: w for a lazy area. */
  public int support() {
    return everFired;
  }

  public int represented() {
    return represented;
  }

  public int[] winners() {
    return winners.clone();
  }

  public int winnerCount() {
    return winners.length;
  }

  public boolean isFixed() {
    return fixed;
  }

  public int numFirstWinners() {
    return numFirstWinners;
  }

  public double betaFromArea(int source) {
    return betaFromArea[source];
  }

  public double betaFromStimulus(int stimulus) {
    return betaFromStim[stimulus];
  }

  /** 0 when synapses from the area learn multiplicatively, else the saturating rule's λ. */
  public double lambdaFromArea(int source) {
    return lambdaFromArea[source];
  }

  /** 0 when synapses from the stimulus learn multiplicatively, else the saturating rule's λ. */
  public double lambdaFromStimulus(int stimulus) {
    return lambdaFromStim[stimulus];
  }

  public double normalisation() {
    return normTotal;
  }

  public int[] supportHistory() {
    return supportHistory.toArray();
  }

  /** Winners after each recorded step (arrays are never mutated after commit). */
  public List<int[]> winnersHistory() {
    return java.util.Collections.unmodifiableList(winnersHistory);
  }
}
