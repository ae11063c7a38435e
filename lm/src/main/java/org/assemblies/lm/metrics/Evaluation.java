package org.assemblies.lm.metrics;

/**
 * What a model achieved on a set of examples, over the scored positions.
 *
 * @param nats mean cross-entropy per scored position (natural log)
 * @param accuracy fraction of scored positions whose most probable token is the target
 * @param exampleAccuracy mean over examples of the fraction of their scored positions right
 *     (MQAR's measure)
 * @param exactMatch fraction of examples with every scored position right (string copy)
 * @param scored scored positions
 * @param examples examples
 */
public record Evaluation(double nats, double accuracy, double exampleAccuracy, double exactMatch,
    long scored, int examples) {

  /** Bits per scored position (bits per character on a corpus). */
  public double bits() {
    return Metrics.bits(nats);
  }
}
