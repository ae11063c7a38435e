package org.assemblies.computation.turing;

import java.util.ArrayList;
import java.util.List;
import org.assemblies.computation.control.Circuit;
import org.assemblies.computation.control.Interneurons;
import org.assemblies.computation.control.Trigger;
import org.assemblies.core.Assembly;
import org.assemblies.core.Brain;

/**
 * The Turing machine's control: a {@link Circuit} over the ten areas whose long-range interneuron
 * populations run every round of a step (docs/design/turing-machines.md §5.4). No program code
 * decides anything during a step; it only advances the circuit round by round.
 *
 * <p>A ring of stage populations marks the round: {@code settle → settle2 → go → arc → b1 … bc →
 * pop → settle}. Each recruits the next; {@code settle} is also recruited when the ring is idle (the
 * start), and {@code go} only if no halting state fires in S ({@code halt} otherwise).
 * Conjunction populations act per stage, reading the direction assembly in D and which tape areas
 * are active (the paper's per-area logic units). For a step
 * δ(q, σ) = (p, ρ, d), with e the side opposite d (where ρ is pushed):
 *
 * <pre>
 * round  recruited                       gates it sets (acting on this round's firing)
 * settle settle                          open I→I: the symbol read settles into its attractor
 * settle2 settle2                        (a second round of it: a weak read, 31 of 40, needs two)
 *        halt (a halting state fires)    the machine stops
 * go     go                              open A; close I→I; release I; close read fibers
 * arc    arc (an arc assembly fires)     inhibit A after it fires; open D; close S→S
 *                                                                               → S_p, I_ρ, D_d
 *        noArc (none does)               inhibit A, close its outputs; the machine stops
 * b1     b1 (stage)                      open S→S: S_p settles into its attractor
 *        build1[e, j]                    open H^e_j above the top and the write fiber I→H^e_j;
 *                                        hold the top and I                    → new cell N
 * b2     build2[e, j]                    hold N; open N's read fiber H^e_j→I   (N→top, N→ρ, N→N learn)
 * b3…bc  (stages only)                   nothing new: the build goes on
 * pop    pop (stage)                     inhibit D after it fires
 *        retire[e, j]                    inhibit the old top; close N's write and read fibers; release I
 *        pop[d, j]                       inhibit the top of d after it fires; open the area below it
 *                                        and its read fiber; hold that area    → next top, I_τ
 * </pre>
 *
 * Holds ({@link Interneurons#hold()}) stand for persistent activity: an assembly that keeps firing
 * unchanged (the clamp the reference calls {@code fix}). Each half-tape's top is held for as long
 * as it is the top, and I while a new cell links to it. Left to its own recurrence, a top would
 * drift towards old cells that share many of its neurons (tried: the 153-step palindrome then
 * loses its right half after about 35 steps).
 */
final class Control {
  private static final double PRESENT = 0.5;
  private static final String[] SIDES = {"L", "R"};

  private final Brain brain;
  private final Circuit circuit;
  private final HalfTape[] tapes;
  private final int stages;
  private final List<List<String>> lastRounds = new ArrayList<>();

