package org.assemblies.core.internal;

import org.assemblies.core.Seeds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.DiscreteDistribution;

/**
 * The simulation state and the projection step of spec core.md §2.
 *
 * <p>Areas and stimuli are addressed by index (their order of creation). A step runs in four
 * phases over the targets, always in index order: (A) inputs, candidates and cap, reading only the
 * state from before the step; (B1) rows of the new neurons' outgoing synapses over the old
 * columns, and their stimulus entries; (B2) columns of the new neurons' incoming synapses over all
 * rows, old and new; (C) Hebbian plasticity; then the new winners are committed together. Each
 * target draws from its own named random streams, so nothing depends on the order in which a
 * caller lists targets.
 */
public final class Engine {
  // names of random streams
  private static final long STEP = 1;
  static final long FIBER = 2;
  private static final long STIMULUS = 3;
  private static final long LATE_AREA = 4;

  final double p;
  final long seed;
  float maxWeight;
  boolean plasticityEnabled = true;
  boolean recordWinners;
  long steps;

  final List<AreaState> areas = new ArrayList<>();
  final Map<String, Integer> areaIndex = new HashMap<>();
  final List<String> stimNames = new ArrayList<>();
  int[] stimSize = new int[0];
  final Map<String, Integer> stimIndex = new HashMap<>();
  /** fibers[source][target]. */
  Fiber[][] fibers = new Fiber[0][0];

  private final IntList scratch = new IntList(1024);
  private int[] perm = new int[0];
  private boolean[] rowMark = new boolean[0];

  public Engine(double p, long seed, float maxWeight, boolean recordWinners) {
    this.p = p;
    this.seed = seed;
    this.maxWeight = maxWeight;
    this.recordWinners = recordWinners;
  }

  // ---------------------------------------------------------------- construction

  public int addStimulus(String name, int size) {
    int s = stimNames.size();
    stimNames.add(name);
    stimIndex.put(name, s);
    stimSize = Arrays.copyOf(stimSize, s + 1);
    stimSize[s] = size;
    for (AreaState a : areas) {
      a.betaFromStim = Arrays.copyOf(a.betaFromStim, s + 1);
      a.betaFromStim[s] = a.beta;
      a.lambdaFromStim = Arrays.copyOf(a.lambdaFromStim, s + 1);
      a.stimCounts = Arrays.copyOf(a.stimCounts, s + 1);
      a.stimFactors = Arrays.copyOf(a.stimFactors, s + 1);
      a.setStimulus(s, binomialVector(size, a.represented, Seeds.stream(seed, STIMULUS, s, a.index)));
    }
    return s;
  }

  private float[] binomialVector(int trials, int length, UniformRandomProvider rng) {
    float[] v = new float[length];
    if (length > 0) {
      DiscreteDistribution.Sampler b = BinomialDistribution.of(trials, p).createSampler(rng);
      for (int i = 0; i < length; i++) {
        v[i] = b.sample();
      }
    }
    return v;
  }

  public int addArea(String name, int n, int k, double beta, boolean explicit, double innerP,
      double inP, double outP) {
    int t = areas.size();
    AreaState a = new AreaState(name, t, n, k, beta, explicit, innerP, inP, outP);
    areas.add(a);
    areaIndex.put(name, t);
    for (AreaState other : areas) {
      other.betaFromArea = Arrays.copyOf(other.betaFromArea, t + 1);
      other.betaFromArea[t] = other.beta;
      other.lambdaFromArea = Arrays.copyOf(other.lambdaFromArea, t + 1);
    }
    a.betaFromArea = new double[t + 1];
    Arrays.fill(a.betaFromArea, beta);
    a.lambdaFromArea = new double[t + 1];
    int stims = stimNames.size();
    a.betaFromStim = new double[stims];
    Arrays.fill(a.betaFromStim, beta);
    a.lambdaFromStim = new double[stims];
    a.stimCounts = new float[stims][];
    a.stimFactors = new float[stims][];
    for (int s = 0; s < stims; s++) {
      a.setStimulus(s, binomialVector(stimSize[s], a.represented, Seeds.stream(seed, STIMULUS, s, t)));
    }

    Fiber[][] grown = new Fiber[t + 1][t + 1];
    for (int i = 0; i < t; i++) {
      System.arraycopy(fibers[i], 0, grown[i], 0, t);
    }
    fibers = grown;
    for (int x = 0; x <= t; x++) {
      fibers[x][t] = newFiber(areas.get(x), a);
      if (x != t) {
        fibers[t][x] = newFiber(a, areas.get(x));
      }
    }
    return t;
  }

