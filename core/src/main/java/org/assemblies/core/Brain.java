package org.assemblies.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assemblies.core.internal.AreaState;
import org.assemblies.core.internal.Engine;
import org.assemblies.core.internal.SnapshotCodec;

/**
 * A model brain of the Assembly Calculus (Papadimitriou et al., PNAS 2020): areas of n neurons
 * of which the k with the largest input fire, random synapses of probability p, Hebbian
 * plasticity, and stimuli. The semantics are those of spec core.md (the reference {@code brain.py}),
 * reproducible bit for bit from the seed.
 *
 * <pre>{@code
 * Brain brain = Brain.builder(0.01).seed(7).build();
 * brain.addStimulus("stim", 317).addArea("A", 100_000, 317, 0.05);
 * brain.project(Projection.builder().stimulus("stim", "A").build());
 * for (int t = 0; t < 49; t++) {
 *   brain.project(Projection.builder().stimulus("stim", "A").area("A", "A").build());
 * }
 * int support = brain.support("A");
 * }</pre>
 *
 * <p>A brain is not thread-safe; use one per thread.
 */
public final class Brain {
  private final Engine engine;

  private Brain(Engine engine) {
    this.engine = engine;
  }

  /** A brain with connection probability p, seed 0 and default options. */
  public static Brain of(double p, long seed) {
    return builder(p).seed(seed).build();
  }

  public static Builder builder(double p) {
    return new Builder(p);
  }

  /** Options of a brain; all off (as in the reference) unless set. */
  public static final class Builder {
    private final double p;
    private long seed;
    private double maxWeight = Double.POSITIVE_INFINITY;
    private boolean recordWinners;

    private Builder(double p) {
      this.p = p;
    }

    /** The seed of every random choice of this brain (default 0). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Caps every weight at this value after each Hebbian update (the C++ reference's cap). */
    public Builder maxWeight(double maxWeight) {
      this.maxWeight = maxWeight;
      return this;
    }

    /** Records the winners of every area after every step it takes part in. */
    public Builder recordWinners(boolean record) {
      this.recordWinners = record;
      return this;
    }

    public Brain build() {
      Checks.probability("p", p);
      if (!(maxWeight >= 1)) {
        throw new IllegalArgumentException("maxWeight=" + maxWeight + " must be ≥ 1 (or infinite)");
      }
      return new Brain(new Engine(p, seed, (float) Math.min(maxWeight, Float.MAX_VALUE), recordWinners));
    }
  }

  // ------------------------------------------------------------------ building

  /** Adds a stimulus of {@code size} neurons that always fire together. */
  public Brain addStimulus(String name, int size) {
    checkNewName(name);
    if (size < 1) {
      throw new IllegalArgumentException("size=" + size + " of stimulus '" + name + "' must be ≥ 1");
    }
    engine.addStimulus(name, size);
    return this;
  }

  /** Adds a lazy area: only neurons that have fired are represented (spec core.md §1). */
  public Brain addArea(String name, int n, int k, double beta) {
    checkArea(name, n, k, beta);
    engine.addArea(name, n, k, beta, false, engine.p(), engine.p(), engine.p());
    return this;
  }

  /** Adds an explicit area: all n neurons represented, dense Bernoulli(p) connectivity. */
  public Brain addExplicitArea(String name, int n, int k, double beta) {
    return addExplicitArea(name, n, k, beta, engine.p(), engine.p(), engine.p());
  }

  /**
   * Adds an explicit area with custom connection probabilities to itself ({@code innerP}), from
   * other explicit areas ({@code inP}) and to other explicit areas ({@code outP}). Fibers to and
   * from lazy areas always use the brain's p.
   */
  public Brain addExplicitArea(
      String name, int n, int k, double beta, double innerP, double inP, double outP) {
    checkArea(name, n, k, beta);
    Checks.probability("innerP", innerP);
    Checks.probability("inP", inP);
    Checks.probability("outP", outP);
    Checks.explicitMemory(name, n, engine.areaCount() + 1, engine.stimulusCount());
    engine.addArea(name, n, k, beta, true, innerP, inP, outP);
    return this;
  }

