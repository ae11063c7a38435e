package org.assemblies.lm.transformer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import org.assemblies.lm.Example;
import org.assemblies.lm.ModelFactory;

/**
 * Measurement runner for the transformer baselines in RESULTS.md (not a test; the lab's harness
 * will take over): char-level Moby Dick BPC, associative recall plain vs +conv, throughput, and
 * time per token against sequence length. Run from the repository root after {@code test-compile}:
 *
 * <pre>
 *   java -cp lm/target/classes:lm/target/test-classes:$(cat cp.txt) \
 *       org.assemblies.lm.transformer.TransformerBaselines mobydick|ar|scaling [key=value ...]
 * </pre>
 */
public final class TransformerBaselines {

  private TransformerBaselines() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> kv = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      String[] p = args[i].split("=", 2);
      kv.put(p[0], p[1]);
    }
    System.out.printf("load average at start: %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
    switch (args[0]) {
      case "mobydick" -> mobyDick(kv);
      case "ar" -> associativeRecall(kv);
      case "scaling" -> scaling(kv);
      default -> throw new IllegalArgumentException("unknown measurement " + args[0]);
    }
  }

  private static String take(Map<String, String> kv, String key, String fallback) {
    String v = kv.remove(key);
    return v == null ? fallback : v;
  }

  // ---------------------------------------------------------------- char-level Moby Dick

  static int[] codePoints(String text) {
    return text.codePoints().toArray();
  }

  static String readCorpus(Path gz) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The Moby Dick text the lm module vendors (org/assemblies/lm/data). */
  static String vendoredMobyDick() throws IOException {
    try (InputStream raw = TransformerBaselines.class.getResourceAsStream("/org/assemblies/lm/data/mobydick.txt.gz")) {
      if (raw == null) {
        throw new IOException("vendored mobydick.txt.gz not on the class path; pass corpus=FILE");
      }
      try (InputStream in = new GZIPInputStream(raw)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }

  private static void mobyDick(Map<String, String> kv) throws IOException {
    String corpusPath = take(kv, "corpus", null);
    String corpusName = corpusPath == null ? "mobydick.txt.gz (vendored)" : corpusPath;
    int seconds = Integer.parseInt(take(kv, "seconds", "300"));
    int maxSteps = Integer.parseInt(take(kv, "steps", "3000"));
    int batch = Integer.parseInt(take(kv, "batch", "32"));
    int length = Integer.parseInt(take(kv, "length", "128"));
    long seed = Long.parseLong(take(kv, "seed", "1"));
    kv.putIfAbsent("d_model", "96");
    String kind = take(kv, "model", "transformer");

    int[] text = codePoints(corpusPath == null ? vendoredMobyDick() : readCorpus(Path.of(corpusPath)));
    int[] alphabet = new TreeSet<>(Arrays.stream(text).boxed().toList()).stream().mapToInt(i -> i).toArray();
    int[] ids = Arrays.stream(text).map(c -> Arrays.binarySearch(alphabet, c)).toArray();
    int split = (int) (ids.length * 0.9);
    int[] train = Arrays.copyOf(ids, split);
    int[] held = Arrays.copyOfRange(ids, split, ids.length);
    System.out.printf("corpus %s: %d chars, %d symbols, train %d, held-out %d%n", corpusName,
        ids.length, alphabet.length, train.length, held.length);
    System.out.printf("gzip (Deflater level 9) on the held-out tenth: %.3f BPC%n", deflateBpc(text, split));

    ModelFactory factory = factory(kind);
    try (TransformerModel model = (TransformerModel) factory.create(alphabet.length, kv, seed)) {
      System.out.printf("%s %s: %d parameters, %d non-embedding%n", model.name(), model.options(),
          model.parameters(), model.nonEmbeddingParameters());
      SplittableRandom rng = new SplittableRandom(seed);
      long start = System.nanoTime();
      double cpuStart = cpuSeconds();
      double running = 0;
      int step = 0;
      while (step < maxSteps && System.nanoTime() - start < seconds * 1_000_000_000L) {
        List<Example> examples = new ArrayList<>(batch);
        for (int b = 0; b < batch; b++) {
          int at = rng.nextInt(train.length - length - 1);
          examples.add(new Example(Arrays.copyOfRange(train, at, at + length),
              Arrays.copyOfRange(train, at + 1, at + length + 1)));
        }
        double loss = model.trainStep(examples);
        running += loss;
        step++;
        if (!Double.isFinite(loss) || !Double.isFinite(model.lastGradientNorm())) {
          System.out.printf("step %d: loss %s, gradient norm %s (not finite in %s)%n", step, loss,
              model.lastGradientNorm(), model.lastNonFiniteGradients());
        }
        if (step % 250 == 0) {
          double elapsed = (System.nanoTime() - start) / 1e9;
          System.out.printf("step %5d  %6.1f s  train %.3f BPC (last 250)  %.0f train tokens/s%n", step,
              elapsed, running / 250 / Math.log(2), (double) step * batch * length / elapsed);
          running = 0;
        }
      }
      double trainSeconds = (System.nanoTime() - start) / 1e9;
      double trainCpu = cpuSeconds() - cpuStart;
      long evalStart = System.nanoTime();
      double[] eval = heldOutBpc(model, held, length);
      double evalSeconds = (System.nanoTime() - evalStart) / 1e9;
      System.out.printf("RESULT mobydick %s params=%d nonembedding=%d steps=%d skipped=%d train_s=%.0f train_cpu_s=%.0f "
              + "train_tok_per_s=%.0f heldout_bpc=%.3f infer_tok_per_s=%.0f%n",
          model.name(), model.parameters(), model.nonEmbeddingParameters(), step, model.skippedSteps(),
          trainSeconds, trainCpu,
          (double) step * batch * length / trainSeconds, eval[0], eval[1] / evalSeconds);
    }
  }

  /**
   * BPC over every held-out character: windows of {@code length} with stride length/2, each scoring
   * its second half (the first window scores all), so every character has ≥ length/2 of context.
   *
   * @return {BPC, tokens passed through the model}
   */
  static double[] heldOutBpc(TransformerModel model, int[] held, int length) {
    int stride = length / 2;
    double nats = 0;
    long scored = 0;
    long processed = 0;
    for (int at = 0; at + 1 < held.length; at += stride) {
      int end = Math.min(at + length, held.length - 1);
      int[] window = Arrays.copyOfRange(held, at, end);
      float[][] lp = model.logProbabilities(window);
      processed += window.length;
      int from = at == 0 ? 0 : Math.min(stride, window.length);
      for (int i = from; i < window.length; i++) {
        nats -= lp[i][held[at + i + 1]];
        scored++;
      }
      if (end == held.length - 1) {
        break;
      }
    }
    return new double[] {nats / scored / Math.log(2), processed};
  }

  /** Compressed size in bits (raw deflate, level 9) of the held-out part per character. */
  static double deflateBpc(int[] text, int split) {
    String heldOut = new String(text, split, text.length - split);
    byte[] input = heldOut.getBytes(StandardCharsets.UTF_8);
    Deflater deflater = new Deflater(9, true);
    deflater.setInput(input);
    deflater.finish();
    byte[] buffer = new byte[input.length + 1024];
    long bytes = 0;
    while (!deflater.finished()) {
      bytes += deflater.deflate(buffer);
    }
    deflater.end();
    return 8.0 * bytes / (text.length - split);
  }

  // ---------------------------------------------------------------- associative recall

  /**
   * Associative recall, vocabulary 20, length 40 counting the answer: keys are tokens 0–9, values
   * 10–19; a sequence draws a random key→value map, then 19 pairs {@code k v} (keys with
   * replacement, each followed by its value) and a query key that occurred; the target at the query
   * is its value. Chance is 10%.
   */
  static Example recall(SplittableRandom rng) {
    return recall(rng, 10, 19);
  }

  /** Associative recall over keys 0..keys−1 and values keys..2·keys−1, with {@code pairs} pairs. */
  static Example recall(SplittableRandom rng, int keys, int pairs) {
    int[] map = new int[keys];
    for (int k = 0; k < keys; k++) {
      map[k] = keys + rng.nextInt(keys);
    }
    int[] tokens = new int[2 * pairs + 1];
    for (int i = 0; i < pairs; i++) {
      int k = rng.nextInt(keys);
      tokens[2 * i] = k;
      tokens[2 * i + 1] = map[k];
    }
    int query = tokens[2 * rng.nextInt(pairs)];
    tokens[2 * pairs] = query;
    int[] targets = new int[tokens.length];
    Arrays.fill(targets, Example.IGNORE);
    targets[2 * pairs] = map[query];
    return new Example(tokens, targets);
  }

  private static void associativeRecall(Map<String, String> kv) {
    int seconds = Integer.parseInt(take(kv, "seconds", "120"));
    int maxSteps = Integer.parseInt(take(kv, "steps", "4000"));
    int batch = Integer.parseInt(take(kv, "batch", "64"));
    long seed = Long.parseLong(take(kv, "seed", "1"));
    String kinds = take(kv, "models", "transformer,transformer+conv");
    SplittableRandom testRng = new SplittableRandom(seed + 1000);
    List<Example> test = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      test.add(recall(testRng));
    }
    for (String kind : kinds.split(",")) {
      try (TransformerModel model = (TransformerModel) factory(kind).create(20, kv, seed)) {
        SplittableRandom rng = new SplittableRandom(seed);
        long start = System.nanoTime();
        int step = 0;
        double running = 0;
        while (step < maxSteps && System.nanoTime() - start < seconds * 1_000_000_000L) {
          List<Example> examples = new ArrayList<>(batch);
          for (int b = 0; b < batch; b++) {
            examples.add(recall(rng));
          }
          running += model.trainStep(examples);
          step++;
          if (step % 250 == 0) {
            System.out.printf("%s step %5d  %6.1f s  loss %.3f  accuracy %.3f%n", kind, step,
                (System.nanoTime() - start) / 1e9, running / 250, accuracy(model, test.subList(0, 500)));
            running = 0;
          }
        }
        System.out.printf("RESULT ar %s %s params=%d nonembedding=%d steps=%d train_s=%.0f accuracy=%.4f%n",
            model.name(), model.options(), model.parameters(), model.nonEmbeddingParameters(), step,
            (System.nanoTime() - start) / 1e9, accuracy(model, test));
      }
    }
  }

  static double accuracy(TransformerModel model, List<Example> test) {
    int correct = 0;
    for (Example e : test) {
      int last = e.length() - 1;
      float[] row = model.logProbabilities(e.tokens())[last];
      int best = 0;
      for (int v = 1; v < row.length; v++) {
        if (row[v] > row[best]) {
          best = v;
        }
      }
      correct += best == e.targets()[last] ? 1 : 0;
    }
    return (double) correct / test.size();
  }

  // ---------------------------------------------------------------- cost against length

  private static void scaling(Map<String, String> kv) {
    int vocabulary = Integer.parseInt(take(kv, "vocabulary", "81"));
    int repeats = Integer.parseInt(take(kv, "repeats", "3"));
    int[] lengths = Arrays.stream(take(kv, "lengths", "256,512,1024,2048,4096").split(","))
        .mapToInt(Integer::parseInt).toArray();
    kv.putIfAbsent("d_model", "96");
    try (TransformerModel model = (TransformerModel) factory(take(kv, "model", "transformer"))
        .create(vocabulary, kv, 1)) {
      System.out.printf("%s %s: %d parameters%n", model.name(), model.options(), model.parameters());
      SplittableRandom rng = new SplittableRandom(2);
      for (int length : lengths) {
        int[] tokens = rng.ints(length, 0, vocabulary).toArray();
        model.logProbabilities(tokens); // warm-up
        double[] ms = new double[repeats];
        double cpu0 = cpuSeconds();
        for (int r = 0; r < repeats; r++) {
          long t0 = System.nanoTime();
          model.logProbabilities(tokens);
          ms[r] = (System.nanoTime() - t0) / 1e6;
        }
        double cpuMs = (cpuSeconds() - cpu0) * 1000 / repeats;
        Arrays.sort(ms);
        double median = ms[repeats / 2];
        System.out.printf("RESULT scaling length=%d forward_ms=%.1f cpu_ms=%.1f us_per_token=%.2f tokens_per_s=%.0f "
                + "kv_state=%d peak_rss_mb=%d%n", length, median, cpuMs, 1000 * median / length,
            length / median * 1000, model.stateSize(length), peakRssMb());
      }
    }
  }

  /** CPU time of this process (all threads, the engine's included). */
  static double cpuSeconds() {
    return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

  private static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }

  private static ModelFactory factory(String kind) {
    return switch (kind) {
      case TransformerFactory.NAME -> TransformerFactory.plain();
      case TransformerFactory.CONV_NAME -> TransformerFactory.withConv();
      default -> throw new IllegalArgumentException("model " + kind + " must be transformer or transformer+conv");
    };
  }
}
