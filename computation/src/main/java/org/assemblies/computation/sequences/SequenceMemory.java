package org.assemblies.computation.sequences;

import java.util.ArrayList;
import java.util.List;
import org.assemblies.core.Assembly;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;

/**
 * Memorisation and ordered recall of a sequence of stimuli (Dabagia, Papadimitriou and Vempala,
 * "Computation with sequences of assemblies in a model of the brain", 2024, §3).
 *
 * <p>Stimuli are sets of neurons of an explicit input area {@code In}; they fire one per step into
 * an explicit recurrent area {@code A}, whose caps form a chain of assemblies A1…AL. Each
 * presentation is followed by a normalisation of A's incoming weights (each neuron's weights from
 * each area sum to 1), as in the authors' code. With {@link Config#scaffold}, A is reciprocally
 * connected to an auxiliary recurrent area {@code B} that the stimuli do not reach (Theorem 2):
 * memorisation needs about half the presentations.
 *
 * <p>Recall fires the first stimulus once and lets A run on its own, plasticity off.
 */
public final class SequenceMemory {

  /**
   * The network.
   *
   * @param inputs neurons of the input area
   * @param n neurons of the memory area (and of the scaffold)
   * @param k cap of the memory area; also the size of each stimulus
   * @param p connection probability
   * @param beta plasticity
   * @param scaffold whether A has the auxiliary area B
   */
  public record Config(int inputs, int n, int k, double p, double beta, boolean scaffold) {
    public Config {
      if (k < 1 || k >= n) {
        throw new IllegalArgumentException("k=" + k + " must be in [1, n-1] = [1, " + (n - 1) + "]");
      }
      if (inputs < k) {
        throw new IllegalArgumentException("inputs=" + inputs + " must be ≥ k=" + k);
      }
      if (!(p > 0 && p <= 1)) {
        throw new IllegalArgumentException("p=" + p + " must be in (0, 1]");
      }
      if (!(beta >= 0) || Double.isInfinite(beta)) {
        throw new IllegalArgumentException("beta=" + beta + " must be finite and ≥ 0");
      }
    }
  }

  private final Config config;
  private final Brain brain;

  public SequenceMemory(Config config, long seed) {
    this.config = config;
    this.brain = Brain.builder(config.p()).seed(seed).build();
    brain.addExplicitArea("In", config.inputs(), config.k(), 0.0);
    brain.addExplicitArea("A", config.n(), config.k(), config.beta());
    if (config.scaffold()) {
      brain.addExplicitArea("B", config.n(), config.k(), config.beta());
    }
    normalise();
  }

  public Config config() {
    return config;
  }

  /** The underlying brain (areas In, A and, with a scaffold, B). */
  public Brain brain() {
    return brain;
  }

  /** The i-th of {@code count} disjoint stimuli of k input neurons: [i·k, (i+1)·k). */
  public static int[] stimulus(int i, int k) {
    int[] s = new int[k];
    for (int j = 0; j < k; j++) {
      s[j] = i * k + j;
    }
    return s;
  }

  /**
   * Presents the sequence once with plasticity on, then silences the network and normalises.
   * Returns A's cap after each item.
   */
  public List<Assembly> present(List<int[]> sequence) {
    silence();
    brain.setPlasticityEnabled(true);
    List<Assembly> caps = new ArrayList<>();
    for (int[] item : sequence) {
      brain.setWinners("In", item).fix("In");
      brain.project(step(true));
      caps.add(brain.winners("A"));
    }
    silence();
    normalise();
    return caps;
  }

  /** Fires {@code cue} once, then lets the network run {@code steps − 1} more steps alone. */
  public List<Assembly> recall(int[] cue, int steps) {
    silence();
    brain.setPlasticityEnabled(false);
    List<Assembly> caps = new ArrayList<>();
    brain.setWinners("In", cue).fix("In");
    for (int s = 0; s < steps; s++) {
      brain.project(step(s == 0));
      caps.add(brain.winners("A"));
    }
    brain.unfix("In");
    brain.inhibit("In");
    silence();
    brain.setPlasticityEnabled(true);
    return caps;
  }

  /** The step: the input (if firing) into A; every area with winners into itself and its partner. */
  private Projection step(boolean input) {
    Projection.Builder p = Projection.builder();
    if (input) {
      p.area("In", "A");
    }
    boolean a = brain.winners("A").size() > 0;
    boolean b = config.scaffold() && brain.winners("B").size() > 0;
    if (a) {
      if (config.scaffold()) {
        p.area("A", "A", "B");
      } else {
        p.area("A", "A");
      }
    }
    if (b) {
      p.area("B", "B", "A");
    }
    return p.build();
  }

  private void silence() {
    brain.inhibit("A");
    if (config.scaffold()) {
      brain.inhibit("B");
    }
  }

  private void normalise() {
    brain.normalise("A", 1.0);
    if (config.scaffold()) {
      brain.normalise("B", 1.0);
    }
  }
}
