package org.assemblies.lm.metrics;

/** Unit conversions of the scorecard. */
public final class Metrics {
  private Metrics() {}

  /** ln 2. */
  public static final double LN2 = Math.log(2);

  /** Bits from nats: BPC = nats per character / ln 2. */
  public static double bits(double nats) {
    return nats / LN2;
  }
}
