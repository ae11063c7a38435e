package org.assemblies.lm.assembly;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.assemblies.lm.Example;
import org.assemblies.lm.data.CharCorpus;

/**
 * A stand-alone runner for the assembly LM's measurements (until the shared scorecard calls the
 * factory): character BPC on a corpus, associative recall, classic copy and time per token as the
 * sequence grows. Usage:
 *
 * <pre>
 *   AssemblyLmBench bpc|ar|copy|timing [bench keys] [model options]
 *   bench keys: corpus=PATH steps=N epochs=N batch=N seqLen=N evalLen=N evalChars=N T=N train=N
 *     seed=N   (bpc: epochs=N trains on the consecutive seqLen pieces of the training part, their
 *     states computed once; otherwise steps=N random windows)
 * </pre>
 *
 * Everything else is passed to {@link AssemblyConfig}.
 */
public final class AssemblyLmBench {

  private static final List<String> BENCH_KEYS =
      List.of("corpus", "steps", "epochs", "batch", "seqLen", "evalLen", "evalChars", "T", "train",
          "seed");

  private AssemblyLmBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: AssemblyLmBench bpc|ar|copy|timing [key=value ...]");
      System.exit(2);
    }
    Map<String, String> bench = new LinkedHashMap<>();
    Map<String, String> model = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      String[] kv = args[i].split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("argument '" + args[i] + "' must be key=value");
      }
      (BENCH_KEYS.contains(kv[0]) ? bench : model).put(kv[0], kv[1]);
    }
    long seed = Long.parseLong(bench.getOrDefault("seed", "1"));
    switch (args[0]) {
      case "bpc" -> bpc(bench, model, seed);
      case "ar" -> ar(bench, model, seed);
      case "copy" -> copy(bench, model, seed);
      case "timing" -> timing(model, seed);
      default -> throw new IllegalArgumentException("experiment '" + args[0]
          + "' must be one of bpc, ar, copy, timing");
    }
  }

  /** A text file (gzip if it ends in .gz) as code-point ids over its sorted distinct code points. */
  record Corpus(int[] ids, int vocabulary) {}

  /** The vendored Moby Dick or a text file (CharCorpus), train part then held-out tenth. */
  static Corpus readCorpus(String nameOrPath) throws IOException {
    CharCorpus c = CharCorpus.named(nameOrPath);
    int[] train = c.train();
    int[] test = c.test();
    int[] ids = java.util.Arrays.copyOf(train, train.length + test.length);
    System.arraycopy(test, 0, ids, train.length, test.length);
    return new Corpus(ids, c.vocabulary().size());
  }

  /** A random window of {@code len + 1} characters as one example predicting every next char. */
  static Example window(int[] ids, int from, int to, int len, UniformRandomProvider rng) {
    int s = from + rng.nextInt(to - from - len - 1);
    int[] x = java.util.Arrays.copyOfRange(ids, s, s + len);
    int[] y = java.util.Arrays.copyOfRange(ids, s + 1, s + len + 1);
    return new Example(x, y);
  }

  /** Bits per character of {@code model} on ids[from, to) read in consecutive pieces of evalLen. */
  static double bitsPerChar(AssemblyLanguageModel model, int[] ids, int from, int to, int evalLen) {
    double nats = 0;
    long n = 0;
    for (int s = from; s + 1 < to; s += evalLen) {
      int e = Math.min(to - 1, s + evalLen);
      int[] x = java.util.Arrays.copyOfRange(ids, s, e);
      float[][] lp = model.logProbabilities(x);
      for (int t = 0; t < x.length; t++) {
        nats -= lp[t][ids[s + t + 1]];
        n++;
      }
    }
    return nats / n / Math.log(2);
  }

  /** Add-one unigram BPC of ids[from,to) with counts from ids[0,from). */
  static double unigramBpc(int[] ids, int vocabulary, int from, int to) {
    double[] c = new double[vocabulary];
    java.util.Arrays.fill(c, 1);
    for (int i = 0; i < from; i++) {
      c[ids[i]]++;
    }
    double total = from + vocabulary;
    double bits = 0;
    for (int i = from + 1; i < to; i++) {
      bits -= Math.log(c[ids[i]] / total);
    }
    return bits / (to - from - 1) / Math.log(2);
  }

  private static void bpc(Map<String, String> bench, Map<String, String> options, long seed)
      throws IOException {
    Corpus corpus = readCorpus(bench.getOrDefault("corpus", CharCorpus.MOBY_DICK));
    int steps = Integer.parseInt(bench.getOrDefault("steps", "2000"));
    int batch = Integer.parseInt(bench.getOrDefault("batch", "16"));
    int seqLen = Integer.parseInt(bench.getOrDefault("seqLen", "256"));
    int evalLen = Integer.parseInt(bench.getOrDefault("evalLen", "1024"));
    int[] ids = corpus.ids();
    int split = (int) (ids.length * 0.9);
    int evalEnd = Math.min(ids.length, split + Integer.parseInt(bench.getOrDefault("evalChars",
        Integer.toString(ids.length))));
    AssemblyLanguageModel m = new AssemblyModelFactory().create(corpus.vocabulary(), options, seed);
    System.out.printf("model %s  vocab %d  chars %d (train %d, held-out %d)  params %d  state %d%n",
        m.name(), corpus.vocabulary(), ids.length, split, evalEnd - split, m.parameters(),
        m.stateSize());
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed + 17);
    long t0 = System.nanoTime();
    long trained = 0;
    int epochs = Integer.parseInt(bench.getOrDefault("epochs", "0"));
    if (epochs > 0) { // the state has no trained parameters: compute it once, train the readout
      List<AssemblyEncoder.States> states = new ArrayList<>();
      List<int[]> targets = new ArrayList<>();
      for (int s = 0; s + seqLen + 1 <= split; s += seqLen) {
        states.add(m.states(java.util.Arrays.copyOfRange(ids, s, s + seqLen)));
        targets.add(java.util.Arrays.copyOfRange(ids, s + 1, s + seqLen + 1));
      }
      System.out.printf("states of %d pieces computed in %.0f s%n", states.size(),
          (System.nanoTime() - t0) / 1e9);
      int[] order = new int[states.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      for (int ep = 1; ep <= epochs; ep++) {
        for (int i = order.length - 1; i > 0; i--) {
          int j = rng.nextInt(i + 1);
          int tmp = order[i];
          order[i] = order[j];
          order[j] = tmp;
        }
        double sum = 0;
        int nb = 0;
        for (int i = 0; i < order.length; i += batch) {
          List<AssemblyEncoder.States> bs = new ArrayList<>();
          List<int[]> bt = new ArrayList<>();
          for (int j = i; j < Math.min(order.length, i + batch); j++) {
            bs.add(states.get(order[j]));
            bt.add(targets.get(order[j]));
          }
          sum += m.trainStates(bs, bt);
          nb++;
        }
        trained += (long) order.length * seqLen;
        System.out.printf("epoch %d  train BPC %.3f  held-out BPC (first 20k) %.3f  %.0f s%n", ep,
            sum / nb / Math.log(2), bitsPerChar(m, ids, split, split + 20000, evalLen),
            (System.nanoTime() - t0) / 1e9);
      }
    } else {
      double avg = Double.NaN;
      for (int s = 1; s <= steps; s++) {
        List<Example> b = new ArrayList<>();
        for (int i = 0; i < batch; i++) {
          b.add(window(ids, 0, split, seqLen, rng));
        }
        double loss = m.trainStep(b);
        avg = Double.isNaN(avg) ? loss : 0.98 * avg + 0.02 * loss;
        if (s % Math.max(1, steps / 10) == 0) {
          System.out.printf("step %d  train BPC (ema) %.3f  %.0f s%n", s, avg / Math.log(2),
              (System.nanoTime() - t0) / 1e9);
        }
      }
      trained = (long) steps * batch * seqLen;
    }
    double trainSec = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    double bpc = bitsPerChar(m, ids, split, evalEnd, evalLen);
    double evalSec = (System.nanoTime() - t1) / 1e9;
    System.out.printf("RESULT bpc %s held-out BPC %.3f (unigram %.3f)  train %.0f s (%.0f chars/s)"
        + "  eval %.0f chars/s%n", m.name(), bpc, unigramBpc(ids, corpus.vocabulary(), split,
            evalEnd), trainSec, trained / trainSec,
        (evalEnd - split) / evalSec);
  }

  /**
   * Associative recall: keys 0..9, values 10..19 (vocabulary 20); each sequence draws a random
   * key→value map and {@code pairs} keys (with repeats, always bound to the same value), reads
   * {@code k1 v1 … kN vN q} with q one of the keys shown, and is scored on the last position.
   * Chance is 1/10 over the values.
   */
  static Example associativeRecall(UniformRandomProvider rng, int pairs) {
    int[] map = new int[10];
    for (int i = 0; i < 10; i++) {
      map[i] = 10 + rng.nextInt(10);
    }
    int[] x = new int[2 * pairs + 1];
    int[] y = new int[x.length];
    java.util.Arrays.fill(y, Example.IGNORE);
    for (int i = 0; i < pairs; i++) {
      int k = rng.nextInt(10);
      x[2 * i] = k;
      x[2 * i + 1] = map[k];
    }
    int q = x[2 * rng.nextInt(pairs)];
    x[x.length - 1] = q;
    y[y.length - 1] = map[q];
    return new Example(x, y);
  }

  /**
   * Classic copy (Arjovsky et al.): 10 symbols from 0..7, T-1 blanks (8), a delimiter (9), 10
   * blanks; the 10 symbols are the targets of the last 10 positions. Vocabulary 10, length T+20.
   */
  static Example copy(UniformRandomProvider rng, int blanks) {
    int len = blanks + 20;
    int[] x = new int[len];
    int[] y = new int[len];
    java.util.Arrays.fill(x, 8);
    java.util.Arrays.fill(y, Example.IGNORE);
    for (int i = 0; i < 10; i++) {
      x[i] = rng.nextInt(8);
      y[len - 10 + i] = x[i];
    }
    x[blanks + 9] = 9;
    return new Example(x, y);
  }

  /** Fraction of scored positions whose argmax is the target. */
  static double accuracy(AssemblyLanguageModel m, List<Example> examples) {
    long right = 0;
    long n = 0;
    for (Example e : examples) {
      float[][] lp = m.logProbabilities(e.tokens());
      for (int t = 0; t < e.length(); t++) {
        if (e.targets()[t] == Example.IGNORE) {
          continue;
        }
        int best = 0;
        for (int v = 1; v < lp[t].length; v++) {
          if (lp[t][v] > lp[t][best]) {
            best = v;
          }
        }
        right += best == e.targets()[t] ? 1 : 0;
        n++;
      }
    }
    return (double) right / n;
  }

  private static void train(AssemblyLanguageModel m, List<Example> train, int batch, int epochs) {
    for (int ep = 0; ep < epochs; ep++) {
      for (int i = 0; i < train.size(); i += batch) {
        m.trainStep(train.subList(i, Math.min(train.size(), i + batch)));
      }
    }
  }

  private static void ar(Map<String, String> bench, Map<String, String> options, long seed) {
    int n = Integer.parseInt(bench.getOrDefault("train", "2000"));
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed + 29);
    List<Example> train = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      train.add(associativeRecall(rng, 19));
    }
    List<Example> test = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      test.add(associativeRecall(rng, 19));
    }
    AssemblyLanguageModel m = new AssemblyModelFactory().create(20, options, seed);
    long t0 = System.nanoTime();
    train(m, train, Integer.parseInt(bench.getOrDefault("batch", "32")), 3);
    System.out.printf("RESULT ar %s accuracy %.3f (chance 0.100; length 39, %d train)  params %d"
        + "  %.1f s%n", m.name(), accuracy(m, test), n, m.parameters(),
        (System.nanoTime() - t0) / 1e9);
  }

  private static void copy(Map<String, String> bench, Map<String, String> options, long seed) {
    int blanks = Integer.parseInt(bench.getOrDefault("T", "100"));
    int n = Integer.parseInt(bench.getOrDefault("train", "2000"));
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed + 31);
    List<Example> train = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      train.add(copy(rng, blanks));
    }
    List<Example> test = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      test.add(copy(rng, blanks));
    }
    AssemblyLanguageModel m = new AssemblyModelFactory().create(10, options, seed);
    long t0 = System.nanoTime();
    train(m, train, Integer.parseInt(bench.getOrDefault("batch", "32")), 3);
    System.out.printf("RESULT copy T=%d %s accuracy %.3f (chance 0.125)  %.1f s%n", blanks,
        m.name(), accuracy(m, test), (System.nanoTime() - t0) / 1e9);
  }

  private static void timing(Map<String, String> options, long seed) {
    AssemblyLanguageModel m = new AssemblyModelFactory().create(80, options, seed);
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed + 37);
    int[] warm = new int[4096];
    for (int i = 0; i < warm.length; i++) {
      warm[i] = rng.nextInt(80);
    }
    m.logProbabilities(warm);
    System.out.printf("model %s  state %d numbers (constant)%n", m.name(), m.stateSize());
    for (int len = 256; len <= 65536; len *= 4) {
      int[] x = new int[len];
      for (int i = 0; i < len; i++) {
        x[i] = rng.nextInt(80);
      }
      int reps = Math.max(1, 16384 / len);
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      for (int r = 0; r < reps; r++) {
        m.logProbabilities(x);
      }
      double us = (System.nanoTime() - t0) / 1e3 / reps / len;
      double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e3 / reps / len;
      System.out.printf("RESULT timing %s length %d  %.2f us/token wall, %.2f us/token CPU%n",
          m.name(), len, us, cpu);
    }
  }
}
