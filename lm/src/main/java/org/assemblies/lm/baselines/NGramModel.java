package org.assemblies.lm.baselines;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.assemblies.experiments.io.AtomicFiles;
import org.assemblies.lm.Example;
import org.assemblies.lm.LanguageModel;

/**
 * An n-gram model with interpolated Kneser–Ney smoothing (Chen &amp; Goodman 1998, with one
 * discount per order):
 *
 * <pre>
 *   P_m(w | h) = max(c_m(h w) − D_m, 0) / c_m(h ·)  +  D_m · N_m(h ·) / c_m(h ·) · P_{m−1}(w | h')
 *   P_0(w)     = 1 / V
 * </pre>
 *
 * where h' drops the oldest token of h, c_m(h ·) = Σ_w c_m(h w), N_m(h ·) the number of distinct
 * w with c_m(h w) &gt; 0, and D_m = n1 / (n1 + 2·n2) from the numbers of m-grams whose count is 1
 * and 2, clamped to [0.05, 0.95] (0.5 when either number is 0, e.g. after several epochs over the
 * same text, which would otherwise leave no mass for unseen tokens). The count c_m is the raw count at the highest order, and below
 * it the continuation count — the number of distinct tokens seen before the m-gram (Kneser–Ney's
 * "adjusted counts", as in KenLM); an m-gram that starts a sequence (no token before it) keeps its
 * raw count. When a context h was never seen, P_m = P_{m−1}.
 *
 * <p>Training counts every scored event (the context read so far, the target) of a batch; it is
 * one pass and exact, so an epoch over a corpus gives the textbook model. The loss reported is
 * the cross-entropy of the batch before its counts are added.
 */
public final class NGramModel implements LanguageModel {
  private final int order;
  private final int vocabulary;
  private final long base;
  /** tables[m] maps a context of m − 1 tokens to its followers' counts, m = 1..order. */
  private final List<HashMap<Long, Context>> tables;
  private final long[] ones;
  private final long[] twos;

  /** Followers of one context. */
  static final class Context {
    final IntIntMap followers = new IntIntMap();
    long total;
  }

  /**
   * @param order n (1 = unigram)
   * @param vocabulary tokens
   */
  public NGramModel(int order, int vocabulary) {
    if (order < 1 || order > 16) {
      throw new IllegalArgumentException("order=" + order + " must be in [1, 16]");
    }
    if (vocabulary < 1) {
      throw new IllegalArgumentException("vocabulary=" + vocabulary + " must be ≥ 1");
    }
    if ((order - 1) * (Math.log(vocabulary + 1.0) / Math.log(2)) >= 62) {
      throw new IllegalArgumentException("order=" + order + " with vocabulary=" + vocabulary
          + ": contexts of " + (order - 1) + " tokens do not fit a 64-bit key; lower the order");
    }
    this.order = order;
    this.vocabulary = vocabulary;
    this.base = vocabulary + 1L;
    this.tables = new java.util.ArrayList<>();
    for (int m = 0; m <= order; m++) {
      tables.add(new HashMap<>());
    }
    this.ones = new long[order + 1];
    this.twos = new long[order + 1];
  }

  public int order() {
    return order;
  }

  @Override
  public boolean exactAfterOneEpoch() {
    return true;
  }

  @Override
  public String name() {
    return order + "-gram";
  }

  @Override
  public int vocabularySize() {
    return vocabulary;
  }

  /** D_m. */
  double discount(int m) {
    if (ones[m] == 0 || twos[m] == 0) {
      return 0.5;
    }
    return Math.clamp(ones[m] / (double) (ones[m] + 2 * twos[m]), 0.05, 0.95);
  }

  /** Key of the {@code len} tokens before position {@code end} (exclusive). */
  private long key(int[] tokens, int end, int len) {
    long k = 0;
    for (int j = end - len; j < end; j++) {
      k = k * base + tokens[j] + 1;
    }
    return k;
  }

  /** Counts the event "after tokens[0..end), the token w". */
  void observe(int[] tokens, int end, int w) {
    increment(Math.min(order, end + 1), tokens, end, w);
  }

  private void increment(int m, int[] tokens, int end, int w) {
    Context c = tables.get(m).computeIfAbsent(key(tokens, end, m - 1), k -> new Context());
    int old = c.followers.add(w, 1);
    c.total++;
    if (old == 1) {
      ones[m]--;
    } else if (old == 2) {
      twos[m]--;
    }
    if (old == 0) {
      ones[m]++;
    } else if (old == 1) {
      twos[m]++;
    }
    if (old == 0 && m > 1) {
      increment(m - 1, tokens, end, w);
    }
  }

  /** P(w | tokens[0..end)). */
  double probability(int[] tokens, int end, int w) {
    double p = 1.0 / vocabulary;
    int top = Math.min(order, end + 1);
    for (int m = 1; m <= top; m++) {
      Context c = tables.get(m).get(key(tokens, end, m - 1));
      if (c == null || c.total == 0) {
        continue;
      }
      double d = discount(m);
      p = Math.max(c.followers.get(w) - d, 0) / c.total + d * c.followers.size() / c.total * p;
    }
    return p;
  }

