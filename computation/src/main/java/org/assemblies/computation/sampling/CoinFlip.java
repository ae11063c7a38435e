package org.assemblies.computation.sampling;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.core.Brain;
import org.assemblies.core.PlasticityRule;
import org.assemblies.core.Projection;
import org.assemblies.core.Seeds;

/**
 * The assembly coin flip of "Coin-flipping in the brain" (arXiv:2406.07715): a context area whose
 * assemblies project into an outcome area whose assemblies have strong recurrence. The outcome
 * area's inputs get ambient Gaussian noise, so when a context fires the first cap splits its k
 * winners among the outcome assemblies at random; the recurrence then amplifies the leader until
 * one assembly fires alone. P(outcome j) grows with the weights from the context to j.
 *
 * <p>Learning is Hebbian: {@link #observe} fires the context's assembly with the outcome's
 * assembly held (fixed) in the outcome area, and the context → outcome synapses follow the
 * saturating rule {@code w ← w + min(α, e^{λ(1+β−w)})}, so after c observations
 * {@code w ≈ 1 + β + ln(λc)/λ}; the noisy cap approximately inverts the logarithm and samples
 * outcomes in proportion to their counts.
 *
 * <p>Layout (the authors' demo): context assembly i is neurons [i·k, (i+1)·k) of area
 * {@value #CONTEXT}, outcome assembly j neurons [j·k, (j+1)·k) of area {@value #OUTCOME}; the rest
 * of each area belongs to no assembly. Recurrence: every synapse inside an outcome assembly is
 * multiplied by {@link Config#recurrence()} once at construction (the demo's ×10 blocks); unlike
 * the demo's block-diagonal matrix, the engine's explicit area keeps Bernoulli(p) synapses of
 * weight 1 between blocks too. Not thread-safe.
 */
public final class CoinFlip {
  static final String CONTEXT = "context";
  static final String OUTCOME = "outcome";
  private static final long NOISE_STREAM = 0x6e6f697365L;

  /**
   * Sizes and rates.
   *
   * @param n neurons of the outcome area (≥ outcomes·k)
   * @param k assembly size and cap of both areas
   * @param contextN neurons of the context area (≥ contexts·k)
   * @param p connection probability of every fiber
   * @param lambda λ of the saturating rule
   * @param beta β of the saturating rule (the authors' demo writes the same rule as
   *     {@code Δw = b·e^{−λ(w−1)}} with b = 1000, i.e. β = ln(1000)/λ)
   * @param noise standard deviation of the ambient noise in units of √(k·p) (the standard
   *     deviation of one assembly's input to one neuron)
   * @param recurrence factor of the synapses inside an outcome assembly (a whole number ≥ 1)
   * @param rounds caps per sample: the noisy one, then noiseless recurrent ones
   * @param winFraction an outcome is sampled when more than this fraction of its assembly fires at
   *     the end (else the sample is undecided)
   */
  public record Config(int n, int k, int contextN, double p, double lambda, double beta,
      double noise, double recurrence, int rounds, double winFraction) {
    public Config {
      if (k < 1) {
        throw new IllegalArgumentException("k=" + k + " must be ≥ 1");
      }
      if (n < 2 * k) {
        throw new IllegalArgumentException("n=" + n + " must be ≥ 2k = " + 2 * k);
      }
      if (contextN < k + 1) {
        throw new IllegalArgumentException("contextN=" + contextN + " must be > k = " + k);
      }
      if (!(p > 0 && p <= 1)) {
        throw new IllegalArgumentException("p=" + p + " must be in (0, 1]");
      }
      PlasticityRule.saturating(lambda); // validates λ
      if (!(beta >= 0) || Double.isInfinite(beta)) {
        throw new IllegalArgumentException("beta=" + beta + " must be finite and ≥ 0");
      }
      if (!(noise >= 0) || Double.isInfinite(noise)) {
        throw new IllegalArgumentException("noise=" + noise + " must be finite and ≥ 0");
      }
      AmbientNoise.checkRecurrence(recurrence);
      if (rounds < 1) {
        throw new IllegalArgumentException("rounds=" + rounds + " must be ≥ 1");
      }
      if (!(winFraction >= 0 && winFraction < 1)) {
        throw new IllegalArgumentException("winFraction=" + winFraction + " must be in [0, 1)");
      }
    }

    /**
     * The authors' Markov-chain demo: n = 10000, k = 500, 3000 context neurons, p = 0.1, λ = 24,
     * β = ln(1000)/24, noise 5·√(kp), ×10 recurrence, 10 caps, win at > 80% of the assembly.
     */
    public static Config authors() {
      return new Config(10_000, 500, 3_000, 0.1, 24, Math.log(1000) / 24, 5, 10, 10, 0.8);
    }

    /** The standard deviation of the ambient noise: noise·√(k·p). */
    public double sigma() {
      return noise * Math.sqrt(k * p);
    }

    /** The weight of a context → outcome synapse after {@code count} observations. */
    public double weightAfter(int count) {
      return new PlasticityRule.Saturating(lambda).weightAfter(count, beta);
    }
  }

  /**
   * One sample.
   *
   * @param outcome the outcome whose assembly fires (more than winFraction of it), −1 if none
   * @param overlaps neurons of each outcome assembly in the final cap
   * @param caps caps computed (the recurrence stops early at a fixed point)
   */
  public record Sample(int outcome, int[] overlaps, int caps) {
    public Sample {
      overlaps = overlaps.clone();
    }

    @Override
    public int[] overlaps() {
      return overlaps.clone();
    }
  }

