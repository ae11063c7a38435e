package org.assemblies.computation.classification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assemblies.core.Assembly;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;

/**
 * A classifier made of assemblies (Dabagia, Papadimitriou and Vempala, COLT 2022): one explicit
 * input area whose firing neurons are the sample, projecting into one explicit learning area with
 * recurrence and Hebbian plasticity β, where each class forms an assembly.
 *
 * <p><b>Training</b> ({@link #train}), class by class in order of their index: the learning area
 * starts silent; each training sample fires in the input area for {@link Config#roundsPerSample}
 * steps, the first step of a class from the input alone and later ones from the input and the
 * learning area's previous cap (the authors' {@code act_h @ W + input @ A}); plasticity is on. The
 * last cap is the class's assembly. After each class the incoming weights of every learning
 * neuron are rescaled to sum to 1 per source area ({@link Config#normalise}, as the authors do
 * after every class and once before training), and an optional adaptive bias
 * ({@link Config#bias}, −1 in the authors' MNIST code) is added to the inputs of the neurons of the
 * assembly just formed, during the training of later classes only, so that later classes recruit
 * other neurons.
 *
 * <p><b>Classification</b> ({@link #classify}): plasticity off and no bias; the sample fires, the
 * learning area takes one cap from the input alone and, if {@link Config#testRounds} &gt; 1, more
 * caps from the input and its own previous cap (the authors' MNIST code uses 5). The class is the
 * one whose assembly overlaps that cap most (ties: the lower class index).
 *
 * <pre>{@code
 * var config = AssemblyClassifier.Config.paper(1000);
 * AssemblyClassifier c = AssemblyClassifier.train(config, samplesByClass, 7);
 * int predicted = c.classify(sample);
 * }</pre>
 *
 * <p>A classifier holds a {@link Brain}; it is not thread-safe.
 */
public final class AssemblyClassifier {
  static final String INPUT = "input";
  static final String LEARN = "learn";

  /**
   * The model's parameters.
   *
   * @param inputs neurons of the input area (a sample names some of them)
   * @param n neurons of the learning area
   * @param k cap size of the learning area
   * @param p connection probability (input → learning and learning → learning)
   * @param beta plasticity of both fibers into the learning area
   * @param roundsPerSample steps each training sample fires for (the authors: 1, with one fresh
   *     sample per round)
   * @param testRounds caps taken when classifying a sample (1: from the input alone, the
   *     synthetic experiments; 5 in the authors' MNIST code)
   * @param bias added to the input of a learning neuron per earlier class whose assembly it is in,
   *     while later classes train; 0 for none, −1 in the authors' MNIST code; must be ≤ 0
   * @param normalise whether incoming weights are rescaled to sum 1 per source area before
   *     training and after each class (the authors do)
   */
  public record Config(int inputs, int n, int k, double p, double beta, int roundsPerSample,
      int testRounds, double bias, boolean normalise) {
    public Config {
      if (inputs < 2) {
        throw new IllegalArgumentException("inputs=" + inputs + " must be ≥ 2");
      }
      if (n < 2) {
        throw new IllegalArgumentException("n=" + n + " must be ≥ 2");
      }
      if (k < 1 || k >= n) {
        throw new IllegalArgumentException("k=" + k + " must be in [1, n-1] = [1, " + (n - 1) + "]");
      }
      if (!(p > 0 && p <= 1)) {
        throw new IllegalArgumentException("p=" + p + " must be in (0, 1]");
      }
      if (!(beta >= 0) || Double.isInfinite(beta)) {
        throw new IllegalArgumentException("beta=" + beta + " must be finite and ≥ 0");
      }
      if (roundsPerSample < 1) {
        throw new IllegalArgumentException("roundsPerSample=" + roundsPerSample + " must be ≥ 1");
      }
      if (testRounds < 1) {
        throw new IllegalArgumentException("testRounds=" + testRounds + " must be ≥ 1");
      }
      if (!(bias <= 0) || Double.isInfinite(bias)) {
        throw new IllegalArgumentException("bias=" + bias + " must be finite and ≤ 0");
      }
    }

    /**
     * The synthetic experiments' model: n=1000, k=100, p=0.1, β=0.1, one round per sample, one
     * test cap, no bias, normalised weights.
     */
    public static Config paper(int inputs) {
      return new Config(inputs, 1000, 100, 0.1, 0.1, 1, 1, 0, true);
    }

    /** The authors' MNIST model: as {@link #paper} with β=1.0, 5 test rounds and bias −1. */
    public static Config images(int inputs) {
      return new Config(inputs, 1000, 100, 0.1, 1.0, 1, 5, -1, true);
    }

    public Config withBeta(double newBeta) {
      return new Config(inputs, n, k, p, newBeta, roundsPerSample, testRounds, bias, normalise);
    }

    public Config withTestRounds(int rounds) {
      return new Config(inputs, n, k, p, beta, roundsPerSample, rounds, bias, normalise);
    }
  }

