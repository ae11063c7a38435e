package org.assemblies.language;

/**
 * Parameters of the parser (spec language.md §1; the reference's {@code parse()} defaults).
 *
 * @param p connection probability of every pair of neurons (0.1)
 * @param lexK neurons of one word's assembly in LEX, and the cap of DET (20)
 * @param areaN neurons of every lazy area (10000)
 * @param areaK cap of every lazy area but DET (100)
 * @param defaultBeta plasticity of every synapse not listed below, e.g. anything involving DET (0.2)
 * @param lexBeta plasticity between LEX and a recurrent area, both ways (1.0)
 * @param recurrentBeta plasticity of a recurrent area into itself (0.05)
 * @param interareaBeta plasticity from one recurrent area into another (0.5)
 * @param rounds projection rounds per word (20)
 * @param readoutOverlap fraction of a word's LEX assembly the readout must hit (0.7)
 * @param adjectiveAreas adjective areas (English): 1 is the reference's single shared ADJ area, which
 *     loses all but the last adjective of a noun; with m &gt; 1 up to m adjectives of one noun each
 *     keep an assembly (default 3)
 */
public record ParserConfig(double p, int lexK, int areaN, int areaK, double defaultBeta, double lexBeta,
    double recurrentBeta, double interareaBeta, int rounds, double readoutOverlap, int adjectiveAreas) {

  public ParserConfig {
    if (!(p > 0 && p <= 1)) {
      throw new IllegalArgumentException("p=" + p + " must be in (0, 1]");
    }
    if (lexK < 1) {
      throw new IllegalArgumentException("lexK=" + lexK + " must be ≥ 1");
    }
    if (areaK < 1 || areaN <= 2L * Math.max(areaK, lexK)) {
      throw new IllegalArgumentException("areaN=" + areaN + ", areaK=" + areaK + ": need areaK ≥ 1 and areaN > 2·max(areaK, lexK)");
    }
    beta("defaultBeta", defaultBeta);
    beta("lexBeta", lexBeta);
    beta("recurrentBeta", recurrentBeta);
    beta("interareaBeta", interareaBeta);
    if (rounds < 1 || rounds > 1000) {
      throw new IllegalArgumentException("rounds=" + rounds + " must be in [1, 1000]");
    }
    if (!(readoutOverlap > 0.5 && readoutOverlap <= 1)) {
      throw new IllegalArgumentException("readoutOverlap=" + readoutOverlap + " must be in (0.5, 1]");
    }
    if (adjectiveAreas < 1 || adjectiveAreas > 9) {
      throw new IllegalArgumentException("adjectiveAreas=" + adjectiveAreas + " must be in [1, 9]");
    }
  }

  private static void beta(String name, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + "=" + v + " must be finite and ≥ 0");
    }
  }

  /** The spec's parameters, with three adjective areas (every adjective kept). */
  public static ParserConfig defaults() {
    return new ParserConfig(0.1, 20, 10_000, 100, 0.2, 1.0, 0.05, 0.5, 20, 0.7, 3);
  }

  /** The reference exactly: one shared adjective area. */
  public static ParserConfig reference() {
    return defaults().withAdjectiveAreas(1);
  }

  public ParserConfig withAdjectiveAreas(int m) {
    return new ParserConfig(p, lexK, areaN, areaK, defaultBeta, lexBeta, recurrentBeta, interareaBeta, rounds,
        readoutOverlap, m);
  }
}
