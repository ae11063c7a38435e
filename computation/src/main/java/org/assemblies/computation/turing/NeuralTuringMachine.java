package org.assemblies.computation.turing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assemblies.computation.control.RefractedNeurons;
import org.assemblies.core.Assembly;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;

/**
 * A Turing machine built from assemblies (Dabagia et al. 2024, §5; our construction in
 * docs/design/turing-machines.md §5): a finite-state transducer of symbol {@code I}, state
 * {@code S}, refracted arc {@code A} and direction {@code D} areas maps (q, σ) to (p, ρ, d), and
 * the tape is two stacks of assemblies ({@link HalfTape}), the squares left and right of the head;
 * the head's symbol is the assembly firing in {@code I}. A step: (1) state and symbol fire into
 * the arc area; (2) the arc fires the next state, the written symbol and the direction; (3) ρ is
 * pushed onto the half the head leaves and the other half is popped, its top's symbol becoming
 * the head's. Every round of a step is gated by long-range interneuron populations ({@link
 * Control}); the input is written onto the tape by {@link HalfTape#push} when it is loaded. Ten
 * areas, as in the paper. Every quantity is decoded from the network; the machine's table is used
 * only to train the transducer.
 */
public final class NeuralTuringMachine {

  /**
   * Sizes and constants.
   *
   * @param n neurons of the arc area and of each tape area
   * @param k cap of every area
   * @param p connection probability
   * @param betaFsm plasticity of the transducer's training
   * @param presentations times each transition is presented
   * @param betaTape plasticity of the tape's links
   * @param buildRounds rounds a new tape cell takes
   */
  public record Config(int n, int k, double p, double betaFsm, int presentations, double betaTape, int buildRounds) {
    public Config {
      if (k < 1 || k >= n) {
        throw new IllegalArgumentException("k=" + k + " must be in [1, n-1] = [1, " + (n - 1) + "]");
      }
      if (!(p > 0 && p <= 1)) {
        throw new IllegalArgumentException("p=" + p + " must be in (0, 1]");
      }
      if (presentations < 1 || buildRounds < 2) {
        throw new IllegalArgumentException("presentations=" + presentations + " must be ≥ 1 and buildRounds="
            + buildRounds + " ≥ 2");
      }
      if (!(betaFsm >= 0) || !(betaTape > 0)) {
        throw new IllegalArgumentException("betaFsm=" + betaFsm + " must be ≥ 0 and betaTape=" + betaTape + " > 0");
      }
    }

    /** The setting used by the tests and the CLI (the paper's FSM density and plasticity). */
    public static Config standard() {
      return new Config(2000, 40, 0.4, 0.1, 15, 1.0, 4);
    }
  }

  /** The decoded configuration: state, head symbol, squares left and right of the head (nearest first). */
  public record Snapshot(String state, char head, String left, String right) {
    /** The tape from leftmost to rightmost non-blank square, with the head marked [x]. */
    public String render(char blank) {
      String l = new StringBuilder(left).reverse().toString();
      return strip(l, blank, true) + "[" + head + "]" + strip(right, blank, false);
    }

    private static String strip(String s, char blank, boolean leading) {
      int a = 0;
      int b = s.length();
      if (leading) {
        while (a < b && s.charAt(a) == blank) {
          a++;
        }
      } else {
        while (b > a && s.charAt(b - 1) == blank) {
          b--;
        }
      }
      return s.substring(a, b);
    }
  }

  private final TuringMachine machine;
  private final Config config;
  private final List<String> states;
  private final List<Character> symbols;
  private final Brain brain;
  private final RefractedNeurons arcs;
  private final HalfTape left;
  private final HalfTape right;
  private final Control control;