  private final Config config;
  private final Brain brain;
  private final Assembly[] formed;
  private Assembly[] readout;

  private AssemblyClassifier(Config config, Brain brain, Assembly[] formed) {
    this.config = config;
    this.brain = brain;
    this.formed = formed;
    this.readout = formed;
  }

  /**
   * Trains a classifier: forms one assembly per class.
   *
   * @param config the model
   * @param samplesByClass {@code samplesByClass.get(c)}: the training samples of class c, each the
   *     ids (distinct, in [0, inputs)) of the input neurons that fire; presented in list order
   * @param seed the seed of the brain's random connectivity
   */
  public static AssemblyClassifier train(Config config, List<? extends List<int[]>> samplesByClass,
      long seed) {
    if (samplesByClass == null || samplesByClass.isEmpty()) {
      throw new IllegalArgumentException("samplesByClass must hold at least one class");
    }
    for (int c = 0; c < samplesByClass.size(); c++) {
      if (samplesByClass.get(c) == null || samplesByClass.get(c).isEmpty()) {
        throw new IllegalArgumentException("class " + c + " has no training samples");
      }
    }
    Brain brain = Brain.builder(config.p()).seed(seed).build();
    brain.addExplicitArea(INPUT, config.inputs(), Math.min(config.k(), config.inputs() - 1),
        config.beta());
    brain.addExplicitArea(LEARN, config.n(), config.k(), config.beta());
    if (config.normalise()) {
      brain.normalise(LEARN, 1.0);
    }
    float[] bias = new float[config.n()];
    if (config.bias() != 0) {
      brain.setInputHook(LEARN, (area, in, represented, length) -> {
        for (int i = 0; i < represented; i++) {
          in[i] += bias[i];
        }
      });
    }
    Projection fromInput = Projection.builder().area(INPUT, LEARN).build();
    Projection recurrent = Projection.builder().area(INPUT, LEARN).area(LEARN, LEARN).build();
    Assembly[] formed = new Assembly[samplesByClass.size()];
    for (int c = 0; c < formed.length; c++) {
      brain.inhibit(LEARN);
      boolean first = true;
      for (int[] sample : samplesByClass.get(c)) {
        setInput(brain, config, sample);
        for (int r = 0; r < config.roundsPerSample(); r++) {
          brain.project(first ? fromInput : recurrent);
          first = false;
        }
      }
      formed[c] = brain.winners(LEARN);
      for (int i : formed[c].neurons()) {
        bias[i] += (float) config.bias();
      }
      if (config.normalise()) {
        brain.normalise(LEARN, 1.0);
      }
    }
    brain.setInputHook(LEARN, null);
    brain.setPlasticityEnabled(false);
    brain.inhibit(LEARN);
    return new AssemblyClassifier(config, brain, formed);
  }

