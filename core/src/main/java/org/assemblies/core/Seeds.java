package org.assemblies.core;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Derivation of independent random streams from one root seed.
 *
 * <p>Every random decision of the engine is drawn from a stream named by integers (the step, the
 * target area, the phase, a fiber, a row...). A stream depends only on the root seed and its name,
 * never on the order in which streams are created, so results do not depend on map order or on the
 * number of threads.
 */
public final class Seeds {
  private Seeds() {}

  /** The SplitMix64 finaliser (Steele, Lea and Flood 2014): a bijective 64-bit mixer. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A 64-bit value determined by the root seed and the name parts. */
  public static long derive(long root, long... parts) {
    long h = mix(root ^ 0x6a09e667f3bcc909L);
    for (long part : parts) {
      h = mix(h + 0x9e3779b97f4a7c15L + part);
    }
    return h;
  }

  /** A generator (XoRoShiRo128++) for the stream named by {@code parts} under {@code root}. */
  public static UniformRandomProvider stream(long root, long... parts) {
    long a = derive(root, parts);
    return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {a, mix(a + 0x3c6ef372fe94f82bL)});
  }
}