  private Fiber newFiber(AreaState from, AreaState to) {
    double fp = p;
    if (from.explicit && to.explicit) {
      fp = from == to ? to.innerP : (to.index > from.index ? to.inP : from.outP);
    }
    Fiber f = new Fiber(from.index, to.index, to.explicit, to.explicit ? to.n : 0, fp,
        Seeds.derive(seed, FIBER, from.index, to.index));
    f.ensureRows(from.represented);
    if (!to.explicit && to.represented > 0 && from.represented > 0) {
      // an area added after `to` grew: its rows get Bernoulli(p) entries in to's existing columns
      UniformRandomProvider rng = Seeds.stream(seed, LATE_AREA, from.index, to.index);
      for (int col = 0; col < to.represented; col++) {
        scratch.clear();
        f.bernoulliRows(rng, from.represented, null, scratch);
        for (int e = 0; e < scratch.size(); e++) {
          f.append(scratch.get(e), col, 1f);
        }
      }
    }
    return f;
  }

  // ---------------------------------------------------------------- the step

  /** What phase A decided for one target. */
  private record Plan(
      AreaState target,
      int[] stims,
      int[] sources,
      int[] newWinners, // sorted ascending, new ids included
      int oldRepresented,
      int numNew,
      int firstTime, // winners that never fired before
      int[] chosenStart, // chosen[chosenStart[c] .. chosenStart[c+1]) = positions feeding new c
      int[] chosen) {}

  /**
   * One synchronous step. {@code stims[t]} and {@code sources[t]} list, sorted and without
   * duplicates, the stimuli and areas firing into target t (null when t is not a target).
   */
  public void step(int[][] stims, int[][] sources) {
    validate(stims, sources);
    List<Plan> plans = new ArrayList<>();
    for (AreaState t : areas) {
      int[] st = stims[t.index];
      int[] src = sources[t.index];
      if (st == null && src == null) {
        continue;
      }
      st = st == null ? AreaState.NONE : st;
      src = src == null ? AreaState.NONE : src;
      plans.add(t.fixed ? fixedPlan(t, st, src) : select(t, st, src));
    }
    int[] newRepresented = new int[areas.size()];
    for (AreaState a : areas) {
      newRepresented[a.index] = a.represented;
    }
    for (Plan pl : plans) {
      newRepresented[pl.target.index] += pl.numNew;
    }
    for (Plan pl : plans) {
      if (pl.numNew > 0) {
        growRows(pl);
      }
    }
    for (Plan pl : plans) {
      if (pl.numNew > 0) {
        growColumns(pl, newRepresented);
      }
    }
    if (plasticityEnabled) {
      for (Plan pl : plans) {
        strengthen(pl, newRepresented[pl.target.index]);
      }
    }
    for (Plan pl : plans) {
      commit(pl);
    }
    steps++;
  }

  private void validate(int[][] stims, int[][] sources) {
    for (AreaState t : areas) {
      if (sources[t.index] != null) {
        for (int s : sources[t.index]) {
          AreaState src = areas.get(s);
          if (src.winners.length == 0) {
            throw new IllegalStateException("cannot project from area '" + src.name
                + "' into '" + t.name + "': '" + src.name + "' has no winners (fire a stimulus into"
                + " it first or set its winners)");
          }
        }
      }
      boolean target = stims[t.index] != null || sources[t.index] != null;
      if (target && !t.fixed && !t.explicit && (long) t.n - t.represented <= t.k) {
        throw new IllegalStateException("area '" + t.name + "' is exhausted: support w="
            + t.represented + " leaves n - w = " + (t.n - t.represented) + " never-fired neurons,"
            + " which must be more than k=" + t.k + " (use a larger n)");
      }
    }
  }