  public NeuralTuringMachine(TuringMachine machine, Config config, long seed) {
    this.machine = machine;
    this.config = config;
    this.states = machine.states();
    this.symbols = machine.symbols();
    int k = config.k();
    brain = Brain.builder(config.p()).seed(seed).maxWeight(8).build();
    brain.addExplicitArea("I", Math.max(symbols.size() * k, k + 1), k, config.betaFsm());
    brain.addExplicitArea("S", Math.max(states.size() * k, k + 1), k, config.betaFsm());
    brain.addExplicitArea("A", config.n(), k, config.betaFsm());
    brain.addExplicitArea("D", 2 * k + 1, k, config.betaFsm());
    arcs = RefractedNeurons.install(brain, "A", config.betaFsm());
    left = new HalfTape(brain, "HL", config.n(), k, "I", 0, config.betaTape(), config.buildRounds(), seed * 31 + 1);
    right = new HalfTape(brain, "HR", config.n(), k, "I", 0, config.betaTape(), config.buildRounds(), seed * 31 + 2);
    List<Assembly> arcAssemblies = train();
    control = new Control(brain, left, right, arcAssemblies, haltingStates(), k, config.buildRounds());
  }

  private List<Assembly> haltingStates() {
    List<Assembly> out = new ArrayList<>();
    for (String h : machine.halting()) {
      out.add(new Assembly("S", block(states.indexOf(h))));
    }
    return out;
  }

  public TuringMachine machine() {
    return machine;
  }

  public Brain brain() {
    return brain;
  }

  private int[] block(int index) {
    int[] ids = new int[config.k()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = index * config.k() + i;
    }
    return ids;
  }

  /** Trains the transducer; returns the arc assemblies, one per transition. */
  private List<Assembly> train() {
    brain.setPlasticityEnabled(true);
    for (int r = 0; r < config.presentations(); r++) {
      for (Map.Entry<String, Map<Character, TuringMachine.Action>> row : machine.delta().entrySet()) {
        for (Map.Entry<Character, TuringMachine.Action> e : row.getValue().entrySet()) {
          TuringMachine.Action a = e.getValue();
          brain.inhibit("A");
          brain.setWinners("S", block(states.indexOf(row.getKey()))).fix("S");
          brain.setWinners("I", block(symbols.indexOf(e.getKey()))).fix("I");
          brain.project(Projection.builder().area("S", "A").area("I", "A").build());
          arcs.learn(brain);
          brain.setWinners("S", block(states.indexOf(a.next())));
          brain.setWinners("I", block(symbols.indexOf(a.write())));
          brain.setWinners("D", block(a.move() == TuringMachine.Move.L ? 0 : 1)).fix("D");
          brain.project(Projection.builder().area("A", "S", "I", "D").build());
          brain.unfix("S").unfix("I").unfix("D");
        }
      }
    }
    // each state and symbol assembly an attractor of S → S and I → I, so that the areas clean up
    // a slightly perturbed readout of the arc or of the tape (the design's "hold between rounds")
    brain.setBeta("S", "S", config.betaTape()).setBeta("I", "I", config.betaTape()); // strong, up to the weight cap
    for (int r = 0; r < config.presentations(); r++) {
      for (int q = 0; q < states.size(); q++) {
        brain.setWinners("S", block(q)).fix("S");
        brain.project(Projection.builder().area("S", "S").build());
        brain.unfix("S");
      }
      for (int s = 0; s < symbols.size(); s++) {
        brain.setWinners("I", block(s)).fix("I");
        brain.project(Projection.builder().area("I", "I").build());
        brain.unfix("I");
      }
    }
    brain.inhibit("A").inhibit("S").inhibit("I").inhibit("D");
    // from now on the transducer's fibers are fixed; the tape's learn (HalfTape sets them)
    for (String[] f : new String[][] {{"A", "S"}, {"A", "I"}, {"S", "A"}, {"I", "A"}, {"D", "A"}, {"S", "S"}, {"I", "I"}}) {
      brain.setBeta(f[0], f[1], 0.0);
    }
    List<Assembly> arcs = new ArrayList<>();
    for (Map.Entry<String, Map<Character, TuringMachine.Action>> row : machine.delta().entrySet()) {
      for (Character sigma : row.getValue().keySet()) {
        arcs.add(brain.peek("A", Map.of("S", block(states.indexOf(row.getKey())), "I",
            block(symbols.indexOf(sigma)))));
      }
    }
    return arcs;
  }

