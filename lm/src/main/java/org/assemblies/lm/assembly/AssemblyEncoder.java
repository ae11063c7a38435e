package org.assemblies.lm.assembly;

import org.assemblies.core.Overlaps;
/**
 * Computes the sparse state of every position of a sequence in one pass (docs/design/assembly-lm.md
 * §2). For position t, with a(v) the token assembly and P_v = W·a(v) its input to the local area:
 *
 * <pre>
 *   local_t  = cap_k ( Σ_{d&lt;W} λ_l^d · P_{x[t-d]} )                       a causal convolution
 *   global_t = cap_kt( Σ_{j≤t} λ_g^(t-j) · a(x_j) )                        a decayed prefix sum
 *   M_t      = Σ_{1≤j≤t} μ^(t-j) · key_j ⊗ a(x_j),  key_j = a(x[j-1]) or local_{j-1}
 *   memory_t = cap_kt( q_t · M_t ),  q_t = a(x_t) or local_t                 Hebbian recall
 * </pre>
 *
 * <p>The caps sit outside the recurrences: every pre-activation is a linear function of the
 * inputs, so no position waits for another's cap. The global area and the memory are computed by
 * a chunked scan: the sequence is cut into chunks of C positions; each position of a chunk is
 * computed independently from the carry at the chunk's start (the decayed sum, or the memory
 * matrix) plus the chunk's own earlier inputs, and only the carry passes from chunk to chunk
 * (L/C steps of an associative update that a tree could also do in log depth). The state carried
 * is bounded: W token ids, the global area's n_t inputs and the n_key × n_t memory.
 *
 * <p>Not thread-safe (scratch buffers and lazy caches).
 */
final class AssemblyEncoder {

  /** The active neurons of each area at every position ({@code null} for an unused area). */
  record States(int[][] token, int[][] local, int[][] global, int[][] memory) {}

  final AssemblyConfig c;
  final TokenAssemblies tokens;
  final Projection projection;
  private final double[] accLocal;
  private final double[] accToken;
  private final double[] scratch;

  AssemblyEncoder(AssemblyConfig c, int vocabulary, long seed) {
    this.c = c;
    this.tokens = new TokenAssemblies(c.tokens(), c.tokenNeurons(), c.tokenCap(), vocabulary, seed);
    this.projection = c.local()
        ? new Projection(tokens, c.tokenNeurons(), c.neurons(), c.p(), vocabulary, seed)
        : null;
    this.accLocal = new double[c.neurons()];
    this.accToken = new double[c.tokenNeurons()];
    this.scratch = new double[Math.max(c.neurons(), c.tokenNeurons())];
  }

  States encode(int[] x) {
    int len = x.length;
    int[][] tok = new int[len][];
    for (int t = 0; t < len; t++) {
      tok[t] = tokens.of(x[t]);
    }
    int[][] loc = c.local() ? local(x) : null;
    int[][] glo = c.global() ? global(tok) : null;
    int[][] mem = null;
    if (c.memory()) {
      boolean byLocal = c.memoryKey().equals("local");
      mem = memory(byLocal ? loc : tok, tok, byLocal ? c.neurons() : c.tokenNeurons());
    }
    return new States(tok, loc, glo, mem);
  }

  /**
   * Local area: each position is a fixed causal convolution of the last W token inputs, capped.
   * The inputs are sparse, so only the neurons they reach are summed and ranked (the cost does not
   * grow with the area's size).
   */
  private int[][] local(int[] x) {
    double[] w = powers(c.localDecay(), c.window());
    int[] reached = new int[c.neurons()];
    int[][] out = new int[x.length][];
    for (int t = 0; t < x.length; t++) {
      int m = 0;
      for (int d = 0; d < c.window() && d <= t; d++) {
        int[] idx = projection.index(x[t - d]);
        float[] cnt = projection.count(x[t - d]);
        for (int j = 0; j < idx.length; j++) {
          int i = idx[j];
          if (accLocal[i] == 0) {
            reached[m++] = i;
          }
          accLocal[i] += w[d] * cnt[j];
        }
      }
      out[t] = Cap.topK(accLocal, reached, m, c.cap(), scratch);
      for (int j = 0; j < m; j++) {
        accLocal[reached[j]] = 0;
      }
    }
    return out;
  }