  private Plan fixedPlan(AreaState t, int[] st, int[] src) {
    return new Plan(t, st, src, t.winners, t.represented, 0, 0, null, null);
  }

  /** Phase A: inputs, candidates and cap for a target that is not fixed. */
  private Plan select(AreaState t, int[] st, int[] src) {
    UniformRandomProvider rng = Seeds.stream(seed, STEP, steps, t.index, 0);
    int w = t.represented;
    long totalK = 0;
    for (int s : st) {
      totalK += stimSize[s];
    }
    for (int s : src) {
      totalK += areas.get(s).winners.length;
    }
    long nEff = (long) t.n - w;
    int maxCandidates = t.explicit ? 0 : (int) Math.min(nEff, 2L * t.k);
    t.ensureScratch(w + maxCandidates);
    float[] in = t.input;
    Arrays.fill(in, 0, w + maxCandidates, 0f);
    for (int s : st) {
      float[] count = t.stimCounts[s];
      float[] factor = t.stimFactors[s];
      for (int i = 0; i < w; i++) {
        in[i] += count[i] * factor[i];
      }
    }
    float norm = (float) t.normTotal;
    for (int s : src) {
      fibers[s][t.index].addInputs(areas.get(s).winners, in, norm, scratch);
    }

    long[] keys = t.keys;
    int kept;
    if (t.explicit) {
      if (t.hook != null) {
        t.hook.beforeCap(t.name, in, w, w);
      }
      kept = TopK.selectTop(fillKeys(keys, in, 0, 0, w), w, t.k);
    } else if (t.hook != null) { // the hook sees every input, so candidates are always drawn
      int m = sampleCandidates(t, (int) totalK, nEff, rng, in);
      t.hook.beforeCap(t.name, in, w, w + m);
      kept = TopK.selectTop(fillKeys(keys, in, 0, 0, w + m), w + m, t.k);
    } else {
      // Keep the k best known neurons, then compete with the candidates. As in the C++
      // reference, a candidate gets at most K and ties go to old neurons, so when the k-th best
      // known input is already ≥ K no candidate can win and none is drawn.
      int base = TopK.selectTop(fillKeys(keys, in, 0, 0, w), w, t.k);
      if (base < t.k || TopK.input(TopK.min(keys, base)) < totalK) {
        int m = sampleCandidates(t, (int) totalK, nEff, rng, in);
        fillKeys(keys, in, base, w, m);
        base = TopK.selectTop(keys, base + m, t.k);
      }
      kept = base;
    }

    // new neurons are numbered in order of decreasing input (ties: lower candidate index first)
    int numCandidates = 0;
    for (int r = 0; r < kept; r++) {
      if (TopK.index(keys[r]) >= w) {
        long tmp = keys[numCandidates];
        keys[numCandidates++] = keys[r];
        keys[r] = tmp;
      }
    }
    TopK.sortDescending(keys, numCandidates);
    int[] winners = new int[kept];
    int numNew = numCandidates;
    int firstTime = 0;
    int[] newInputs = new int[numNew];
    for (int r = 0; r < kept; r++) {
      int idx = TopK.index(keys[r]);
      if (r < numNew) {
        winners[r] = w + r;
        newInputs[r] = (int) in[idx];
      } else {
        winners[r] = idx;
        if (t.explicit && !t.everFiredFlags[idx]) {
          firstTime++;
        }
      }
    }
    Arrays.sort(winners);
    if (!t.explicit) {
      firstTime = numNew;
    }
    int[] chosenStart = null;
    int[] chosen = null;
    if (numNew > 0) {
      chosenStart = new int[numNew + 1];
      IntList all = new IntList(64);
      int kk = (int) totalK;
      if (perm.length < kk) {
        perm = new int[kk];
      }
      for (int i = 0; i < kk; i++) {
        perm[i] = i;
      }
      for (int c = 0; c < numNew; c++) {
        chosenStart[c] = all.size();
        // y distinct positions among the K firing inputs: a partial Fisher–Yates shuffle
        int y = newInputs[c];
        for (int i = 0; i < y; i++) {
          int j = i + rng.nextInt(kk - i);
          int tmp = perm[i];
          perm[i] = perm[j];
          perm[j] = tmp;
          all.add(perm[i]);
        }
      }
      chosenStart[numNew] = all.size();
      chosen = all.toArray();
    }
    return new Plan(t, st, src, winners, w, numNew, firstTime, chosenStart, chosen);
  }

