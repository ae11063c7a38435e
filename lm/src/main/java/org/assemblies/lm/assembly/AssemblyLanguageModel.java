package org.assemblies.lm.assembly;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assemblies.core.Overlaps;
import org.assemblies.lm.Example;
import org.assemblies.lm.LanguageModel;

/**
 * The assembly language model (spec/lm-lab.md §3, docs/design/assembly-lm.md): fixed random token
 * assemblies, a local and a global sparse-cap area, a Hebbian key→value memory, and either a
 * parameter-free overlap readout or a trained softmax readout on the k-hot state. The state of
 * every position is computed in one pass ({@link AssemblyEncoder}); the cost per token and the
 * state carried are constant in the sequence length. Not thread-safe.
 */
public final class AssemblyLanguageModel implements LanguageModel {

  static final String FILE = "assembly-lm.bin";
  private static final int MAGIC = 0x414C4D31; // "ALM1"
  /** Uniform mixture weight of the overlap readout, so no log-probability is -∞. */
  static final double OVERLAP_FLOOR = 0.01;
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPS = 1e-8;

  private final AssemblyConfig config;
  private final int vocabulary;
  private final long seed;
  private final AssemblyEncoder encoder;
  // linear readout: logits[v] = bias[v] + Σ_{active feature f} weight[f·V + v]
  private final int features;
  private final int offLocal;
  private final int offGlobal;
  private final int offMemory;
  private final float[] weight;
  private final float[] bias;
  private final float[] m1;
  private final float[] m2;
  private final float[] bm1;
  private final float[] bm2;
  private long steps;

  AssemblyLanguageModel(AssemblyConfig config, int vocabulary, long seed) {
    if (vocabulary < 2) {
      throw new IllegalArgumentException("vocabularySize = " + vocabulary + " must be >= 2");
    }
    this.config = config;
    this.vocabulary = vocabulary;
    this.seed = seed;
    this.encoder = new AssemblyEncoder(config, vocabulary, seed);
    int f = config.tokenFeature() ? config.tokenNeurons() : 0;
    offLocal = f;
    f += config.local() ? config.neurons() : 0;
    offGlobal = f;
    f += config.global() ? config.tokenNeurons() : 0;
    offMemory = f;
    f += config.memory() ? config.tokenNeurons() : 0;
    boolean linear = config.readout().equals("linear");
    features = linear ? f : 0;
    long size = (long) features * vocabulary;
    if (size > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("readout of " + features + " features x " + vocabulary
          + " tokens is too large; lower neurons or tokenNeurons");
    }
    weight = new float[(int) size];
    bias = new float[linear ? vocabulary : 0];
    boolean adam = config.optimizer().equals("adam");
    m1 = new float[adam ? weight.length : 0];
    m2 = new float[adam ? weight.length : 0];
    bm1 = new float[adam ? bias.length : 0];
    bm2 = new float[adam ? bias.length : 0];
  }

  /** The configuration. */
  public AssemblyConfig config() {
    return config;
  }

  @Override
  public String name() {
    String v = config.variant();
    return v.isEmpty() ? "assembly" : "assembly(" + v + ")";
  }

  @Override
  public int vocabularySize() {
    return vocabulary;
  }

  /**
   * The trained parameters: the linear readout's weights and biases (0 for the overlap readout).
   * The token assemblies and the token→local connectome are fixed random draws from the seed,
   * not trained, and the Hebbian memory is per-sequence state; neither is counted.
   */
  @Override
  public long parameters() {
    return (long) weight.length + bias.length;
  }

  /**
   * The same as {@link #parameters()}: the model has no trained token embedding, and its readout
   * is not tied to one (it maps the whole sparse state, not an embedding, to the vocabulary).
   */
  @Override
  public long nonEmbeddingParameters() {
    return parameters();
  }

  /** The design as the scorecard's must-have columns read it (docs/design/assembly-lm.md). */
  @Override
  public Map<String, String> properties() {
    return Map.of(
        "parallelTraining", "yes: all positions in one pass (causal convolution and chunked scans; caps outside the recurrences)",
        "maxLength", "none (constant state, no positions)",
        "taskSpecificRules", "none",
        "mechanism", "sparse k-cap assemblies with a Hebbian key→value memory read by projection and cap",
        "binding", config.memory() ? "key→value: the previous token's assembly is bound to the current one's, recalled by the query"
            : "none (memory off)");
  }

  @Override
  public long stateSize() {
    return encoder.stateSize();
  }