  /** Global area: decayed prefix sum of token assemblies by chunked scan, capped per position. */
  private int[][] global(int[][] tok) {
    int n = c.tokenNeurons();
    int chunk = c.chunk();
    double[] pw = powers(c.globalDecay(), chunk + 1);
    double[] carry = new double[n];
    int[][] out = new int[tok.length][];
    for (int c0 = 0; c0 < tok.length; c0 += chunk) {
      int c1 = Math.min(tok.length, c0 + chunk);
      for (int t = c0; t < c1; t++) { // independent given carry: parallel over t
        double s = pw[t - c0 + 1];
        for (int i = 0; i < n; i++) {
          accToken[i] = s * carry[i];
        }
        for (int u = c0; u <= t; u++) {
          double wu = pw[t - u];
          for (int i : tok[u]) {
            accToken[i] += wu;
          }
        }
        out[t] = Cap.topK(accToken, n, c.tokenCap(), scratch);
      }
      double s = pw[c1 - c0];
      for (int i = 0; i < n; i++) {
        carry[i] *= s;
      }
      for (int u = c0; u < c1; u++) {
        double wu = pw[c1 - 1 - u];
        for (int i : tok[u]) {
          carry[i] += wu;
        }
      }
    }
    return out;
  }

  /**
   * Hebbian key→value memory by chunked scan: the binding at j is key_j = keys[j-1] (the previous
   * position's key-area assembly) → value_j = tok[j]; recall at t projects q_t = keys[t] through
   * M_t and caps. Asymmetric: a value never retrieves its key.
   */
  private int[][] memory(int[][] keys, int[][] tok, int nKey) {
    int nv = c.tokenNeurons();
    int chunk = c.chunk();
    double mu = c.memoryDecay();
    double[] pw = powers(mu, chunk + 1);
    double[] mem = new double[nKey * nv];
    boolean empty = true;
    int[][] out = new int[tok.length][];
    for (int c0 = 0; c0 < tok.length; c0 += chunk) {
      int c1 = Math.min(tok.length, c0 + chunk);
      for (int t = c0; t < c1; t++) { // independent given the memory at the chunk's start
        java.util.Arrays.fill(accToken, 0);
        int[] q = keys[t];
        if (!empty) {
          for (int i : q) {
            int row = i * nv;
            for (int j = 0; j < nv; j++) {
              accToken[j] += mem[row + j];
            }
          }
          double s = pw[t - c0 + 1];
          if (s != 1) {
            for (int j = 0; j < nv; j++) {
              accToken[j] *= s;
            }
          }
        }
        for (int u = Math.max(c0, 1); u <= t; u++) {
          int ov = Overlaps.count(q, keys[u - 1]);
          if (ov > 0) {
            double wu = pw[t - u] * ov;
            for (int j : tok[u]) {
              accToken[j] += wu;
            }
          }
        }
        out[t] = Cap.topK(accToken, nv, c.tokenCap(), scratch);
      }
      if (mu != 1) {
        double s = pw[c1 - c0];
        for (int i = 0; i < mem.length; i++) {
          mem[i] *= s;
        }
      }
      for (int u = Math.max(c0, 1); u < c1; u++) {
        double wu = pw[c1 - 1 - u];
        for (int i : keys[u - 1]) {
          int row = i * nv;
          for (int j : tok[u]) {
            mem[row + j] += wu;
          }
        }
        empty = false;
      }
    }
    return out;
  }

  static double[] powers(double base, int count) {
    double[] p = new double[count];
    p[0] = 1;
    for (int i = 1; i < count; i++) {
      p[i] = p[i - 1] * base;
    }
    return p;
  }

  /** Numbers carried from token to token at inference: window ids, global inputs, memory. */
  long stateSize() {
    long s = c.local() ? c.window() : 0;
    s += c.global() ? c.tokenNeurons() : 0;
    if (c.memory()) {
      long nKey = c.memoryKey().equals("local") ? c.neurons() : c.tokenNeurons();
      s += nKey * c.tokenNeurons() + (c.memoryKey().equals("local") ? c.cap() : c.tokenCap());
    }
    return s;
  }
}
