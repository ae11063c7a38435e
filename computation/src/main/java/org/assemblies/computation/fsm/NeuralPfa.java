package org.assemblies.computation.fsm;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.assemblies.computation.control.RefractedNeurons;
import org.assemblies.core.Assembly;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;

/**
 * A probabilistic automaton computed by assemblies (Dabagia et al. 2024, §4): as {@link NeuralFsm},
 * but the arc area also hears a random-choice area — a recurrent area with two strongly trained
 * attractors; firing a random k-set and letting it run ~10 recurrent steps settles in one of them,
 * a coin flip — so each step samples a transition (state, coin) → (next state, emitted symbol).
 */
public final class NeuralPfa {

  /** (state, coin ∈ {0, 1}) → (next state, emitted symbol). */
  public record Transition(int state, int coin, int next, int symbol) {}

  /** Sizes and constants; the random-choice area learns its attractors with plasticity 3. */
  public record Config(int symbolNeurons, int stateNeurons, int arcNeurons, int randomNeurons, int k, double p,
      double beta) {
    public Config {
      new NeuralFsm.Config(symbolNeurons, stateNeurons, arcNeurons, k, p, beta);
      if (randomNeurons < 2 * k + 1) {
        throw new IllegalArgumentException("randomNeurons=" + randomNeurons + " must be > 2k=" + 2 * k);
      }
    }

    /**
     * The authors' demo sizes at p = 0.4 (the FSM paper's density). At the demo's p = 0.25 some
     * networks cannot keep the transitions apart: grammatical sentences 0.10–1.0 over 6 seeds,
     * against 0.975–1.0 at p = 0.4.
     */
    public static Config standard() {
      return new Config(1000, 500, 5000, 1000, 70, 0.4, 0.1);
    }
  }

  static final int SETTLE_STEPS = 10;

  private final Config config;
  private final List<Transition> transitions;
  private final int states;
  private final int symbols;
  private final Brain brain;
  private final RefractedNeurons arcs;
  /**
   * The two attractors: disjoint random k-sets (not index blocks: the cap breaks ties towards lower
   * ids, which would favour an attractor made of the lowest ids).
   */
  private final int[][] attractors = new int[2][];

  public NeuralPfa(List<Transition> transitions, int states, int symbols, Config config, long seed) {
    if ((long) symbols * config.k() > config.symbolNeurons() || (long) states * config.k() > config.stateNeurons()) {
      throw new IllegalArgumentException("the symbol and state areas must hold " + symbols + " symbols and "
          + states + " states of k=" + config.k() + " neurons");
    }
    for (Transition t : transitions) {
      if (t.coin() < 0 || t.coin() > 1 || t.state() < 0 || t.state() >= states || t.next() < 0
          || t.next() >= states || t.symbol() < 0 || t.symbol() >= symbols) {
        throw new IllegalArgumentException("transition " + t + " out of range (coin 0/1, " + states
            + " states, " + symbols + " symbols)");
      }
    }
    this.config = config;
    this.transitions = List.copyOf(transitions);
    this.states = states;
    this.symbols = symbols;
    this.brain = Brain.builder(config.p()).seed(seed).build();
    brain.addExplicitArea("Symbol", config.symbolNeurons(), config.k(), config.beta());
    brain.addExplicitArea("State", config.stateNeurons(), config.k(), config.beta());
    brain.addExplicitArea("Arc", config.arcNeurons(), config.k(), config.beta());
    brain.addExplicitArea("Random", config.randomNeurons(), config.k(), 3.0);
    arcs = RefractedNeurons.install(brain, "Arc", config.beta());
    int[] perm = PermutationSampler.natural(config.randomNeurons());
    PermutationSampler.shuffle(org.assemblies.core.Seeds.stream(seed, 0x5eed), perm);
    for (int coin = 0; coin < 2; coin++) { // two attractors: W[x → x] *= 4
      attractors[coin] = java.util.Arrays.copyOfRange(perm, coin * config.k(), (coin + 1) * config.k());
      brain.setWinners("Random", attractors[coin]).fix("Random");
      brain.project(Projection.builder().area("Random", "Random").build());
      brain.unfix("Random");
    }
    brain.inhibit("Random");
  }