  private final Config config;
  private final int contexts;
  private final int outcomes;
  private final Brain brain;
  private final AmbientNoise noise;
  private final int[][] counts;
  private final Projection forward = Projection.builder().area(CONTEXT, OUTCOME).build();
  private final Projection recurrence = Projection.builder().area(OUTCOME, OUTCOME).build();

  private CoinFlip(Config config, int contexts, int outcomes, long seed) {
    this.config = config;
    this.contexts = contexts;
    this.outcomes = outcomes;
    this.counts = new int[contexts][outcomes];
    brain = Brain.builder(config.p()).seed(seed).build();
    brain.addExplicitArea(CONTEXT, config.contextN(), config.k(), 0)
        .addExplicitArea(OUTCOME, config.n(), config.k(), 0);
    brain.setPlasticityRule(OUTCOME, CONTEXT, PlasticityRule.saturating(config.lambda()))
        .setBeta(OUTCOME, CONTEXT, config.beta())
        .setBeta(OUTCOME, OUTCOME, config.recurrence() - 1);
    for (int j = 0; j < outcomes; j++) { // strong recurrence inside each outcome assembly
      brain.setWinners(OUTCOME, Blocks.block(j, config.k())).fix(OUTCOME);
      brain.project(recurrence);
      brain.unfix(OUTCOME);
    }
    noise = new AmbientNoise(config.sigma());
    brain.setInputHook(OUTCOME, noise);
    brain.inhibit(OUTCOME);
  }

  /** A sampler with {@code contexts} context and {@code outcomes} outcome assemblies, untrained. */
  public static CoinFlip create(Config config, int contexts, int outcomes, long seed) {
    if (contexts < 1 || (long) contexts * config.k() > config.contextN()) {
      throw new IllegalArgumentException("contexts=" + contexts + " must be in [1, contextN/k] = [1, "
          + config.contextN() / config.k() + "]");
    }
    if (outcomes < 2 || (long) outcomes * config.k() > config.n()) {
      throw new IllegalArgumentException("outcomes=" + outcomes + " must be in [2, n/k] = [2, "
          + config.n() / config.k() + "]");
    }
    return new CoinFlip(config, contexts, outcomes, seed);
  }

  public Config config() {
    return config;
  }

  public int contexts() {
    return contexts;
  }

  public int outcomes() {
    return outcomes;
  }

  /** One observation of {@code outcome} in {@code context}: one Hebbian step (saturating rule). */
  public void observe(int context, int outcome) {
    observe(context, outcome, 1);
  }

  /** {@code times} observations of {@code outcome} in {@code context}. */
  public void observe(int context, int outcome, int times) {
    checkContext(context);
    checkOutcome(outcome);
    if (times < 0) {
      throw new IllegalArgumentException("times=" + times + " must be ≥ 0");
    }
    if (times == 0) {
      return;
    }
    brain.setPlasticityEnabled(true);
    brain.setWinners(CONTEXT, Blocks.block(context, config.k()));
    brain.setWinners(OUTCOME, Blocks.block(outcome, config.k())).fix(OUTCOME);
    brain.project(forward, times);
    brain.unfix(OUTCOME).inhibit(OUTCOME);
    counts[context][outcome] += times;
  }

  /** Observations so far of {@code outcome} in {@code context}. */
  public int count(int context, int outcome) {
    checkContext(context);
    checkOutcome(outcome);
    return counts[context][outcome];
  }

  /** The learned weight of the context → outcome synapses (all equal; 1 before observations). */
  public double weight(int context, int outcome) {
    return config.weightAfter(count(context, outcome));
  }

  /**
   * Flips the coin in {@code context}: the noisy cap, then the recurrence, without plasticity.
   * The noise comes from the stream named by {@code sampleSeed}.
   */
  public Sample sample(int context, long sampleSeed) {
    checkContext(context);
    brain.setWinners(CONTEXT, Blocks.block(context, config.k()));
    return sampleFromContext(Seeds.stream(sampleSeed, NOISE_STREAM));
  }

  /** {@code samples} flips in {@code context}; frequency of each outcome (undecided ones in none). */
  public double[] frequencies(int context, int samples, long seed) {
    if (samples < 1) {
      throw new IllegalArgumentException("samples=" + samples + " must be ≥ 1");
    }
    double[] f = new double[outcomes];
    for (int s = 0; s < samples; s++) {
      int o = sample(context, Seeds.derive(seed, context, s)).outcome();
      if (o >= 0) {
        f[o]++;
      }
    }
    for (int j = 0; j < outcomes; j++) {
      f[j] /= samples;
    }
    return f;
  }

  /** Samples from the context area's current winners (for callers that set them otherwise). */
  Sample sampleFromContext(UniformRandomProvider rng) {
    boolean plastic = brain.isPlasticityEnabled();
    brain.setPlasticityEnabled(false);
    try {
      Blocks.Settled s = Blocks.settle(brain, OUTCOME, forward, recurrence, noise, rng, config.rounds());
      int[] o = Blocks.overlaps(s.winners(), config.k(), outcomes);
      return new Sample(Blocks.winner(o, config.winFraction() * config.k()), o, s.caps());
    } finally {
      brain.setPlasticityEnabled(plastic);
    }
  }

  Brain brain() {
    return brain;
  }

  private void checkContext(int context) {
    if (context < 0 || context >= contexts) {
      throw new IllegalArgumentException("context=" + context + " must be in [0, " + (contexts - 1) + "]");
    }
  }

  private void checkOutcome(int outcome) {
    if (outcome < 0 || outcome >= outcomes) {
      throw new IllegalArgumentException("outcome=" + outcome + " must be in [0, " + (outcomes - 1) + "]");
    }
  }

  @Override
  public String toString() {
    return "CoinFlip" + Arrays.deepToString(counts);
  }
}
