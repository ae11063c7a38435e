package org.assemblies.lm.transformer;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.Activation;
import ai.djl.training.GradientCollector;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.assemblies.lm.Example;
import org.assemblies.lm.LanguageModel;

/**
 * A one-layer causal transformer language model on DJL (PyTorch engine), pre-layer-norm:
 *
 * <pre>
 *   x = E[token] + P(position)                  E: V×d learned, P: fixed sinusoids (any length)
 *   x = x + causalDepthwiseConv(x)              transformer+conv only: y_t = Σ_j K_j ⊙ x_{t-j}, j < w
 *   x = x + Wo · CausalMultiHeadAttention(LN1(x))   Wq, Wk, Wv, Wo: d×d, no biases
 *   x = x + W2 · GELU(W1 · LN2(x))              W1: d×mlp, W2: mlp×d, no biases
 *   log p = logSoftmax(LNf(x) · Wout + bout)    Wout: d×V (not tied to E), bout: V
 * </pre>
 *
 * <p>Every position of a batch is computed in one pass (a causal mask, no per-token loop); long
 * sequences attend in blocks of 1024 queries, so memory grows as heads × 1024 × length, while time
 * stays quadratic. Training is Adam (β = 0.9, 0.999, ε = 1e-8) on the mean cross-entropy of the
 * scored targets, with global gradient-norm clipping; a step with a non-finite gradient is skipped
 * and counted. Initialisation draws from a Java generator seeded by the model's seed and training
 * has no randomness, so a seed gives bit-identical runs within a process (across processes the
 * CPU kernels' rounding may differ in the last bits).
 *
 * <p>Parameters: V·d (embedding) + w·d (convolution) + 4d² (attention) + 2·d·mlp (MLP) + 6d (three
 * layer norms) + d·V + V (output). The non-embedding count leaves out the embedding and the output
 * layer. At inference the state a transformer carries is its key/value cache, 2d numbers per token
 * read (plus (w−1)·d for the convolution): {@link #stateSize()} reports the per-token 2d and
 * {@link #stateSize(int)} the total at a given length.
 *
 * <p>A checkpoint directory holds {@code model.json} (variant, vocabulary, seed, steps, options),
 * {@code parameters.ndlist} (the named weights, DJL's NDList encoding) and {@code adam.ndlist} (the
 * Adam moments, so training resumes exactly). Not thread-safe: one thread uses a model at a time,
 * and only one model trains at a time in a JVM (a DJL gradient collector is global).
 */
public final class TransformerModel implements LanguageModel {

  private static final String EMBEDDING = "embedding";
  private static final String CONV = "conv";
  private static final String OUT_W = "out.weight";
  private static final String OUT_B = "out.bias";
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPSILON = 1e-8;
  private static final float MASKED = -1e9f;
  /** Queries per attention block on long sequences. */
  private static final int QUERY_BLOCK = 1024;
  private static final String FORMAT = "assemblies-transformer-1";

  private final int vocabulary;
  private final TransformerOptions options;
  private final long seed;
  private final NDManager manager;
  private final Map<String, NDArray> weights = new LinkedHashMap<>();
  private final Map<String, NDArray> moment1 = new LinkedHashMap<>();
  private final Map<String, NDArray> moment2 = new LinkedHashMap<>();
  private long steps;
  private long skippedSteps;
  private double lastGradientNorm = Double.NaN;
  private List<String> lastNonFinite = List.of();

  /** A fresh model with weights drawn from {@code seed}. */
  TransformerModel(int vocabulary, TransformerOptions options, long seed) {
    this(vocabulary, options, seed, 0, null, null);
  }