  private static long[] fillKeys(long[] keys, float[] in, int at, int from, int count) {
    for (int i = 0; i < count; i++) {
      keys[at + i] = TopK.key(in[from + i], from + i);
    }
    return keys;
  }

  /** Draws the never-fired candidates' inputs into {@code in[w..w+m)}; returns m. */
  private int sampleCandidates(AreaState t, int totalK, long nEff, UniformRandomProvider rng, float[] in) {
    int w = t.represented;
    if (nEff <= 2L * t.k) { // few neurons left: exact binomials for all of them
      CandidateSampler.sampleExact(totalK, p, (int) nEff, rng, in, w);
      return (int) nEff;
    }
    CandidateSampler.sampleTail(totalK, p, nEff, t.k, rng, in, w);
    return t.k;
  }

  /** Phase B1: outgoing rows of the new neurons over old columns; their stimulus entries. */
  private void growRows(Plan pl) {
    AreaState t = pl.target;
    int w0 = pl.oldRepresented;
    int w1 = w0 + pl.numNew;
    UniformRandomProvider rng = Seeds.stream(seed, STEP, steps, t.index, 1);
    for (AreaState x : areas) {
      Fiber f = fibers[t.index][x.index];
      f.ensureRows(w1);
      if (f.implicit) { // rows into explicit areas are drawn when first needed
        if (f.colSum != null) { // ... unless the target's column sums must include them now
          for (int r = w0; r < w1; r++) {
            f.materialise(r, scratch);
            f.addRowToColumnSums(r);
          }
        }
        continue;
      }
      for (int r = w0; r < w1; r++) {
        scratch.clear();
        f.bernoulliRows(rng, x.represented, null, scratch);
        f.setRow(r, scratch, true);
      }
    }
    int offset = 0;
    int si = 0;
    for (int s = 0; s < stimSize.length; s++) {
      t.ensureStimCapacity(s, w1);
      float[] v = t.stimCounts[s];
      if (si < pl.stims.length && pl.stims[si] == s) { // firing: its share of the split
        for (int c = 0; c < pl.numNew; c++) {
          v[w0 + c] = countInBlock(pl, c, offset, offset + stimSize[s]);
        }
        offset += stimSize[s];
        si++;
      } else {
        DiscreteDistribution.Sampler b = BinomialDistribution.of(stimSize[s], p).createSampler(rng);
        for (int c = 0; c < pl.numNew; c++) {
          v[w0 + c] = b.sample();
        }
      }
    }
  }

  private static int countInBlock(Plan pl, int c, int from, int to) {
    int count = 0;
    for (int e = pl.chosenStart[c]; e < pl.chosenStart[c + 1]; e++) {
      if (pl.chosen[e] >= from && pl.chosen[e] < to) {
        count++;
      }
    }
    return count;
  }