  /**
   * @param arcs the trained arc assemblies of area A
   * @param halting the assemblies of the halting states in S
   * @param k the cap; D_L is neurons [0, k) of D and D_R [k, 2k)
   */
  Control(Brain brain, HalfTape left, HalfTape right, List<Assembly> arcs, List<Assembly> halting, int k,
      int buildRounds) {
    this.brain = brain;
    this.tapes = new HalfTape[] {left, right};
    this.stages = buildRounds + 5;
    circuit = new Circuit(brain);
    circuit.fiber("S", "A", "S").fiber("I", "A", "I").fiber("A", "S", "I", "D");
    for (HalfTape t : tapes) {
      for (int j = 0; j < 3; j++) {
        String h = t.area(j);
        circuit.fiber(h, h, t.area(j + 1), t.area(j - 1), "I"); // self, down, up, read
        circuit.fiber("I", h); // write
      }
    }
    List<String> ring = new ArrayList<>(List.of("settle", "settle2", "go", "arc"));
    for (int b = 1; b <= buildRounds; b++) {
      ring.add("b" + b);
    }
    ring.add("pop");

    List<Trigger> anyStage = ring.stream().map(Trigger::fired).toList();
    Trigger settle = Trigger.any(Trigger.fired("pop"), Trigger.not(new Trigger.Any(anyStage)));
    circuit.add(Interneurons.when("settle", settle).open("I", "I").build());
    circuit.add(Interneurons.when("settle2", Trigger.fired("settle")).build());
    Trigger start = Trigger.fired("settle2");
    Trigger halts = halting.isEmpty() ? null
        : new Trigger.Any(halting.stream().map(h -> Trigger.present(h, PRESENT)).toList());
    Trigger anArc = new Trigger.Any(arcs.stream().map(a -> Trigger.present(a, PRESENT)).toList());

    Interneurons.Builder go = Interneurons.when("go", halts == null ? start : Trigger.all(start, Trigger.not(halts)))
        .disinhibit("A").open("A", "S").open("A", "I").open("A", "D").close("I", "I").release("I");
    for (HalfTape t : tapes) {
      for (int j = 0; j < 3; j++) {
        go.close(t.area(j), "I");
      }
    }
    circuit.add(go.build());
    if (halts != null) {
      circuit.add(Interneurons.when("halt", Trigger.all(start, halts)).build());
    }
    circuit.add(Interneurons.when("arc", Trigger.all(Trigger.fired("go"), anArc))
        .inhibit("A").disinhibit("D").close("S", "S").build());
    circuit.add(Interneurons.when("noArc", Trigger.all(Trigger.fired("go"), Trigger.not(anArc)))
        .inhibit("A").close("A", "S").close("A", "I").close("A", "D").build());
    for (int b = 1; b <= buildRounds; b++) {
      Interneurons.Builder stage = Interneurons.when("b" + b, Trigger.fired(b == 1 ? "arc" : "b" + (b - 1)));
      circuit.add((b == 1 ? stage.open("S", "S") : stage).build());
    }
    circuit.add(Interneurons.when("pop", Trigger.fired("b" + buildRounds)).inhibit("D").build());

    Assembly[] dir = {new Assembly("D", range(0, k)), new Assembly("D", range(k, 2 * k))}; // D_L, D_R
    for (int s = 0; s < 2; s++) {
      HalfTape t = tapes[s];
      // moving left pushes onto the right half and pops the left one, and vice versa
      Trigger pushes = Trigger.present(dir[1 - s], PRESENT);
      Trigger pops = Trigger.present(dir[s], PRESENT);
      for (int j = 0; j < 3; j++) {
        String h = t.area(j);
        String above = t.area(j - 1);
        String below = t.area(j + 1);
        // the top is in h: build the new cell above it
        circuit.add(Interneurons.when("build1" + SIDES[s] + j,
                Trigger.all(Trigger.fired("arc"), pushes, Trigger.active(h)))
            .disinhibit(above).open("I", above).hold(h, "I").build());
        // the new cell is in h, the old top below it
        circuit.add(Interneurons.when("build2" + SIDES[s] + j,
                Trigger.all(Trigger.fired("b1"), pushes, Trigger.active(h), Trigger.active(below)))
            .hold(h).open(h, "I").build());
        // the old top is in h, the new cell above it
        circuit.add(Interneurons.when("retire" + SIDES[s] + j,
                Trigger.all(Trigger.fired("b" + buildRounds), pushes, Trigger.active(h), Trigger.active(above)))
            .inhibit(h).close("I", above).close(above, "I").release("I").build());
        circuit.add(Interneurons.when("pop" + SIDES[s] + j,
                Trigger.all(Trigger.fired("b" + buildRounds), pops, Trigger.active(h)))
            .inhibit(h).disinhibit(below).open(h, "I").hold(below).build());
      }
    }
  }

  private static int[] range(int from, int to) {
    int[] r = new int[to - from];
    for (int i = 0; i < r.length; i++) {
      r[i] = from + i;
    }
    return r;
  }

  /** The gates of a loaded machine between steps: only S, I and the two tops may fire. */
  void reset() {
    circuit.inhibit("A", "D");
    circuit.closeFiber("A", "S").closeFiber("A", "I").closeFiber("A", "D");
    for (HalfTape t : tapes) {
      String top = t.topArea();
      for (int j = 0; j < 3; j++) {
        String h = t.area(j);
        circuit.release(h).closeFiber(h, "I").closeFiber("I", h);
        if (h.equals(top)) {
          circuit.disinhibit(h).hold(h);
        } else {
          circuit.inhibit(h);
        }
      }
    }
    circuit.release("I").disinhibit("S", "I").openFiber("S", "S").closeFiber("I", "I");
  }

  /** Advances the circuit through one step of the machine; false when it stops instead. */
  boolean step() {
    lastRounds.clear();
    brain.setPlasticityEnabled(true);
    for (int round = 0; round < 2 * stages; round++) {
      circuit.step();
      List<String> recruited = circuit.lastRecruited();
      lastRounds.add(recruited);
      if (recruited.contains("halt") || recruited.contains("noArc")) {
        return false;
      }
      if (recruited.contains("pop")) {
        return true;
      }
    }
    throw new IllegalStateException("the control ring did not complete a step in " + 2 * stages
        + " rounds; recruited: " + lastRounds);
  }

  List<List<String>> lastRounds() {
    return List.copyOf(lastRounds);
  }
}