  private static void setInput(Brain brain, Config config, int[] sample) {
    if (sample == null || sample.length == 0) {
      throw new IllegalArgumentException("a sample must name at least one firing input neuron");
    }
    for (int i : sample) {
      if (i < 0 || i >= config.inputs()) {
        throw new IllegalArgumentException(
            "input neuron " + i + " must be in [0, inputs) = [0, " + config.inputs() + ")");
      }
    }
    brain.setWinners(INPUT, sample);
  }

  public Config config() {
    return config;
  }

  public int classes() {
    return formed.length;
  }

  /** The assembly class c formed during training (its last training cap). */
  public Assembly formedAssembly(int c) {
    return formed[checkClass(c)];
  }

  /** The neurons class c is recognised by: its formed assembly unless {@link #useFiringReadout}. */
  public Assembly assembly(int c) {
    return readout[checkClass(c)];
  }

  private int checkClass(int c) {
    if (c < 0 || c >= formed.length) {
      throw new IllegalArgumentException("class " + c + " must be in [0, " + formed.length + ")");
    }
    return c;
  }

  /**
   * The cap the learning area settles on for a sample, without plasticity: one cap from the input
   * alone, then {@code testRounds − 1} caps from the input and the previous cap.
   */
  public Assembly map(int[] sample) {
    setInput(brain, config, sample);
    brain.inhibit(LEARN);
    brain.project(Projection.builder().area(INPUT, LEARN).build());
    if (config.testRounds() > 1) {
      brain.project(Projection.builder().area(INPUT, LEARN).area(LEARN, LEARN).build(),
          config.testRounds() - 1);
    }
    return brain.winners(LEARN);
  }

  /** The overlap of the sample's cap ({@link #map}) with each class's assembly. */
  public int[] overlaps(int[] sample) {
    Assembly cap = map(sample);
    int[] o = new int[readout.length];
    for (int c = 0; c < o.length; c++) {
      o[c] = cap.overlap(readout[c]);
    }
    return o;
  }

  /** The class whose assembly overlaps the sample's cap most (ties: the lower class index). */
  public int classify(int[] sample) {
    return argmax(overlaps(sample));
  }

  static int argmax(int[] values) {
    int best = 0;
    for (int c = 1; c < values.length; c++) {
      if (values[c] > values[best]) {
        best = c;
      }
    }
    return best;
  }

  /**
   * Switches to the readout of the authors' MNIST and halfspace notebooks: class c is recognised
   * by the k neurons that fire most often (ties: lower id) when its given samples are mapped
   * ({@link #map}), instead of by the assembly it formed. This readout uses labelled samples
   * beyond the few that formed the assemblies.
   */
  public void useFiringReadout(List<? extends List<int[]>> samplesByClass) {
    if (samplesByClass.size() != formed.length) {
      throw new IllegalArgumentException("samplesByClass has " + samplesByClass.size()
          + " classes; the classifier has " + formed.length);
    }
    Assembly[] r = new Assembly[formed.length];
    for (int c = 0; c < r.length; c++) {
      if (samplesByClass.get(c).isEmpty()) {
        throw new IllegalArgumentException("class " + c + " has no samples for the readout");
      }
      int[] count = new int[config.n()];
      for (int[] sample : samplesByClass.get(c)) {
        for (int i : map(sample).neurons()) {
          count[i]++;
        }
      }
      r[c] = new Assembly(LEARN, topK(count, config.k()));
    }
    readout = r;
  }

  /** Goes back to recognising each class by the assembly it formed in training. */
  public void useFormedAssemblies() {
    readout = formed;
  }

  /** Indices of the k largest counts (ties: lower index). */
  static int[] topK(int[] count, int k) {
    Integer[] idx = new Integer[count.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> count[a] != count[b] ? Integer.compare(count[b], count[a])
        : Integer.compare(a, b));
    List<Integer> top = new ArrayList<>(Arrays.asList(idx).subList(0, Math.min(k, idx.length)));
    return top.stream().mapToInt(Integer::intValue).sorted().toArray();
  }
}
