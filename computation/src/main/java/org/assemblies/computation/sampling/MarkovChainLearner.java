package org.assemblies.computation.sampling;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;
import org.assemblies.core.Seeds;

/**
 * A Markov chain learned by assemblies from one observed sequence of states, and run by them
 * ("Coin-flipping in the brain", arXiv:2406.07715, §Markov chains; the authors' demo "Estimate &
 * simulate a Markov chain"). It is a {@link CoinFlip} whose contexts and outcomes are the states:
 * the current-state area (the sampler's context area) projects into the next-state area (its
 * outcome area). Learning fires each consecutive pair of the sequence (saturating rule), so the
 * weights record the transition counts; the noisy cap then samples next states with about the
 * observed frequencies.
 *
 * <p>To run the chain ({@link #simulate}), each next-state assembly also projects back onto its
 * current-state copy: at construction, for every state, both copies fire together once with a
 * strong multiplicative β on the next → current synapses; then each step samples a next state and
 * projects the next-state area's cap back, which fires that state's current-state assembly. Not
 * thread-safe.
 */
public final class MarkovChainLearner {
  private static final long SIMULATION_STREAM = 0x73696dL;

  private final CoinFlip sampler;
  private final int states;
  private final Projection back =
      Projection.builder().area(CoinFlip.OUTCOME, CoinFlip.CONTEXT).build();

  private MarkovChainLearner(CoinFlip sampler, int states) {
    this.sampler = sampler;
    this.states = states;
    Brain b = sampler.brain();
    int k = sampler.config().k();
    b.setBeta(CoinFlip.CONTEXT, CoinFlip.OUTCOME, sampler.config().recurrence() - 1);
    for (int j = 0; j < states; j++) {
      b.setWinners(CoinFlip.OUTCOME, Blocks.block(j, k));
      b.setWinners(CoinFlip.CONTEXT, Blocks.block(j, k)).fix(CoinFlip.CONTEXT);
      b.project(back);
      b.unfix(CoinFlip.CONTEXT);
    }
    b.inhibit(CoinFlip.OUTCOME);
  }

  /** An untrained learner of a chain on {@code states} states. */
  public static MarkovChainLearner create(CoinFlip.Config config, int states, long seed) {
    if (states < 2) {
      throw new IllegalArgumentException("states=" + states + " must be ≥ 2");
    }
    return new MarkovChainLearner(CoinFlip.create(config, states, states, seed), states);
  }

  public int states() {
    return states;
  }

  public CoinFlip.Config config() {
    return sampler.config();
  }

  /** Presents every consecutive pair of {@code sequence}: one Hebbian step each. */
  public void learn(int[] sequence) {
    checkSequence(sequence, states);
    for (int t = 0; t + 1 < sequence.length; t++) {
      sampler.observe(sequence[t], sequence[t + 1]);
    }
  }

  /** Transitions i → j presented so far. */
  public int count(int from, int to) {
    return sampler.count(from, to);
  }

  /** One sample of the next state after {@code state} (−1 when undecided). */
  public CoinFlip.Sample next(int state, long sampleSeed) {
    return sampler.sample(state, sampleSeed);
  }

  /**
   * The learned transition matrix, estimated by {@code samplesPerState} samples from each state:
   * entry [i][j] is the fraction of samples from i that chose j (undecided samples count for
   * none, so a row may sum to less than 1).
   */
  public double[][] estimate(int samplesPerState, long seed) {
    double[][] m = new double[states][];
    for (int i = 0; i < states; i++) {
      m[i] = sampler.frequencies(i, samplesPerState, seed);
    }
    return m;
  }

  /**
   * Runs the chain for {@code steps} transitions from {@code start}: sample the next state by the
   * noisy cap, project it back onto the current-state area, read the state there (the assembly
   * with the largest overlap) and repeat. Returns the visited states, {@code start} first.
   */
  public int[] simulate(int start, int steps, long seed) {
    if (start < 0 || start >= states) {
      throw new IllegalArgumentException("start=" + start + " must be in [0, " + (states - 1) + "]");
    }
    if (steps < 0) {
      throw new IllegalArgumentException("steps=" + steps + " must be ≥ 0");
    }
    Brain b = sampler.brain();
    int k = sampler.config().k();
    int[] path = new int[steps + 1];
    path[0] = start;
    b.setWinners(CoinFlip.CONTEXT, Blocks.block(start, k));
    boolean plastic = b.isPlasticityEnabled();
    b.setPlasticityEnabled(false);
    try {
      for (int t = 1; t <= steps; t++) {
        UniformRandomProvider rng = Seeds.stream(seed, SIMULATION_STREAM, t);
        sampler.sampleFromContext(rng);
        b.project(back); // the next state becomes the current one
        path[t] = Blocks.argmax(Blocks.overlaps(b.winners(CoinFlip.CONTEXT).neurons(), k, states));
      }
    } finally {
      b.setPlasticityEnabled(plastic);
    }
    return path;
  }

  // ---------------------------------------------------------------- chains

  /**
   * A random transition matrix as in the authors' demo: i.i.d. Exp(1) entries, rows normalised.
   */
  public static double[][] randomChain(int states, long seed) {
    if (states < 2) {
      throw new IllegalArgumentException("states=" + states + " must be ≥ 2");
    }
    UniformRandomProvider rng = Seeds.stream(seed, 0x636861696eL);
    double[][] m = new double[states][states];
    for (double[] row : m) {
      double sum = 0;
      for (int j = 0; j < states; j++) {
        row[j] = -Math.log(1 - rng.nextDouble());
        sum += row[j];
      }
      for (int j = 0; j < states; j++) {
        row[j] /= sum;
      }
    }
    return m;
  }

  /** A sequence of {@code length} states of the chain {@code transitions}, from {@code start}. */
  public static int[] sampleSequence(double[][] transitions, int start, int length, long seed) {
    int s = transitions.length;
    if (start < 0 || start >= s) {
      throw new IllegalArgumentException("start=" + start + " must be in [0, " + (s - 1) + "]");
    }
    if (length < 1) {
      throw new IllegalArgumentException("length=" + length + " must be ≥ 1");
    }
    UniformRandomProvider rng = Seeds.stream(seed, 0x736571L);
    int[] seq = new int[length];
    seq[0] = start;
    for (int t = 1; t < length; t++) {
      double u = rng.nextDouble();
      double[] row = transitions[seq[t - 1]];
      int j = 0;
      double acc = row[0];
      while (u >= acc && j < s - 1) {
        acc += row[++j];
      }
      seq[t] = j;
    }
    return seq;
  }

  /** The transition frequencies of a sequence: counts of i → j over the transitions out of i. */
  public static double[][] frequencies(int[] sequence, int states) {
    checkSequence(sequence, states);
    double[][] f = new double[states][states];
    for (int t = 0; t + 1 < sequence.length; t++) {
      f[sequence[t]][sequence[t + 1]]++;
    }
    for (double[] row : f) {
      double sum = Arrays.stream(row).sum();
      if (sum > 0) {
        for (int j = 0; j < states; j++) {
          row[j] /= sum;
        }
      }
    }
    return f;
  }

  private static void checkSequence(int[] sequence, int states) {
    for (int s : sequence) {
      if (s < 0 || s >= states) {
        throw new IllegalArgumentException("state " + s + " of the sequence must be in [0, " + (states - 1) + "]");
      }
    }
  }
}