  /** Presents every transition {@code presentations} times. */
  public void train(int presentations) {
    if (presentations < 1) {
      throw new IllegalArgumentException("presentations=" + presentations + " must be ≥ 1");
    }
    brain.setPlasticityEnabled(true);
    for (int r = 0; r < presentations; r++) {
      for (Transition t : transitions) {
        brain.setWinners("State", NeuralFsm.block(t.state(), config.k())).fix("State");
        brain.setWinners("Random", attractors[t.coin()]).fix("Random");
        brain.project(Projection.builder().area("State", "Arc").area("Random", "Arc").build());
        arcs.learn(brain);
        brain.setWinners("State", NeuralFsm.block(t.next(), config.k()));
        brain.setWinners("Symbol", NeuralFsm.block(t.symbol(), config.k())).fix("Symbol");
        brain.project(Projection.builder().area("Arc", "State", "Symbol").build());
        brain.unfix("State").unfix("Symbol").unfix("Random");
      }
    }
    brain.inhibit("Random");
  }

  /** A coin flip by the random-choice area: a random k-set settles into attractor 0 or 1. */
  public int flip(UniformRandomProvider rng) {
    brain.setPlasticityEnabled(false);
    brain.setWinners("Random", randomSet(rng));
    for (int i = 0; i < SETTLE_STEPS; i++) {
      brain.project(Projection.builder().area("Random", "Random").build());
    }
    Assembly w = brain.winners("Random");
    return w.overlap(new Assembly("Random", attractors[1])) > w.overlap(new Assembly("Random", attractors[0])) ? 1 : 0;
  }

  private int[] randomSet(UniformRandomProvider rng) {
    int[] perm = PermutationSampler.natural(config.randomNeurons());
    PermutationSampler.shuffle(rng, perm);
    return java.util.Arrays.copyOf(perm, config.k());
  }

  /** One generated step: the coin, the next state and the emitted symbol (decoded by overlap). */
  public record Step(int coin, int state, int symbol) {}

  /** Runs {@code steps} transitions from {@code start}, plasticity off. */
  public List<Step> generate(int start, int steps, UniformRandomProvider rng) {
    List<Step> out = new ArrayList<>();
    brain.inhibit("Arc").inhibit("Symbol");
    brain.setWinners("State", NeuralFsm.block(start, config.k()));
    for (int s = 0; s < steps; s++) {
      int coin = flip(rng);
      brain.project(Projection.builder().area("State", "Arc").area("Random", "Arc").build());
      brain.project(Projection.builder().area("Arc", "State", "Symbol").build());
      out.add(new Step(coin, argmax(brain.winners("State"), states), argmax(brain.winners("Symbol"), symbols)));
    }
    brain.setPlasticityEnabled(true);
    return out;
  }

  private int argmax(Assembly winners, int blocks) {
    int best = 0;
    int bestOverlap = -1;
    for (int b = 0; b < blocks; b++) {
      int o = winners.overlap(new Assembly(winners.area(), NeuralFsm.block(b, config.k())));
      if (o > bestOverlap) {
        best = b;
        bestOverlap = o;
      }
    }
    return best;
  }

  /** The demo's sentence automaton: "the boy throws a ball", "a dog chases the stick", … */
  public static final List<String> LEXICON = List.of("the", "a", "boy", "dog", "throws", "chases", "ball", "stick");

  public static List<Transition> sentenceAutomaton() {
    return List.of(
        new Transition(0, 0, 1, 0), new Transition(0, 1, 1, 1), // subject article
        new Transition(1, 0, 2, 2), new Transition(1, 1, 3, 3), // subject
        new Transition(2, 0, 4, 4), new Transition(2, 1, 4, 4), // verb: throws
        new Transition(3, 0, 4, 5), new Transition(3, 1, 4, 5), // verb: chases
        new Transition(4, 0, 5, 0), new Transition(4, 1, 5, 1), // object article
        new Transition(5, 0, 6, 6), new Transition(5, 1, 6, 7)); // object
  }
}
