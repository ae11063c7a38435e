package org.assemblies.computation.turing;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.assemblies.core.Assembly;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;
import org.assemblies.core.Seeds;

/**
 * One half of a tape: a stack of assemblies cycling through three areas H0, H1, H2 (Dabagia et
 * al. 2024, Lemma 6; our construction in docs/design/turing-machines.md §5.3). The top cell fires
 * and holds itself by self-recurrence; each cell is linked down to the cell below (in the next
 * area, mod 3) and to the assembly of its symbol in the symbol area.
 *
 * <ul>
 *   <li><b>push ρ</b>: with ρ firing in the symbol area, the new cell forms in the area above the
 *       top as the cap of (top, ρ) through untrained "up" and "write" fibers; for {@code c − 1}
 *       more rounds it is held while Hebb links it down to the old top, to ρ and to itself; then
 *       the old top is silenced.
 *   <li><b>pop</b>: the top fires once more through its learned links: the cell below recalls
 *       itself and the top's symbol fires in the symbol area; then the old top is silenced.
 * </ul>
 *
 * The bottom is a loop of three blank cells, so popping past the written cells reads blanks
 * forever. The symbol area is shared with whoever owns it (the machine); this class fires into it
 * and reads it but never holds it.
 */
public final class HalfTape {
  private final Brain brain;
  private final String[] areas;
  private final String symbolArea;
  private final int k;
  private final int buildRounds;
  private final int blank;

  /**
   * Adds areas {@code prefix + 0..2} to {@code brain} and builds the blank loop.
   *
   * @param symbolArea an explicit area whose symbol σ is neurons [σ·k, (σ+1)·k)
   * @param blank the blank symbol's index
   * @param betaTape plasticity of the tape's learning fibers (down, self, read)
   * @param buildRounds rounds a new cell takes to settle (≥ 2)
   */
  public HalfTape(Brain brain, String prefix, int n, int k, String symbolArea, int blank, double betaTape,
      int buildRounds, long seed) {
    if (buildRounds < 2) {
      throw new IllegalArgumentException("buildRounds=" + buildRounds + " must be ≥ 2");
    }
    this.brain = brain;
    this.k = k;
    this.symbolArea = symbolArea;
    this.buildRounds = buildRounds;
    this.blank = blank;
    this.areas = new String[] {prefix + "0", prefix + "1", prefix + "2"};
    for (String a : areas) {
      brain.addExplicitArea(a, n, k, betaTape);
    }
    for (int j = 0; j < 3; j++) {
      brain.setBeta(areas[prev(j)], areas[j], 0.0); // up: never learns
      brain.setBeta(areas[j], symbolArea, 0.0); // write: never learns
      brain.setBeta(symbolArea, areas[j], betaTape); // read
    }
    // the blank loop B0 → B1 → B2 → B0, each linked to the blank symbol and to itself
    UniformRandomProvider rng = Seeds.stream(seed, 0xb1a4);
    int[][] loop = new int[3][];
    for (int j = 0; j < 3; j++) {
      int[] perm = PermutationSampler.natural(n);
      PermutationSampler.shuffle(rng, perm);
      loop[j] = java.util.Arrays.copyOf(perm, k);
    }
    boolean plastic = brain.isPlasticityEnabled();
    brain.setPlasticityEnabled(true);
    for (int r = 0; r < buildRounds; r++) {
      for (int j = 0; j < 3; j++) {
        brain.setWinners(areas[j], loop[j]).fix(areas[j]);
        brain.setWinners(areas[next(j)], loop[next(j)]).fix(areas[next(j)]);
        brain.setWinners(symbolArea, block(blank)).fix(symbolArea);
        brain.project(Projection.builder().area(areas[j], areas[j], areas[next(j)], symbolArea).build());
        brain.unfix(areas[j]).unfix(areas[next(j)]).unfix(symbolArea);
      }
    }
    for (String a : areas) {
      brain.inhibit(a);
    }
    brain.inhibit(symbolArea);
    brain.setPlasticityEnabled(plastic);
    brain.setWinners(areas[0], loop[0]);
  }

  private static int next(int j) {
    return (j + 1) % 3;
  }

  private static int prev(int j) {
    return (j + 2) % 3;
  }

  int[] block(int symbol) {
    int[] ids = new int[k];
    for (int i = 0; i < k; i++) {
      ids[i] = symbol * k + i;
    }
    return ids;
  }

  /** The index of the area holding the top cell: the one active area of this half-tape. */
  private int top() {
    int top = -1;
    for (int j = 0; j < 3; j++) {
      if (brain.winners(areas[j]).size() > 0) {
        if (top >= 0) {
          throw new IllegalStateException("two areas of a half-tape are active: " + areas[top] + " and " + areas[j]);
        }
        top = j;
      }
    }
    if (top < 0) {
      throw new IllegalStateException("no area of the half-tape " + areas[0] + ".." + areas[2] + " is active");
    }
    return top;
  }

  /** The area holding the top cell. */
  public String topArea() {
    return areas[top()];
  }

  public Assembly topCell() {
    return brain.winners(topArea());
  }

  /** Area {@code j} (0, 1, 2) of the cycle; cells go down from area j to area j+1 (mod 3). */
  String area(int j) {
    return areas[Math.floorMod(j, 3)];
  }

  /** The area below {@code area} in this half-tape's cycle. */
  public String areaBelow(String area) {
    for (int j = 0; j < 3; j++) {
      if (areas[j].equals(area)) {
        return areas[next(j)];
      }
    }
    throw new IllegalArgumentException("'" + area + "' is not an area of this half-tape");
  }

  /** One round of holding: the top fires into itself. */
  public void hold() {
    String t = topArea();
    brain.project(Projection.builder().area(t, t).build());
  }

  /** Pushes symbol {@code symbol} (it is fired into the symbol area for the build). */
  public void push(int symbol) {
    int top = top();
    String t = areas[top];
    String n = areas[prev(top)];
    brain.setWinners(symbolArea, block(symbol)).fix(symbolArea);
    brain.fix(t);
    brain.inhibit(n);
    // round 1: the new cell is the cap of (top, ρ) through the untrained up and write fibers
    brain.project(Projection.builder().area(t, t, n).area(symbolArea, n).build());
    // rounds 2..c: the new cell is held (fixed) while Hebb links it down to the top, to ρ and to
    // itself. Holding it keeps its still-random recurrent synapses from moving it, and keeps old
    // cells' attractors in the same area from pulling it in.
    brain.fix(n);
    for (int r = 1; r < buildRounds; r++) {
      brain.project(Projection.builder().area(t, t, n).area(symbolArea, n).area(n, n, t, symbolArea).build());
    }
    brain.unfix(n).unfix(t).unfix(symbolArea).inhibit(symbolArea);
    brain.inhibit(t); // retire the old top
  }

  /** Pops the top cell; returns the symbol it held (decoded from the symbol area's cap). */
  public int pop(int symbols) {
    int top = top();
    String t = areas[top];
    String below = areas[next(top)];
    brain.inhibit(symbolArea).inhibit(below);
    brain.project(Projection.builder().area(t, below, symbolArea).build());
    int read = decode(brain.winners(symbolArea), symbols);
    brain.inhibit(symbolArea);
    brain.inhibit(t);
    return read;
  }

  int decode(Assembly cap, int symbols) {
    int best = -1;
    int bestOverlap = -1;
    for (int s = 0; s < symbols; s++) {
      int o = cap.overlap(new Assembly(cap.area(), block(s)));
      if (o > bestOverlap) {
        best = s;
        bestOverlap = o;
      }
    }
    return best;
  }
}
