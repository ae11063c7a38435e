package org.assemblies.computation.fsm;

import java.util.List;
import org.assemblies.computation.control.RefractedNeurons;
import org.assemblies.core.Assembly;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;

/**
 * A finite-state machine computed by assemblies (Dabagia et al. 2024, §4): a symbol area, a state
 * area and an arc area of refracted neurons. Training fires symbol σ and state s into the arc
 * area, then forces the next state's assembly s' one step later, so Hebbian plasticity links the
 * arc assembly of (s, σ) to s'. Running feeds a symbol every other step: (symbol, state) → arc →
 * state. The transition is computed by the dynamics; the table is used only for training.
 *
 * <p>Symbol i is input neurons [i·k, (i+1)·k) of the symbol area; state j likewise in the state
 * area.
 */
public final class NeuralFsm {

  /** Sizes and constants. */
  public record Config(int symbolNeurons, int stateNeurons, int arcNeurons, int k, double p, double beta) {
    public Config {
      for (int[] v : new int[][] {{symbolNeurons, 0}, {stateNeurons, 1}, {arcNeurons, 2}}) {
        if (k < 1 || k >= v[0]) {
          String name = new String[] {"symbolNeurons", "stateNeurons", "arcNeurons"}[v[1]];
          throw new IllegalArgumentException(name + "=" + v[0] + " must be > k=" + k);
        }
      }
      if (!(p > 0 && p <= 1)) {
        throw new IllegalArgumentException("p=" + p + " must be in (0, 1]");
      }
      if (!(beta >= 0) || Double.isInfinite(beta)) {
        throw new IllegalArgumentException("beta=" + beta + " must be finite and ≥ 0");
      }
    }

    /** The paper's setting for the divisible-by-3 machine (n = 5000 arc and state neurons, p = 0.4). */
    public static Config paper() {
      return new Config(1000, 5000, 5000, 70, 0.4, 0.1);
    }
  }

  /**
   * One run: the decoded state after each symbol (start state first) and its overlap (fraction
   * of k) with every state assembly.
   */
  public record Run(int[] decoded, double[][] overlaps) {
    public int last() {
      return decoded[decoded.length - 1];
    }
  }

  private final Dfa dfa;
  private final Config config;
  private final Brain brain;
  private final RefractedNeurons arcs;

  public NeuralFsm(Dfa dfa, Config config, long seed) {
    if ((long) dfa.symbols().size() * config.k() > config.symbolNeurons()) {
      throw new IllegalArgumentException("symbolNeurons=" + config.symbolNeurons() + " must hold "
          + dfa.symbols().size() + " symbols of k=" + config.k());
    }
    if ((long) dfa.states().size() * config.k() > config.stateNeurons()) {
      throw new IllegalArgumentException("stateNeurons=" + config.stateNeurons() + " must hold "
          + dfa.states().size() + " states of k=" + config.k());
    }
    this.dfa = dfa;
    this.config = config;
    this.brain = Brain.builder(config.p()).seed(seed).build();
    brain.addExplicitArea("Symbol", config.symbolNeurons(), config.k(), 0.0);
    brain.addExplicitArea("State", config.stateNeurons(), config.k(), config.beta());
    brain.addExplicitArea("Arc", config.arcNeurons(), config.k(), config.beta());
    arcs = RefractedNeurons.install(brain, "Arc", config.beta());
  }

  public Dfa dfa() {
    return dfa;
  }

  public Brain brain() {
    return brain;
  }

  static int[] block(int index, int k) {
    int[] ids = new int[k];
    for (int i = 0; i < k; i++) {
      ids[i] = index * k + i;
    }
    return ids;
  }

  /** Presents every transition of the table, {@code presentations} times over. */
  public void train(int presentations) {
    if (presentations < 1) {
      throw new IllegalArgumentException("presentations=" + presentations + " must be ≥ 1");
    }
    brain.setPlasticityEnabled(true);
    for (int r = 0; r < presentations; r++) {
      for (Dfa.Transition t : dfa.transitions()) {
        brain.inhibit("Arc").inhibit("State");
        brain.setWinners("Symbol", block(t.symbol(), config.k())).fix("Symbol");
        brain.setWinners("State", block(t.state(), config.k())).fix("State");
        brain.project(Projection.builder().area("Symbol", "Arc").area("State", "Arc").build());
        arcs.learn(brain);
        brain.setWinners("State", block(t.next(), config.k()));
        brain.project(Projection.builder().area("Arc", "State").build()); // State is fixed: it learns
        brain.unfix("State");
      }
    }
  }

  /** Runs the machine from the start state over {@code input}, plasticity off. */
  public Run run(int[] input) {
    brain.setPlasticityEnabled(false);
    brain.inhibit("Arc").inhibit("State");
    brain.setWinners("State", block(0, config.k()));
    int[] decoded = new int[input.length + 1];
    double[][] overlaps = new double[input.length + 1][];
    overlaps[0] = overlaps();
    decoded[0] = argmax(overlaps[0]);
    for (int i = 0; i < input.length; i++) {
      if (input[i] < 0 || input[i] >= dfa.symbols().size()) {
        throw new IllegalArgumentException("symbol " + input[i] + " must be in [0, " + dfa.symbols().size() + ")");
      }
      brain.setWinners("Symbol", block(input[i], config.k())).fix("Symbol");
      brain.project(Projection.builder().area("Symbol", "Arc").area("State", "Arc").build());
      brain.project(Projection.builder().area("Arc", "State").build());
      overlaps[i + 1] = overlaps();
      decoded[i + 1] = argmax(overlaps[i + 1]);
    }
    brain.setPlasticityEnabled(true);
    return new Run(decoded, overlaps);
  }

  /** Whether the machine ends in an accepting state on {@code input}. */
  public boolean accepts(int[] input) {
    return dfa.accepting().contains(run(input).last());
  }

  private double[] overlaps() {
    Assembly now = brain.winners("State");
    double[] o = new double[dfa.states().size()];
    for (int s = 0; s < o.length; s++) {
      o[s] = now.overlap(new Assembly("State", block(s, config.k()))) / (double) config.k();
    }
    return o;
  }

  private static int argmax(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[best]) {
        best = i;
      }
    }
    return best;
  }

  /** The digits of a decimal string followed by the end symbol, for {@link Dfa#divisibleBy3()}. */
  public static int[] decimalInput(String digits) {
    int[] in = new int[digits.length() + 1];
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("'" + digits + "' is not a decimal number");
      }
      in[i] = c - '0';
    }
    in[digits.length()] = 10;
    return in;
  }

  static List<Integer> path(Dfa dfa, int[] input) {
    return dfa.run(input);
  }
}
