package org.assemblies.lm.assembly;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Token type → a fixed random k-subset of the token area. {@code random}: one seeded stream draws
 * a table, type after type; {@code hashed}: each type's subset is drawn from a stream seeded by a
 * hash of (seed, type), so no table is needed and any type id works. Neither is trained.
 */
final class TokenAssemblies {

  private final int neurons;
  private final int k;
  private final long seed;
  private final int[][] cache;

  TokenAssemblies(String kind, int neurons, int k, int vocabulary, long seed) {
    this.neurons = neurons;
    this.k = k;
    this.seed = seed;
    this.cache = new int[vocabulary][];
    if (kind.equals("random")) {
      UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed ^ 0x7A3E_5B1C_9D2F_4E6AL);
      for (int v = 0; v < vocabulary; v++) {
        cache[v] = subset(rng, neurons, k);
      }
    }
  }

  /** The assembly of {@code token}, ascending; callers must not modify it. */
  int[] of(int token) {
    int[] a = cache[token];
    if (a == null) {
      a = subset(RandomSource.SPLIT_MIX_64.create(mix(seed, token)), neurons, k);
      cache[token] = a;
    }
    return a;
  }

  /** A uniformly random k-subset of [0, n), ascending (Floyd's algorithm). */
  static int[] subset(UniformRandomProvider rng, int n, int k) {
    java.util.BitSet chosen = new java.util.BitSet(n);
    for (int j = n - k; j < n; j++) {
      int t = rng.nextInt(j + 1);
      chosen.set(chosen.get(t) ? j : t);
    }
    return chosen.stream().toArray();
  }

  static long mix(long seed, long x) {
    long z = seed + 0x9E37_79B9_7F4A_7C15L * (x + 1);
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }

  @Override
  public String toString() {
    return "TokenAssemblies" + Arrays.toString(new int[] {neurons, k});
  }
}
