package org.assemblies.core;

/**
 * How a synapse from a firing neuron onto a neuron that wins the cap changes, per (target,
 * source) pair like β ({@link Brain#setPlasticityRule}). Both rules use the pair's β; both respect
 * the brain's {@code maxWeight}.
 */
public sealed interface PlasticityRule {

  /** The reference's rule (the default): {@code w ← w·(1 + β)}. */
  static PlasticityRule multiplicative() {
    return Multiplicative.INSTANCE;
  }

  /** The saturating rule of Dabagia, Mitropolsky, Papadimitriou and Vempala (2024), see {@link Saturating}. */
  static PlasticityRule saturating(double lambda) {
    return new Saturating(lambda);
  }

  /** {@code w ← w·(1 + β)}. */
  record Multiplicative() implements PlasticityRule {
    static final Multiplicative INSTANCE = new Multiplicative();
  }

  /**
   * {@code w ← w + min(α, exp(λ·(1 + β − w)))} with {@code α = β + ln(λ)/λ} ("Coin-flipping in
   * the brain", arXiv:2406.07715). From w = 1 the first update adds α, every later one adds
   * {@code exp(λ(1+β−w))} (1/λ the second time), so after c co-activations
   * {@code w ≈ 1 + β + ln(λ·c)/λ}: the weight records the logarithm of a count, which a noisy cap
   * turns back into a frequency.
   *
   * @param lambda the rate λ ≥ 1 (finite)
   */
  record Saturating(double lambda) implements PlasticityRule {
    public Saturating {
      if (!(lambda >= 1) || Double.isInfinite(lambda)) {
        throw new IllegalArgumentException("lambda=" + lambda + " of the saturating rule must be finite and ≥ 1");
      }
    }

    /** The weight after {@code count} updates of a synapse of weight 1 (the rule in closed form). */
    public double weightAfter(int count, double beta) {
      if (count < 0) {
        throw new IllegalArgumentException("count=" + count + " must be ≥ 0");
      }
      double w = 1;
      for (int c = 0; c < count; c++) {
        w += delta(w, beta);
      }
      return w;
    }

    /** The increment {@code min(α, exp(λ(1+β−w)))} of a synapse of weight w. */
    public double delta(double w, double beta) {
      return Math.min(beta + Math.log(lambda) / lambda, Math.exp(lambda * (1 + beta - w)));
    }
  }
}