  /** Phase B2: incoming columns of the new neurons over every area's rows, old and new. */
  private void growColumns(Plan pl, int[] newRepresented) {
    AreaState t = pl.target;
    int w0 = pl.oldRepresented;
    UniformRandomProvider rng = Seeds.stream(seed, STEP, steps, t.index, 2);
    int offset = 0;
    for (int s : pl.stims) {
      offset += stimSize[s];
    }
    int si = 0;
    for (AreaState s : areas) {
      Fiber f = fibers[s.index][t.index];
      int rows = newRepresented[s.index];
      f.ensureRows(rows);
      f.ensureColumns(w0 + pl.numNew);
      boolean firing = si < pl.sources.length && pl.sources[si] == s.index;
      int[] sw = s.winners;
      boolean[] mark = null;
      if (firing) {
        mark = rowMark(rows);
        for (int j : sw) {
          mark[j] = true;
        }
      }
      for (int c = 0; c < pl.numNew; c++) {
        int col = w0 + c;
        if (firing) { // exactly the chosen winners of this block connect
          for (int e = pl.chosenStart[c]; e < pl.chosenStart[c + 1]; e++) {
            int pos = pl.chosen[e] - offset;
            if (pos >= 0 && pos < sw.length) {
              f.append(sw[pos], col, 1f);
            }
          }
        }
        scratch.clear();
        f.bernoulliRows(rng, rows, mark, scratch);
        for (int e = 0; e < scratch.size(); e++) {
          f.append(scratch.get(e), col, 1f);
        }
      }
      if (firing) {
        for (int j : sw) {
          mark[j] = false;
        }
        offset += sw.length;
        si++;
      }
    }
  }

  private boolean[] rowMark(int size) {
    if (rowMark.length < size) {
      rowMark = new boolean[Math.max(size, rowMark.length + (rowMark.length >> 1))];
    }
    return rowMark;
  }

  /**
   * Phase C: weight(j → i) *= 1 + beta(source → target) for firing j and new winners i (or the
   * saturating rule's increment where the pair uses it).
   */
  private void strengthen(Plan pl, int represented) {
    AreaState t = pl.target;
    boolean[] isNew = t.mark(represented);
    for (int i : pl.newWinners) {
      isNew[i] = true;
    }
    for (int s : pl.stims) { // every synapse of an aggregate has the same weight: update the factor
      Fiber.Update update = update(t.betaFromStim[s], t.lambdaFromStim[s]);
      float[] v = t.stimFactors[s];
      for (int i : pl.newWinners) {
        v[i] = update.apply(v[i]);
      }
    }
    for (int s : pl.sources) {
      fibers[s][t.index].strengthen(areas.get(s).winners, isNew,
          update(t.betaFromArea[s], t.lambdaFromArea[s]), scratch);
    }
    for (int i : pl.newWinners) {
      isNew[i] = false;
    }
  }

  /** The pair's rule: multiplicative (λ = 0) or saturating with rate λ; capped at maxWeight. */
  private Fiber.Update update(double beta, double lambda) {
    float cap = maxWeight;
    if (lambda == 0) {
      float factor = (float) (1 + beta);
      return w -> Math.min(w * factor, cap);
    }
    org.assemblies.core.PlasticityRule.Saturating rule = new org.assemblies.core.PlasticityRule.Saturating(lambda);
    return w -> Math.min((float) (w + rule.delta(w, beta)), cap);
  }

  private void commit(Plan pl) {
    AreaState t = pl.target;
    if (!t.fixed) {
      t.winners = pl.newWinners;
      t.numFirstWinners = pl.firstTime;
      if (t.explicit) {
        for (int i : pl.newWinners) {
          t.everFiredFlags[i] = true;
        }
        t.everFired += pl.firstTime;
      } else {
        t.represented += pl.numNew;
        t.everFired = t.represented;
      }
    } else {
      t.numFirstWinners = 0;
    }
    t.supportHistory.add(t.everFired);
    if (recordWinners) {
      t.winnersHistory.add(t.winners);
    }
  }

  // ---------------------------------------------------------------- state access for the facade

  public AreaState area(int index) {
    return areas.get(index);
  }

  public int areaCount() {
    return areas.size();
  }

  public Integer areaIndexOf(String name) {
    return areaIndex.get(name);
  }

  public Integer stimulusIndexOf(String name) {
    return stimIndex.get(name);
  }

  public int stimulusCount() {
    return stimNames.size();
  }