  private TransformerModel(int vocabulary, TransformerOptions options, long seed, long steps,
      NDList stored, NDList adam) {
    if (vocabulary < 1) {
      throw new IllegalArgumentException("vocabularySize " + vocabulary + " must be >= 1");
    }
    Djl.configure();
    this.vocabulary = vocabulary;
    this.options = options;
    this.seed = seed;
    this.steps = steps;
    this.manager = NDManager.newBaseManager(Device.cpu(), "PyTorch");
    try {
      Map<String, Shape> shapes = shapes(vocabulary, options);
      if (stored == null) {
        initialise(shapes);
      } else {
        restore(shapes, stored, adam);
      }
      for (NDArray w : weights.values()) {
        w.setRequiresGradient(true);
      }
    } catch (RuntimeException e) {
      manager.close();
      throw e;
    }
  }

  /** The parameter tensors in their fixed order, by name. */
  static Map<String, Shape> shapes(int vocabulary, TransformerOptions o) {
    int d = o.dModel();
    Map<String, Shape> s = new LinkedHashMap<>();
    s.put(EMBEDDING, new Shape(vocabulary, d));
    if (o.conv() > 0) {
      s.put(CONV, new Shape(o.conv(), d));
    }
    s.put("ln1.gamma", new Shape(d));
    s.put("ln1.beta", new Shape(d));
    for (String w : new String[] {"attention.q", "attention.k", "attention.v", "attention.out"}) {
      s.put(w, new Shape(d, d));
    }
    s.put("ln2.gamma", new Shape(d));
    s.put("ln2.beta", new Shape(d));
    s.put("mlp.in", new Shape(d, o.mlp()));
    s.put("mlp.out", new Shape(o.mlp(), d));
    s.put("lnf.gamma", new Shape(d));
    s.put("lnf.beta", new Shape(d));
    s.put(OUT_W, new Shape(d, vocabulary));
    s.put(OUT_B, new Shape(vocabulary));
    return s;
  }