  /** Fixed random numbers drawn from the seed (not trained): assembly tables and connectome. */
  public long fixedRandomSize() {
    long s = (long) vocabulary * config.tokenCap();
    if (config.local()) {
      s += (long) config.tokenNeurons() * Math.max(1, Math.round(config.p() * config.neurons()));
    }
    return s;
  }

  AssemblyEncoder.States states(int[] tokens) {
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i] < 0 || tokens[i] >= vocabulary) {
        throw new IllegalArgumentException("tokens[" + i + "] = " + tokens[i] + " must be in [0, "
            + vocabulary + ")");
      }
    }
    return encoder.encode(tokens);
  }

  @Override
  public float[][] logProbabilities(int[] tokens) {
    AssemblyEncoder.States s = states(tokens);
    float[][] out = new float[tokens.length][];
    double[] z = new double[vocabulary];
    for (int t = 0; t < tokens.length; t++) {
      logSoftmax(s, t, z);
      float[] row = new float[vocabulary];
      for (int v = 0; v < vocabulary; v++) {
        row[v] = (float) z[v];
      }
      out[t] = row;
    }
    return out;
  }

  /** Writes ln P(next = v) at position t into z. */
  private void logSoftmax(AssemblyEncoder.States s, int t, double[] z) {
    if (features == 0) {
      overlapLogits(s.memory()[t], z);
    } else {
      linearLogits(s, t, z);
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (double v : z) {
      sum += Math.exp(v - max);
    }
    double lse = max + Math.log(sum);
    if (features == 0) { // mix with the uniform floor
      double floor = OVERLAP_FLOOR / vocabulary;
      for (int v = 0; v < vocabulary; v++) {
        z[v] = Math.log((1 - OVERLAP_FLOOR) * Math.exp(z[v] - lse) + floor);
      }
    } else {
      for (int v = 0; v < vocabulary; v++) {
        z[v] -= lse;
      }
    }
  }

  private void overlapLogits(int[] recalled, double[] z) {
    for (int v = 0; v < vocabulary; v++) {
      z[v] = config.overlapBeta() * Overlaps.count(recalled, encoder.tokens.of(v));
    }
  }

  private void linearLogits(AssemblyEncoder.States s, int t, double[] z) {
    for (int v = 0; v < vocabulary; v++) {
      z[v] = bias[v];
    }
    forEachFeature(s, t, f -> {
      int row = f * vocabulary;
      for (int v = 0; v < vocabulary; v++) {
        z[v] += weight[row + v];
      }
    });
  }

  private void forEachFeature(AssemblyEncoder.States s, int t, java.util.function.IntConsumer f) {
    if (config.tokenFeature()) {
      for (int i : s.token()[t]) {
        f.accept(i);
      }
    }
    if (config.local()) {
      for (int i : s.local()[t]) {
        f.accept(offLocal + i);
      }
    }
    if (config.global()) {
      for (int i : s.global()[t]) {
        f.accept(offGlobal + i);
      }
    }
    if (config.memory()) {
      for (int i : s.memory()[t]) {
        f.accept(offMemory + i);
      }
    }
  }

  /**
   * One optimiser step of the softmax readout on the batch's scored targets (cross-entropy; the
   * gradient of the mean over the batch). With the overlap readout nothing is trained and only the
   * loss is returned. Every sequence's state is computed in one pass.
   */
  @Override
  public double trainStep(List<Example> batch) {
    List<AssemblyEncoder.States> states = new java.util.ArrayList<>();
    List<int[]> targets = new java.util.ArrayList<>();
    for (Example e : batch) {
      if (e.scoredCount() > 0) {
        states.add(states(e.tokens()));
        targets.add(e.targets());
      }
    }
    return trainStates(states, targets);
  }

  /**
   * {@link #trainStep} on states already computed: the state has no trained parameters, so a
   * caller that revisits the same sequences (epochs) may compute it once.
   */
  double trainStates(List<AssemblyEncoder.States> batch, List<int[]> batchTargets) {
    double[] z = new double[vocabulary];
    double loss = 0;
    int count = 0;
    float[] gw = features == 0 ? null : new float[weight.length];
    boolean[] touched = features == 0 ? null : new boolean[features];
    double[] gb = new double[vocabulary];
    for (int b = 0; b < batch.size(); b++) {
      AssemblyEncoder.States s = batch.get(b);
      int[] targets = batchTargets.get(b);
      for (int t = 0; t < targets.length; t++) {
        int y = targets[t];
        if (y == Example.IGNORE) {
          continue;
        }
        if (y < 0 || y >= vocabulary) {
          throw new IllegalArgumentException("target " + y + " must be in [0, " + vocabulary + ")");
        }
        logSoftmax(s, t, z);
        loss -= z[y];
        count++;
        if (gw == null) {
          continue;
        }
        for (int v = 0; v < vocabulary; v++) {
          z[v] = Math.exp(z[v]);
        }
        z[y] -= 1; // dLoss/dlogits = p - onehot
        for (int v = 0; v < vocabulary; v++) {
          gb[v] += z[v];
        }
        forEachFeature(s, t, f -> {
          touched[f] = true;
          int row = f * vocabulary;
          for (int v = 0; v < vocabulary; v++) {
            gw[row + v] += (float) z[v];
          }
        });
      }
    }
    if (count == 0) {
      return 0;
    }
    if (gw != null) {
      update(gw, touched, gb, 1.0 / count);
    }
    return loss / count;
  }

  /** SGD, or Adam applied lazily to the rows of features active in the batch (and the bias). */
  private void update(float[] gw, boolean[] touched, double[] gb, double scale) {
    steps++;
    double lr = config.lr();
    boolean adam = m1.length > 0;
    double c1 = 1 - Math.pow(BETA1, steps);
    double c2 = 1 - Math.pow(BETA2, steps);
    for (int f = 0; f < features; f++) {
      if (!touched[f]) {
        continue;
      }
      int row = f * vocabulary;
      for (int v = row; v < row + vocabulary; v++) {
        double g = gw[v] * scale;
        if (adam) {
          m1[v] = (float) (BETA1 * m1[v] + (1 - BETA1) * g);
          m2[v] = (float) (BETA2 * m2[v] + (1 - BETA2) * g * g);
          weight[v] -= (float) (lr * (m1[v] / c1) / (Math.sqrt(m2[v] / c2) + EPS));
        } else {
          weight[v] -= (float) (lr * g);
        }
      }
    }
    for (int v = 0; v < vocabulary; v++) {
      double g = gb[v] * scale;
      if (adam) {
        bm1[v] = (float) (BETA1 * bm1[v] + (1 - BETA1) * g);
        bm2[v] = (float) (BETA2 * bm2[v] + (1 - BETA2) * g * g);
        bias[v] -= (float) (lr * (bm1[v] / c1) / (Math.sqrt(bm2[v] / c2) + EPS));
      } else {
        bias[v] -= (float) (lr * g);
      }
    }
  }

  /** Optimiser steps taken so far. */
  public long steps() {
    return steps;
  }

  @Override
  public void save(Path directory) throws IOException {
    Files.createDirectories(directory);
    Path tmp = Files.createTempFile(directory, FILE, ".tmp");
    try {
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
          Files.newOutputStream(tmp)))) {
        out.writeInt(MAGIC);
        out.writeInt(vocabulary);
        out.writeLong(seed);
        Map<String, String> o = config.toOptions();
        out.writeInt(o.size());
        for (Map.Entry<String, String> e : o.entrySet()) {
          out.writeUTF(e.getKey());
          out.writeUTF(e.getValue());
        }
        out.writeLong(steps);
        for (float[] a : new float[][] {weight, bias, m1, m2, bm1, bm2}) {
          out.writeInt(a.length);
          for (float x : a) {
            out.writeFloat(x);
          }
        }
      }
      Files.move(tmp, directory.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  static AssemblyLanguageModel load(Path directory) throws IOException {
    Path file = directory.resolve(FILE);
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(
        Files.newInputStream(file)))) {
      if (in.readInt() != MAGIC) {
        throw new IOException(file + " is not an assembly-LM checkpoint");
      }
      int vocabulary = in.readInt();
      long seed = in.readLong();
      int n = in.readInt();
      Map<String, String> o = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        o.put(in.readUTF(), in.readUTF());
      }
      AssemblyLanguageModel m = new AssemblyLanguageModel(AssemblyConfig.of(o), vocabulary, seed);
      m.steps = in.readLong();
      for (float[] a : new float[][] {m.weight, m.bias, m.m1, m.m2, m.bm1, m.bm2}) {
        int len = in.readInt();
        if (len != a.length) {
          throw new IOException(file + ": array of " + len + " values, expected " + a.length);
        }
        for (int i = 0; i < len; i++) {
          a[i] = in.readFloat();
        }
      }
      return m;
    }
  }
}