  public String stimulusName(int s) {
    return stimNames.get(s);
  }

  public int stimulusSize(int s) {
    return stimSize[s];
  }

  public double p() {
    return p;
  }

  public long seed() {
    return seed;
  }

  public long steps() {
    return steps;
  }

  public float maxWeight() {
    return maxWeight;
  }

  public boolean recordWinners() {
    return recordWinners;
  }

  public boolean plasticityEnabled() {
    return plasticityEnabled;
  }

  public void setPlasticityEnabled(boolean enabled) {
    plasticityEnabled = enabled;
  }

  /** Replaces an area's winners (sorted copy; ids must be represented and distinct). */
  public void setWinners(int area, int[] ids) {
    AreaState a = areas.get(area);
    int[] sorted = ids.clone();
    Arrays.sort(sorted);
    a.winners = sorted;
  }

  public void setFixed(int area, boolean fixed) {
    areas.get(area).fixed = fixed;
  }

  public void setBetaFromArea(int target, int source, double beta) {
    areas.get(target).betaFromArea[source] = beta;
  }

  public void setBetaFromStimulus(int target, int stimulus, double beta) {
    areas.get(target).betaFromStim[stimulus] = beta;
  }

  /** The rule of synapses from area {@code source} into {@code target}: 0 multiplicative, else λ. */
  public void setLambdaFromArea(int target, int source, double lambda) {
    areas.get(target).lambdaFromArea[source] = lambda;
  }

  /** The rule of synapses from stimulus {@code stimulus} into {@code target}: 0 multiplicative, else λ. */
  public void setLambdaFromStimulus(int target, int stimulus, double lambda) {
    areas.get(target).lambdaFromStim[stimulus] = lambda;
  }

  public void setHook(int area, org.assemblies.core.InputHook hook) {
    areas.get(area).hook = hook;
  }

  /** Normalises the incoming weights of each neuron of {@code area}, per fiber; NaN switches off. */
  public void setNormalisation(int area, double total) {
    AreaState t = areas.get(area);
    t.normTotal = total;
    for (AreaState s : areas) {
      Fiber f = fibers[s.index][area];
      if (Double.isNaN(total)) {
        f.disableColumnSums();
      } else if (f.colSum == null) {
        f.enableColumnSums(t.represented, s.represented, scratch);
      }
    }
  }

  /**
   * The cap an explicit target would take if the given source areas fired the given neurons —
   * without committing anything, without plasticity and without changing any winners.
   */
  public int[] peek(int target, int[] sources, int[][] sourceWinners) {
    AreaState t = areas.get(target);
    int[][] saved = new int[sources.length][];
    for (int i = 0; i < sources.length; i++) {
      saved[i] = areas.get(sources[i]).winners;
      areas.get(sources[i]).winners = sourceWinners[i];
    }
    try {
      int[] sorted = sources.clone();
      Arrays.sort(sorted);
      return select(t, AreaState.NONE, sorted).newWinners().clone();
    } finally {
      for (int i = 0; i < sources.length; i++) {
        areas.get(sources[i]).winners = saved[i];
      }
    }
  }

  /** Rescales, once, each neuron's incoming weights from each area to sum to {@code total}. */
  public void normaliseNow(int area, double total) {
    AreaState t = areas.get(area);
    for (AreaState s : areas) {
      fibers[s.index][area].rescaleColumns(s.represented, t.represented, total, scratch);
    }
  }

  /** Weight of synapse source:j → target:i, 0 when absent. */
  public float weight(int source, int target, int j, int i) {
    return fibers[source][target].weight(j, i, scratch);
  }

  /** Aggregated weight of stimulus s onto neuron i of an area. */
  public float stimulusWeight(int s, int area, int i) {
    AreaState a = areas.get(area);
    return a.stimCounts[s][i] * a.stimFactors[s][i];
  }

  public long storedSynapses() {
    long total = 0;
    for (Fiber[] row : fibers) {
      for (Fiber f : row) {
        total += f.storedSynapses();
      }
    }
    return total;
  }
}