  /** Embedding N(0, 1); convolution N(0, 1/w); matrices N(0, 1/fan-in); gains 1; biases 0. */
  private void initialise(Map<String, Shape> shapes) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
    for (Map.Entry<String, Shape> e : shapes.entrySet()) {
      String name = e.getKey();
      Shape shape = e.getValue();
      float[] data = new float[Math.toIntExact(shape.size())];
      double std;
      if (name.endsWith(".gamma")) {
        Arrays.fill(data, 1f);
        std = 0;
      } else if (name.endsWith(".beta") || name.equals(OUT_B)) {
        std = 0;
      } else if (name.equals(EMBEDDING)) {
        std = 1;
      } else {
        std = 1 / Math.sqrt(shape.get(0));
      }
      if (std > 0) {
        for (int i = 0; i < data.length; i++) {
          data[i] = (float) (std * gauss.sample());
        }
      }
      put(name, manager.create(data, shape));
    }
  }

  private void restore(Map<String, Shape> shapes, NDList stored, NDList adam) {
    Map<String, NDArray> byName = new LinkedHashMap<>();
    for (NDArray a : stored) {
      byName.put(a.getName(), a);
    }
    for (NDArray a : adam) {
      byName.put(a.getName(), a);
    }
    for (Map.Entry<String, Shape> e : shapes.entrySet()) {
      String name = e.getKey();
      NDArray w = byName.get(name);
      NDArray m1 = byName.get("m1." + name);
      NDArray m2 = byName.get("m2." + name);
      for (NDArray a : new NDArray[] {w, m1, m2}) {
        if (a == null || !a.getShape().equals(e.getValue()) || a.getDataType() != DataType.FLOAT32) {
          throw new IllegalArgumentException("checkpoint lacks parameter " + name + " (or its Adam "
              + "moments) as float32 of shape " + e.getValue());
        }
      }
      for (NDArray a : new NDArray[] {w, m1, m2}) {
        a.attach(manager);
      }
      weights.put(name, w);
      moment1.put(name, m1);
      moment2.put(name, m2);
    }
  }

  private void put(String name, NDArray w) {
    w.setName(name);
    weights.put(name, w);
    NDArray m1 = manager.zeros(w.getShape());
    m1.setName("m1." + name);
    moment1.put(name, m1);
    NDArray m2 = manager.zeros(w.getShape());
    m2.setName("m2." + name);
    moment2.put(name, m2);
  }

  @Override
  public String name() {
    return options.conv() > 0 ? TransformerFactory.CONV_NAME : TransformerFactory.NAME;
  }

  @Override
  public int vocabularySize() {
    return vocabulary;
  }

  /** The options this model was made with. */
  public TransformerOptions options() {
    return options;
  }

  /** Gradient steps taken so far. */
  public long steps() {
    return steps;
  }

  @Override
  public double trainStep(List<Example> batch) {
    if (batch.isEmpty()) {
      throw new IllegalArgumentException("batch size 0 must be >= 1");
    }
    int b = batch.size();
    int t = batch.stream().mapToInt(Example::length).max().orElseThrow();
    if (t == 0) {
      throw new IllegalArgumentException("batch examples have length 0; need >= 1 token");
    }
    long[] tokens = new long[b * t];
    long[] rows = new long[b * t];
    long[] targets = new long[b * t];
    int count = 0;
    for (int i = 0; i < b; i++) {
      Example ex = batch.get(i);
      for (int j = 0; j < ex.length(); j++) {
        tokens[i * t + j] = checkToken("token", ex.tokens()[j]);
        int target = ex.targets()[j];
        if (target != Example.IGNORE) {
          rows[count] = i * t + j;
          targets[count] = checkToken("target", target);
          count++;
        }
      }
    }
    if (count == 0) {
      throw new IllegalArgumentException("batch has 0 scored targets; need >= 1");
    }
    int d = options.dModel();
    try (NDManager step = manager.newSubManager()) {
      attach(step, true);
      float loss;
      try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
        // the output layer runs only at scored positions (one per sequence in recall tasks)
        NDArray features = features(weights, step.create(tokens, new Shape(b, t))).reshape(b * t, d);
        NDArray index = step.create(Arrays.copyOf(rows, count), new Shape(count, 1));
        NDArray scoredFeatures = features.gather(index.broadcast(count, d), 0);
        NDArray logp = output(weights, scoredFeatures).logSoftmax(-1);
        NDArray picked = logp.gather(step.create(Arrays.copyOf(targets, count), new Shape(count, 1)), 1);
        NDArray mean = picked.sum().mul(-1f / count);
        collector.backward(mean);
        loss = mean.getFloat();
      }
      adam();
      return loss;
    }
  }

  /**
   * One Adam step from the accumulated gradients, which are then zeroed (DJL does not). A step whose
   * gradient norm is not finite changes nothing and is counted in {@link #skippedSteps()}.
   */
  private void adam() {
    Map<String, NDArray> grads = new LinkedHashMap<>();
    double squares = 0;
    List<String> nonFinite = new ArrayList<>();
    for (Map.Entry<String, NDArray> e : weights.entrySet()) {
      NDArray g = e.getValue().getGradient();
      grads.put(e.getKey(), g);
      double square = g.square().sum().getFloat();
      if (!Double.isFinite(square)) {
        nonFinite.add(e.getKey());
      }
      squares += square;
    }
    double norm = Math.sqrt(squares);
    lastGradientNorm = norm;
    lastNonFinite = nonFinite;
    if (Double.isFinite(norm)) {
      steps++;
      double scale = options.clip() > 0 && norm > options.clip() ? options.clip() / norm : 1;
      double correction1 = 1 - Math.pow(BETA1, steps);
      double correction2 = 1 - Math.pow(BETA2, steps);
      for (Map.Entry<String, NDArray> e : weights.entrySet()) {
        String name = e.getKey();
        NDArray grad = grads.get(name);
        NDArray g = scale < 1 ? grad.mul((float) scale) : grad;
        NDArray m1 = moment1.get(name).muli((float) BETA1).addi(g.mul((float) (1 - BETA1)));
        NDArray m2 = moment2.get(name).muli((float) BETA2).addi(g.square().mul((float) (1 - BETA2)));
        NDArray update = m1.div(m2.div((float) correction2).sqrt().add((float) EPSILON))
            .mul((float) (options.lr() / correction1));
        // a detached view shares the weight's storage: an in-place update outside autograd
        e.getValue().stopGradient().subi(update);
      }
    } else {
      skippedSteps++;
    }
    for (NDArray grad : grads.values()) {
      grad.set(new NDIndex("..."), 0f); // a fill, unlike grad × 0, also clears inf and NaN
    }
  }

  /** Steps skipped because their gradient norm was not finite (0 in a healthy run). */
  public long skippedSteps() {
    return skippedSteps;
  }

  /** Parameters whose gradient was not finite in the last step (diagnostics). */
  List<String> lastNonFiniteGradients() {
    return lastNonFinite;
  }

  /** Global gradient norm of the last training step, before clipping. */
  public double lastGradientNorm() {
    return lastGradientNorm;
  }

  @Override
  public float[][] logProbabilities(int[] tokens) {
    int t = tokens.length;
    if (t == 0) {
      return new float[0][];
    }
    long[] ids = new long[t];
    for (int i = 0; i < t; i++) {
      ids[i] = checkToken("token", tokens[i]);
    }
    try (NDManager pass = manager.newSubManager()) {
      attach(pass, false);
      Map<String, NDArray> detached = new LinkedHashMap<>();
      weights.forEach((name, w) -> detached.put(name, w.stopGradient()));
      float[] flat = output(detached, features(detached, pass.create(ids, new Shape(1, t))))
          .logSoftmax(-1).toFloatArray();
      float[][] out = new float[t][vocabulary];
      for (int i = 0; i < t; i++) {
        System.arraycopy(flat, i * vocabulary, out[i], 0, vocabulary);
      }
      return out;
    }
  }

  /** Intermediate arrays of a pass derive from the weights: attach them to the pass's manager. */
  private void attach(NDManager pass, boolean withMoments) {
    List<NDArray> all = new ArrayList<>(weights.values());
    if (withMoments) {
      all.addAll(moment1.values());
      all.addAll(moment2.values());
    }
    pass.tempAttachAll(all.toArray(NDArray[]::new));
  }

  /** Final-normalised features (B, T, d) of token ids (B, T) under weights {@code p}. */
  private NDArray features(Map<String, NDArray> p, NDArray tokens) {
    NDManager m = tokens.getManager();
    long b = tokens.getShape().get(0);
    int t = Math.toIntExact(tokens.getShape().get(1));
    int d = options.dModel();
    NDArray x = tokens.getNDArrayInternal()
        .embedding(tokens, p.get(EMBEDDING), SparseFormat.DENSE).singletonOrThrow();
    x = x.add(m.create(sinusoids(t, d), new Shape(t, d)));
    if (options.conv() > 0) {
      x = x.add(causalConvolution(x, p.get(CONV)));
    }
    NDArray a = layerNorm(x, p, "ln1");
    NDArray q = splitHeads(a.matMul(p.get("attention.q")), b, t);
    NDArray k = splitHeads(a.matMul(p.get("attention.k")), b, t);
    NDArray v = splitHeads(a.matMul(p.get("attention.v")), b, t);
    NDArray attended;
    if (t <= QUERY_BLOCK) {
      attended = attend(q, k, v, 0, t);
    } else {
      NDList blocks = new NDList();
      for (int from = 0; from < t; from += QUERY_BLOCK) {
        blocks.add(attend(q, k, v, from, Math.min(t, from + QUERY_BLOCK)));
      }
      attended = NDArrays.concat(blocks, 2);
    }
    attended = attended.transpose(0, 2, 1, 3).reshape(b, t, d);
    x = x.add(attended.matMul(p.get("attention.out")));
    x = x.add(Activation.gelu(layerNorm(x, p, "ln2").matMul(p.get("mlp.in"))).matMul(p.get("mlp.out")));
    return layerNorm(x, p, "lnf");
  }

  /** Logits (…, V) of final features (…, d). */
  private static NDArray output(Map<String, NDArray> p, NDArray features) {
    return features.matMul(p.get(OUT_W)).add(p.get(OUT_B));
  }

  /**
   * Causal softmax attention of the queries at positions [from, to) over the keys at [0, to):
   * (B, heads, to − from, d/heads). Long sequences go block by block, so the scores take
   * heads × QUERY_BLOCK × T floats rather than heads × T².
   */
  private NDArray attend(NDArray q, NDArray k, NDArray v, int from, int to) {
    NDManager outer = q.getManager();
    // the block's scores are freed when it ends (autograd keeps what backward needs natively)
    try (NDManager block = outer.newSubManager()) {
      block.tempAttachAll(q, k, v);
      NDIndex queries = new NDIndex(":, :, {}:{}, :", from, to);
      NDIndex keys = new NDIndex(":, :, 0:{}, :", to);
      NDArray rows = block.arange(from, to).reshape(to - from, 1);
      NDArray future = block.arange(to).reshape(1, to).gt(rows).toType(DataType.FLOAT32, false).mul(MASKED);
      NDArray scores = q.get(queries).matMul(k.get(keys).transpose(0, 1, 3, 2))
          .mul((float) (1 / Math.sqrt(options.headSize()))).add(future);
      NDArray out = scores.softmax(-1).matMul(v.get(keys));
      out.attach(outer);
      return out;
    }
  }

  /** (B, T, d) → (B, heads, T, d/heads). */
  private NDArray splitHeads(NDArray x, long b, int t) {
    return x.reshape(b, t, options.heads(), options.headSize()).transpose(0, 2, 1, 3);
  }

  private NDArray layerNorm(NDArray x, Map<String, NDArray> p, String name) {
    return x.getNDArrayInternal().layerNorm(x, new Shape(options.dModel()), p.get(name + ".gamma"),
        p.get(name + ".beta"), 1e-5f).singletonOrThrow();
  }

  /** y_t = Σ_{j<w} K_j ⊙ x_{t−j}, zeros before the start: each channel sees the last w tokens. */
  private NDArray causalConvolution(NDArray x, NDArray kernel) {
    long b = x.getShape().get(0);
    long t = x.getShape().get(1);
    int w = options.conv();
    NDArray padded = x.getManager().zeros(new Shape(b, w - 1, options.dModel())).concat(x, 1);
    NDArray y = null;
    for (int j = 0; j < w; j++) {
      NDArray shifted = padded.get(new NDIndex(":, {}:{}, :", w - 1 - j, w - 1 - j + t));
      NDArray term = shifted.mul(kernel.get(j));
      y = y == null ? term : y.add(term);
    }
    return y;
  }

  /** Transformer sinusoidal positions: P[t, 2i] = sin(t/10000^(2i/d)), P[t, 2i+1] = cos(…). */
  static float[] sinusoids(int length, int d) {
    float[] p = new float[length * d];
    for (int i = 0; i < d; i += 2) {
      double frequency = Math.pow(10000, -(double) i / d);
      for (int t = 0; t < length; t++) {
        p[t * d + i] = (float) Math.sin(t * frequency);
        if (i + 1 < d) {
          p[t * d + i + 1] = (float) Math.cos(t * frequency);
        }
      }
    }
    return p;
  }

  private int checkToken(String what, int token) {
    if (token < 0 || token >= vocabulary) {
      throw new IllegalArgumentException(what + " " + token + " must be in [0, " + vocabulary + ")");
    }
    return token;
  }

  @Override
  public long parameters() {
    return shapes(vocabulary, options).values().stream().mapToLong(Shape::size).sum();
  }

  @Override
  public long nonEmbeddingParameters() {
    Map<String, Shape> s = shapes(vocabulary, options);
    return parameters() - s.get(EMBEDDING).size() - s.get(OUT_W).size() - s.get(OUT_B).size();
  }

  /** The scorecard's declared must-haves (spec/lm-lab.md §2) for a one-layer transformer. */
  @Override
  public Map<String, String> properties() {
    boolean conv = options.conv() > 0;
    return Map.of(
        "parallelTraining", "yes: every position in one pass under a causal mask",
        "maxLength", "none (sinusoidal positions; cost quadratic in length)",
        "taskSpecificRules", "none",
        "mechanism", conv ? "softmax attention after a short causal convolution (existing: H3/Based-style)"
            : "softmax attention (existing)",
        "binding", conv ? "key→value: a value position carries its key through the convolution, the query matches it"
            : "none in one layer: attention finds the key, not the value after it");
  }

  /** Key/value cache per token read: 2·d_model numbers (the cache grows with the length). */
  @Override
  public long stateSize() {
    return 2L * options.dModel();
  }

  /** Inference state after {@code length} tokens: the key/value cache plus the convolution window. */
  public long stateSize(int length) {
    return stateSize() * length + (long) Math.max(0, options.conv() - 1) * options.dModel();
  }

  @Override
  public void save(Path directory) throws IOException {
    Path target = directory.toAbsolutePath();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempDirectory(parent, target.getFileName() + ".tmp");
    try {
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("format", FORMAT);
      meta.put("variant", name());
      meta.put("vocabulary", vocabulary);
      meta.put("seed", seed);
      meta.put("steps", steps);
      meta.put("options", options.toMap());
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(temporary.resolve("model.json").toFile(), meta);
      write(temporary.resolve("parameters.ndlist"), new NDList(weights.values()));
      NDList adam = new NDList(moment1.values());
      adam.addAll(moment2.values());
      write(temporary.resolve("adam.ndlist"), adam);
      if (Files.exists(target)) {
        Path old = Files.createTempDirectory(parent, target.getFileName() + ".old");
        Files.move(target, old.resolve("previous"), StandardCopyOption.ATOMIC_MOVE);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        deleteRecursively(old);
      } else {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      }
    } finally {
      if (Files.exists(temporary)) {
        deleteRecursively(temporary);
      }
    }
  }

  private static void write(Path file, NDList list) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      list.encode(out);
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Reads a checkpoint written by {@link #save}. */
  static TransformerModel load(Path directory) throws IOException {
    Path json = directory.resolve("model.json");
    if (!Files.isRegularFile(json)) {
      throw new IOException("no transformer checkpoint in " + directory + " (model.json missing)");
    }
    Map<?, ?> meta = new ObjectMapper().readValue(json.toFile(), Map.class);
    if (!FORMAT.equals(meta.get("format"))) {
      throw new IOException(json + ": format " + meta.get("format") + ", expected " + FORMAT);
    }
    Map<String, String> optionMap = new LinkedHashMap<>();
    ((Map<?, ?>) meta.get("options")).forEach((k, v) -> optionMap.put(k.toString(), v.toString()));
    boolean conv = TransformerFactory.CONV_NAME.equals(meta.get("variant"));
    TransformerOptions options = TransformerOptions.parse(optionMap, conv);
    int vocabulary = ((Number) meta.get("vocabulary")).intValue();
    long seed = ((Number) meta.get("seed")).longValue();
    long steps = ((Number) meta.get("steps")).longValue();
    Djl.configure();
    try (NDManager reader = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
      NDList stored = read(reader, directory.resolve("parameters.ndlist"));
      NDList adam = read(reader, directory.resolve("adam.ndlist"));
      try {
        return new TransformerModel(vocabulary, options, seed, steps, stored, adam);
      } catch (IllegalArgumentException e) {
        throw new IOException(directory + ": " + e.getMessage(), e);
      }
    }
  }

  /** Decodes into {@code reader}; the model constructor attaches what it keeps to its own manager. */
  private static NDList read(NDManager reader, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return NDList.decode(reader, in);
    }
  }

  @Override
  public void close() {
    manager.close();
  }
}