  /** The distribution after tokens[0..end) into {@code p} (length V). */
  void distribution(int[] tokens, int end, double[] p) {
    java.util.Arrays.fill(p, 1.0 / vocabulary);
    int top = Math.min(order, end + 1);
    for (int m = 1; m <= top; m++) {
      Context c = tables.get(m).get(key(tokens, end, m - 1));
      if (c == null || c.total == 0) {
        continue;
      }
      double d = discount(m);
      double lambda = d * c.followers.size() / c.total;
      for (int v = 0; v < vocabulary; v++) {
        p[v] *= lambda;
      }
      int[] keys = c.followers.keysArray();
      int[] vals = c.followers.valuesArray();
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] >= 0) {
          p[keys[i]] += Math.max(vals[i] - d, 0) / c.total;
        }
      }
    }
  }

  @Override
  public double trainStep(List<Example> batch) {
    double nats = 0;
    long n = 0;
    for (Example e : batch) {
      int[] tokens = e.tokens();
      int[] targets = e.targets();
      for (int i = 0; i < tokens.length; i++) {
        if (targets[i] != Example.IGNORE) {
          nats -= Math.log(probability(tokens, i + 1, targets[i]));
          n++;
        }
      }
    }
    for (Example e : batch) {
      int[] tokens = e.tokens();
      int[] targets = e.targets();
      for (int i = 0; i < tokens.length; i++) {
        if (targets[i] != Example.IGNORE) {
          observe(tokens, i + 1, targets[i]);
        }
      }
    }
    return n == 0 ? 0 : nats / n;
  }

  @Override
  public float[][] logProbabilities(int[] tokens) {
    float[][] out = new float[tokens.length][vocabulary];
    double[] p = new double[vocabulary];
    for (int i = 0; i < tokens.length; i++) {
      distribution(tokens, i + 1, p);
      float[] row = out[i];
      for (int v = 0; v < vocabulary; v++) {
        row[v] = (float) Math.log(p[v]);
      }
    }
    return out;
  }

  /** Stored counts: one per (context, follower) entry of every order. */
  @Override
  public long parameters() {
    long n = 0;
    for (int m = 1; m <= order; m++) {
      for (Context c : tables.get(m).values()) {
        n += c.followers.size();
      }
    }
    return n;
  }

  /** All counts (an n-gram model has no embedding). */
  @Override
  public long nonEmbeddingParameters() {
    return parameters();
  }

  /** The last order − 1 tokens. */
  @Override
  public long stateSize() {
    return order - 1;
  }

  @Override
  public Map<String, String> properties() {
    return Map.of("parallelTraining", "yes (counts, no gradient)", "maxLength", "none",
        "taskSpecificRules", "none", "mechanism", "existing: n-gram counts (Kneser-Ney)",
        "binding", "none (no content-based recall beyond n-1 tokens)");
  }

  /** The file written by {@link #save}. */
  static final String FILE = "ngram.bin.gz";

  @Override
  public void save(Path directory) throws IOException {
    Files.createDirectories(directory);
    AtomicFiles.write(directory.resolve(FILE), raw -> {
      GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
      DataOutputStream out = new DataOutputStream(gz);
      out.writeInt(order);
      out.writeInt(vocabulary);
      for (int m = 1; m <= order; m++) {
        out.writeLong(ones[m]);
        out.writeLong(twos[m]);
        out.writeInt(tables.get(m).size());
        for (Map.Entry<Long, Context> e : tables.get(m).entrySet()) {
          Context c = e.getValue();
          out.writeLong(e.getKey());
          out.writeInt(c.followers.size());
          int[] keys = c.followers.keysArray();
          int[] vals = c.followers.valuesArray();
          for (int i = 0; i < keys.length; i++) {
            if (keys[i] >= 0) {
              out.writeInt(keys[i]);
              out.writeInt(vals[i]);
            }
          }
        }
      }
      out.flush();
      gz.finish();
    });
  }

  /** Reads a model written by {@link #save}. */
  public static NGramModel load(Path directory) throws IOException {
    Path f = directory.resolve(FILE);
    if (!Files.isRegularFile(f)) {
      throw new IOException("no n-gram checkpoint " + f);
    }
    try (InputStream raw = Files.newInputStream(f);
        DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16))) {
      NGramModel model = new NGramModel(in.readInt(), in.readInt());
      for (int m = 1; m <= model.order; m++) {
        model.ones[m] = in.readLong();
        model.twos[m] = in.readLong();
        int contexts = in.readInt();
        HashMap<Long, Context> table = model.tables.get(m);
        for (int i = 0; i < contexts; i++) {
          long key = in.readLong();
          int followers = in.readInt();
          Context c = new Context();
          for (int j = 0; j < followers; j++) {
            int w = in.readInt();
            int count = in.readInt();
            c.followers.add(w, count);
            c.total += count;
          }
          table.put(key, c);
        }
      }
      return model;
    }
  }
}
