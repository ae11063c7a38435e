package org.assemblies.lm.assembly;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference the one-pass encoder must equal: a per-token loop that carries the recurrent state
 * (the window of ids, the global area's decayed input, the memory matrix) and updates it one token
 * at a time, exactly as the equations of {@link AssemblyEncoder} read.
 */
final class NaiveAssemblyLoop {

  private NaiveAssemblyLoop() {}

  static AssemblyEncoder.States run(AssemblyEncoder enc, int[] x) {
    AssemblyConfig c = enc.c;
    int nt = c.tokenNeurons();
    boolean byLocal = c.memoryKey().equals("local");
    int nKey = byLocal ? c.neurons() : nt;
    double[] scratch = new double[Math.max(nt, c.neurons())];
    ArrayDeque<Integer> window = new ArrayDeque<>(); // most recent first
    double[] g = new double[nt];
    double[][] mem = new double[nKey][nt];
    int[] prevKey = null;
    int[][] tok = new int[x.length][];
    int[][] loc = new int[x.length][];
    int[][] glo = new int[x.length][];
    int[][] rec = new int[x.length][];
    for (int t = 0; t < x.length; t++) {
      tok[t] = enc.tokens.of(x[t]);
      if (c.local()) {
        window.addFirst(x[t]);
        if (window.size() > c.window()) {
          window.removeLast();
        }
        double[] u = new double[c.neurons()];
        double w = 1;
        for (int v : window) {
          int[] idx = enc.projection.index(v);
          float[] cnt = enc.projection.count(v);
          for (int m = 0; m < idx.length; m++) {
            u[idx[m]] += w * cnt[m];
          }
          w *= c.localDecay();
        }
        loc[t] = Cap.topK(u, c.neurons(), c.cap(), scratch);
      }
      if (c.global()) {
        for (int i = 0; i < nt; i++) {
          g[i] *= c.globalDecay();
        }
        for (int i : tok[t]) {
          g[i] += 1;
        }
        glo[t] = Cap.topK(g.clone(), nt, c.tokenCap(), scratch);
      }
      if (c.memory()) {
        for (double[] row : mem) {
          for (int j = 0; j < nt; j++) {
            row[j] *= c.memoryDecay();
          }
        }
        if (prevKey != null) { // bind the previous key → this token
          for (int i : prevKey) {
            for (int j : tok[t]) {
              mem[i][j] += 1;
            }
          }
        }
        int[] q = byLocal ? loc[t] : tok[t];
        double[] r = new double[nt];
        for (int i : q) {
          for (int j = 0; j < nt; j++) {
            r[j] += mem[i][j];
          }
        }
        rec[t] = Cap.topK(r, nt, c.tokenCap(), scratch);
        prevKey = q;
      }
    }
    return new AssemblyEncoder.States(tok, c.local() ? loc : null, c.global() ? glo : null,
        c.memory() ? rec : null);
  }

  static List<String> differences(AssemblyEncoder.States a, AssemblyEncoder.States b) {
    List<String> d = new ArrayList<>();
    compare("token", a.token(), b.token(), d);
    compare("local", a.local(), b.local(), d);
    compare("global", a.global(), b.global(), d);
    compare("memory", a.memory(), b.memory(), d);
    return d;
  }

  private static void compare(String area, int[][] a, int[][] b, List<String> d) {
    if (a == null || b == null) {
      if (a != b) {
        d.add(area + ": one side missing");
      }
      return;
    }
    for (int t = 0; t < a.length; t++) {
      if (!java.util.Arrays.equals(a[t], b[t])) {
        d.add(area + "[" + t + "]: " + java.util.Arrays.toString(a[t]) + " vs "
            + java.util.Arrays.toString(b[t]));
      }
    }
  }
}