  private void checkNewName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must be a non-empty string");
    }
    if (engine.areaIndexOf(name) != null || engine.stimulusIndexOf(name) != null) {
      throw new IllegalArgumentException("name '" + name + "' is already used by an area or stimulus");
    }
  }

  private void checkArea(String name, int n, int k, double beta) {
    checkNewName(name);
    if (n < 2) {
      throw new IllegalArgumentException("n=" + n + " of area '" + name + "' must be ≥ 2");
    }
    if (k < 1 || k >= n) {
      throw new IllegalArgumentException(
          "k=" + k + " of area '" + name + "' must be in [1, n-1] = [1, " + (n - 1) + "]");
    }
    Checks.beta("beta of area '" + name + "'", beta);
  }

  // ------------------------------------------------------------------ configuration

  /** The plasticity of synapses from {@code source} (an area or a stimulus) into {@code target}. */
  public Brain setBeta(String target, String source, double beta) {
    int t = areaIndex(target);
    Checks.beta("beta(" + source + " → " + target + ")", beta);
    Integer s = engine.areaIndexOf(source);
    if (s != null) {
      engine.setBetaFromArea(t, s, beta);
    } else {
      engine.setBetaFromStimulus(t, stimulusIndex(source), beta);
    }
    return this;
  }

  /** The plasticity of synapses from {@code source} (an area or a stimulus) into {@code target}. */
  public double betaFrom(String target, String source) {
    AreaState t = engine.area(areaIndex(target));
    Integer s = engine.areaIndexOf(source);
    return s != null ? t.betaFromArea(s) : t.betaFromStimulus(stimulusIndex(source));
  }

  /**
   * The plasticity rule of synapses from {@code source} (an area or a stimulus) into
   * {@code target}; it uses the pair's β ({@link #setBeta}). Multiplicative by default.
   */
  public Brain setPlasticityRule(String target, String source, PlasticityRule rule) {
    int t = areaIndex(target);
    if (rule == null) {
      throw new IllegalArgumentException("rule(" + source + " → " + target + ") must not be null");
    }
    double lambda = rule instanceof PlasticityRule.Saturating sat ? sat.lambda() : 0;
    Integer s = engine.areaIndexOf(source);
    if (s != null) {
      engine.setLambdaFromArea(t, s, lambda);
    } else {
      engine.setLambdaFromStimulus(t, stimulusIndex(source), lambda);
    }
    return this;
  }

  /** The plasticity rule of synapses from {@code source} (an area or a stimulus) into {@code target}. */
  public PlasticityRule plasticityRule(String target, String source) {
    AreaState t = engine.area(areaIndex(target));
    Integer s = engine.areaIndexOf(source);
    double lambda = s != null ? t.lambdaFromArea(s) : t.lambdaFromStimulus(stimulusIndex(source));
    return lambda == 0 ? PlasticityRule.multiplicative() : PlasticityRule.saturating(lambda);
  }

  /** Switches Hebbian plasticity on or off for the whole brain (on by default). */
  public Brain setPlasticityEnabled(boolean enabled) {
    engine.setPlasticityEnabled(enabled);
    return this;
  }

  public boolean isPlasticityEnabled() {
    return engine.plasticityEnabled();
  }

  /**
   * Normalises each neuron's incoming weights from each area to sum to {@code total} (the
   * sequence and classification papers use 1); off by default. Stimulus weights are not
   * normalised (they are aggregated counts; model input populations as explicit areas instead).
   */
  public Brain setIncomingNormalisation(String area, double total) {
    if (!(total > 0) || Double.isInfinite(total)) {
      throw new IllegalArgumentException("normalisation total=" + total + " must be finite and > 0");
    }
    engine.setNormalisation(areaIndex(area), total);
    return this;
  }

  /**
   * Rescales, once, each neuron's incoming weights from each area so that they sum to
   * {@code total}: the sequence papers' {@code normalize()}, called between presentations. Unlike
   * {@link #setIncomingNormalisation} it changes the weights and does not follow later updates.
   */
  public Brain normalise(String area, double total) {
    if (!(total > 0) || Double.isInfinite(total)) {
      throw new IllegalArgumentException("normalisation total=" + total + " must be finite and > 0");
    }
    engine.normaliseNow(areaIndex(area), total);
    return this;
  }

  /** Silences an area: it has no winners until it is projected into or given winners again. */
  public Brain inhibit(String area) {
    int a = areaIndex(area);
    engine.setWinners(a, new int[0]);
    engine.setFixed(a, false);
    return this;
  }

  public Brain clearIncomingNormalisation(String area) {
    engine.setNormalisation(areaIndex(area), Double.NaN);
    return this;
  }

  /** Installs (or, with null, removes) the hook applied to the area's inputs before its cap. */
  public Brain setInputHook(String area, InputHook hook) {
    engine.setHook(areaIndex(area), hook);
    return this;
  }

  /** Freezes the area's current winners: it keeps them when projected into, but still learns. */
  public Brain fix(String area) {
    int a = areaIndex(area);
    if (engine.area(a).winnerCount() == 0) {
      throw new IllegalStateException("area '" + area + "' has no winners to fix");
    }
    engine.setFixed(a, true);
    return this;
  }

  public Brain unfix(String area) {
    engine.setFixed(areaIndex(area), false);
    return this;
  }

  /**
   * Sets the area's winners (for cues and activations). Ids must be distinct neurons that the area
   * represents: {@code [0, support)} for a lazy area, {@code [0, n)} for an explicit one.
   */
  public Brain setWinners(String area, int... neurons) {
    int a = areaIndex(area);
    AreaState st = engine.area(a);
    int[] sorted = neurons.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      if (sorted[i] < 0 || sorted[i] >= st.represented()) {
        throw new IllegalArgumentException("neuron " + sorted[i] + " of area '" + area
            + "' is not represented: ids must be in [0, " + st.represented() + ")");
      }
      if (i > 0 && sorted[i] == sorted[i - 1]) {
        throw new IllegalArgumentException("neuron " + sorted[i] + " of area '" + area
            + "' given twice: winners must be distinct");
      }
    }
    engine.setWinners(a, sorted);
    return this;
  }

  /**
   * Activates assembly {@code index} of an explicit area, neurons [index·k, (index+1)·k), and
   * fixes it (the reference's {@code activate}).
   */
  public Brain activate(String area, int index) {
    AreaState st = engine.area(areaIndex(area));
    long start = (long) index * st.k();
    if (index < 0 || start + st.k() > st.represented()) {
      throw new IllegalArgumentException("assembly index=" + index + " of area '" + area
          + "' must be in [0, " + (st.represented() / st.k() - 1) + "]");
    }
    int[] ids = new int[st.k()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = (int) start + i;
    }
    engine.setWinners(st.index(), ids);
    engine.setFixed(st.index(), true);
    return this;
  }

  // ------------------------------------------------------------------ dynamics

  /** One synchronous step: every target reads its sources' winners from before the step. */
  public void project(Projection projection) {
    int areas = engine.areaCount();
    List<TreeSet<Integer>> stims = new ArrayList<>(areas);
    List<TreeSet<Integer>> srcs = new ArrayList<>(areas);
    for (int i = 0; i < areas; i++) {
      stims.add(null);
      srcs.add(null);
    }
    projection.stimuli().forEach((stim, targets) -> {
      int s = stimulusIndex(stim);
      for (String target : targets) {
        int t = areaIndex(target);
        if (stims.get(t) == null) {
          stims.set(t, new TreeSet<>());
        }
        stims.get(t).add(s);
      }
    });
    projection.areas().forEach((source, targets) -> {
      int s = areaIndex(source);
      for (String target : targets) {
        int t = areaIndex(target);
        if (srcs.get(t) == null) {
          srcs.set(t, new TreeSet<>());
        }
        srcs.get(t).add(s);
      }
    });
    int[][] st = new int[areas][];
    int[][] sr = new int[areas][];
    for (int i = 0; i < areas; i++) {
      st[i] = stims.get(i) == null ? null : stims.get(i).stream().mapToInt(x -> x).toArray();
      sr[i] = srcs.get(i) == null ? null : srcs.get(i).stream().mapToInt(x -> x).toArray();
    }
    engine.step(st, sr);
  }

  /** {@code rounds} steps of the same projection. */
  public void project(Projection projection, int rounds) {
    if (rounds < 0) {
      throw new IllegalArgumentException("rounds=" + rounds + " must be ≥ 0");
    }
    for (int i = 0; i < rounds; i++) {
      project(projection);
    }
  }

  /**
   * The cap an explicit area would take if the given areas fired the given neurons (every other
   * area silent), without changing anything: no winners move, nothing learns. For reading out
   * what an assembly evokes (e.g. walking a chain of assemblies) without disturbing the network.
   * The target's input hook, if any, applies.
   */
  public Assembly peek(String target, Map<String, int[]> firing) {
    int t = areaIndex(target);
    if (!engine.area(t).isExplicit()) {
      throw new IllegalArgumentException("peek needs an explicit target; '" + target + "' is lazy");
    }
    if (firing.isEmpty()) {
      throw new IllegalArgumentException("peek needs at least one firing area");
    }
    int[] sources = new int[firing.size()];
    int[][] winners = new int[firing.size()][];
    int i = 0;
    for (Map.Entry<String, int[]> e : new java.util.TreeMap<>(firing).entrySet()) {
      sources[i] = areaIndex(e.getKey());
      int[] w = e.getValue().clone();
      Arrays.sort(w);
      for (int j = 0; j < w.length; j++) {
        if (w[j] < 0 || w[j] >= engine.area(sources[i]).represented() || (j > 0 && w[j] == w[j - 1])) {
          throw new IllegalArgumentException("firing neurons of '" + e.getKey() + "' must be distinct and in [0, "
              + engine.area(sources[i]).represented() + ")");
        }
      }
      if (w.length == 0) {
        throw new IllegalArgumentException("firing neurons of '" + e.getKey() + "' must not be empty");
      }
      winners[i++] = w;
    }
    return new Assembly(target, engine.peek(t, sources, winners));
  }

  /** The reference's {@code project(areas_by_stim, dst_areas_by_src_area)}. */
  public void project(
      Map<String, ? extends java.util.Collection<String>> stimuli,
      Map<String, ? extends java.util.Collection<String>> areas) {
    project(Projection.of(stimuli, areas));
  }

  // ------------------------------------------------------------------ state

  public double p() {
    return engine.p();
  }

  public long seed() {
    return engine.seed();
  }

  public double maxWeight() {
    return engine.maxWeight() == Float.MAX_VALUE ? Double.POSITIVE_INFINITY : engine.maxWeight();
  }

  public boolean recordsWinners() {
    return engine.recordWinners();
  }

  /** Number of steps taken so far. */
  public long steps() {
    return engine.steps();
  }

  /** Area names in order of creation. */
  public List<String> areaNames() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < engine.areaCount(); i++) {
      names.add(engine.area(i).name());
    }
    return names;
  }

  /** Stimulus names in order of creation. */
  public List<String> stimulusNames() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < engine.stimulusCount(); i++) {
      names.add(engine.stimulusName(i));
    }
    return names;
  }

  public Set<String> names() {
    Set<String> all = new TreeSet<>(areaNames());
    all.addAll(stimulusNames());
    return all;
  }

  public int stimulusSize(String stimulus) {
    return engine.stimulusSize(stimulusIndex(stimulus));
  }

  public int n(String area) {
    return state(area).n();
  }

  public int k(String area) {
    return state(area).k();
  }

  public double beta(String area) {
    return state(area).beta();
  }

  public boolean isExplicit(String area) {
    return state(area).isExplicit();
  }

  public boolean isFixed(String area) {
    return state(area).isFixed();
  }

  /** The current winners (cap) of an area. */
  public Assembly winners(String area) {
    return new Assembly(area, state(area).winners());
  }

  /** Support w: the number of the area's neurons that have ever fired. */
  public int support(String area) {
    return state(area).support();
  }

  /** Winners of the last step that had never fired before (0: converged); −1 before any step. */
  public int numFirstWinners(String area) {
    return state(area).numFirstWinners();
  }

  /** Support after each step the area took part in as a target. */
  public int[] supportHistory(String area) {
    return state(area).supportHistory();
  }

  /** Winners after each step the area took part in (needs {@link Builder#recordWinners}). */
  public List<Assembly> winnersHistory(String area) {
    AreaState st = state(area);
    if (!engine.recordWinners()) {
      throw new IllegalStateException("winners are not recorded: build the brain with recordWinners(true)");
    }
    List<Assembly> out = new ArrayList<>();
    for (int[] w : st.winnersHistory()) {
      out.add(new Assembly(area, w));
    }
    return out;
  }

  /** Weight of the synapse from neuron j of {@code source} to neuron i of {@code target} (0 if none). */
  public double weight(String source, int j, String target, int i) {
    int s = areaIndex(source);
    int t = areaIndex(target);
    checkNeuron(source, j);
    checkNeuron(target, i);
    return engine.weight(s, t, j, i);
  }

  /** Aggregated weight from a stimulus onto neuron i of an area. */
  public double stimulusWeight(String stimulus, String area, int i) {
    checkNeuron(area, i);
    return engine.stimulusWeight(stimulusIndex(stimulus), areaIndex(area), i);
  }

  private void checkNeuron(String area, int i) {
    int rep = state(area).represented();
    if (i < 0 || i >= rep) {
      throw new IllegalArgumentException(
          "neuron " + i + " of area '" + area + "' must be in [0, " + rep + ")");
    }
  }

  /** Number of stored synapses over all fibers (explicit areas' undrawn rows excluded). */
  public long storedSynapses() {
    return engine.storedSynapses();
  }

  // ------------------------------------------------------------------ snapshots

  /**
   * Writes the whole brain to {@code file} atomically: a crash mid-write leaves any previous file
   * intact. Input hooks are runtime configuration and are not saved.
   */
  public void save(Path file) throws IOException {
    SnapshotCodec.save(engine, file);
  }

  /** Reads a brain written by {@link #save}; a truncated or corrupted file fails clearly. */
  public static Brain load(Path file) throws IOException {
    return new Brain(SnapshotCodec.load(file));
  }

  /** An independent deep copy (same state, same future). Hooks are not copied. */
  public Brain copy() {
    return new Brain(SnapshotCodec.copy(engine));
  }

  // ------------------------------------------------------------------ names

  private AreaState state(String area) {
    return engine.area(areaIndex(area));
  }

  private int areaIndex(String name) {
    Integer i = engine.areaIndexOf(name);
    if (i == null) {
      throw new IllegalArgumentException("unknown area '" + name + "'; areas: " + areaNames());
    }
    return i;
  }

  private int stimulusIndex(String name) {
    Integer i = engine.stimulusIndexOf(name);
    if (i == null) {
      throw new IllegalArgumentException(
          "unknown stimulus '" + name + "'; stimuli: " + stimulusNames());
    }
    return i;
  }
}