  /** Writes {@code input} with the head on its first square, and sets the start state. */
  public void load(String input) {
    Interpreter.initial(machine, input); // validates the alphabet
    for (int i = input.length() - 1; i >= 1; i--) {
      right.push(symbols.indexOf(input.charAt(i)));
    }
    brain.setWinners("I", block(input.isEmpty() ? 0 : symbols.indexOf(input.charAt(0))));
    brain.setWinners("S", block(states.indexOf(machine.start())));
    control.reset();
  }

  /**
   * One step of the machine, {@code buildRounds + 5} rounds of the circuit whose interneuron
   * populations gate every area and fiber ({@link Control}); false when the machine has stopped
   * (the network holds a halting state, or its state and symbol evoke no trained arc).
   */
  public boolean step() {
    return control.step();
  }

  /** The populations recruited in each round of the last step (for traces). */
  public List<List<String>> lastRounds() {
    return control.lastRounds();
  }

  /** The configuration as the network holds it, read out without disturbing it. */
  public Snapshot read(int squares) {
    String q = states.get(decode(brain.winners("S"), states.size()));
    char head = symbols.get(decode(brain.winners("I"), symbols.size()));
    return new Snapshot(q, head, walk(left, squares), walk(right, squares));
  }

  private String walk(HalfTape side, int squares) {
    StringBuilder sb = new StringBuilder();
    String area = side.topArea();
    Assembly cell = side.topCell();
    for (int i = 0; i < squares && cell.size() > 0; i++) {
      sb.append(symbols.get(decode(brain.peek("I", Map.of(area, cell.neurons())), symbols.size())));
      String below = side.areaBelow(area);
      cell = brain.peek(below, Map.of(area, cell.neurons()));
      area = below;
    }
    return sb.toString();
  }

  private int decode(Assembly cap, int blocks) {
    int best = 0;
    int bestOverlap = -1;
    for (int b = 0; b < blocks; b++) {
      int o = cap.overlap(new Assembly(cap.area(), block(b)));
      if (o > bestOverlap) {
        best = b;
        bestOverlap = o;
      }
    }
    return best;
  }

  /**
   * A run: the network's configurations and the reference interpreter's, step by step, and for
   * each step taken the populations recruited in its rounds ("settle | go | arc | b1 build1L0 | …").
   */
  public record Trace(List<Snapshot> neural, List<Snapshot> reference, int firstMismatch, List<String> rounds) {
    public boolean agrees() {
      return firstMismatch < 0;
    }
  }

  /** Runs from {@code input} for at most {@code maxSteps} steps, checking every step. */
  public Trace run(String input, int maxSteps) {
    load(input);
    List<Interpreter.Configuration> ref = Interpreter.run(machine, input, maxSteps);
    int squares = input.length() + ref.size() + 2;
    List<Snapshot> neural = new ArrayList<>();
    List<Snapshot> expected = new ArrayList<>();
    List<String> rounds = new ArrayList<>();
    int mismatch = -1;
    for (int t = 0; t < ref.size(); t++) {
      Snapshot got = read(squares);
      Snapshot want = reference(ref.get(t), squares);
      neural.add(got);
      expected.add(want);
      if (mismatch < 0 && !same(got, want)) {
        mismatch = t;
      }
      if (t + 1 < ref.size()) {
        boolean stepped = step();
        rounds.add(String.join(" | ", lastRounds().stream().map(r -> String.join(" ", r)).toList()));
        if (!stepped) {
          mismatch = mismatch < 0 ? t + 1 : mismatch;
          break;
        }
      }
    }
    return new Trace(neural, expected, mismatch, rounds);
  }

  private boolean same(Snapshot a, Snapshot b) {
    char blank = machine.blank();
    return a.state().equals(b.state()) && a.render(blank).equals(b.render(blank));
  }

  private Snapshot reference(Interpreter.Configuration c, int squares) {
    StringBuilder l = new StringBuilder();
    StringBuilder r = new StringBuilder();
    for (int i = 1; i <= squares; i++) {
      l.append(c.tape().getOrDefault(c.head() - i, machine.blank()));
      r.append(c.tape().getOrDefault(c.head() + i, machine.blank()));
    }
    return new Snapshot(c.state(), c.read(machine.blank()), l.toString(), r.toString());
  }
}
