package org.assemblies.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.assemblies.core.Brain;
import org.assemblies.core.Overlaps;

/**
 * Every step of a run, in phases: after each step, the support of every area of interest, the
 * winners that fired for the first time, and the overlap of the winners with the step before.
 */
final class Timeline {
  /** One step. Arrays are indexed like {@link #areas()}. */
  record Row(int round, String phase, int phaseRound, int[] support, int[] newNeurons,
      int[] overlapPrevious) {}

  /** A named run of consecutive steps with the area it is about. */
  record Phase(String name, String target, int firstRow, int rounds) {}

  private final List<String> areas;
  private final List<Row> rows = new ArrayList<>();
  private final List<Phase> phases = new ArrayList<>();
  private int[][] previous;
  private int[] historyLength;

  Timeline(List<String> areas) {
    this.areas = List.copyOf(areas);
  }

  List<String> areas() {
    return areas;
  }

  int index(String area) {
    int i = areas.indexOf(area);
    if (i < 0) {
      throw new IllegalArgumentException("area '" + area + "' is not recorded; areas: " + areas);
    }
    return i;
  }

  /** Takes the brain's current winners as the reference of the first step. */
  void init(Brain brain) {
    previous = new int[areas.size()][];
    historyLength = new int[areas.size()];
    for (int i = 0; i < areas.size(); i++) {
      previous[i] = brain.winners(areas.get(i)).neurons();
      historyLength[i] = brain.supportHistory(areas.get(i)).length;
    }
  }

  void beginPhase(String name, String target) {
    index(target);
    phases.add(new Phase(name, target, rows.size(), 0));
  }

  /** Records the step the brain has just taken. */
  void record(Brain brain) {
    if (phases.isEmpty()) {
      throw new IllegalStateException("no phase begun");
    }
    int m = areas.size();
    int[] support = new int[m];
    int[] fresh = new int[m];
    int[] overlap = new int[m];
    for (int i = 0; i < m; i++) {
      String a = areas.get(i);
      int[] now = brain.winners(a).neurons();
      int len = brain.supportHistory(a).length;
      boolean target = len > historyLength[i];
      support[i] = brain.support(a);
      fresh[i] = target ? Math.max(0, brain.numFirstWinners(a)) : 0;
      overlap[i] = Overlaps.count(previous[i], now);
      previous[i] = now;
      historyLength[i] = len;
    }
    Phase p = phases.getLast();
    phases.set(phases.size() - 1, new Phase(p.name(), p.target(), p.firstRow(), p.rounds() + 1));
    rows.add(new Row(rows.size() + 1, p.name(), p.rounds() + 1, support, fresh, overlap));
  }

  List<Row> rows() {
    return Collections.unmodifiableList(rows);
  }

  List<Phase> phases() {
    return Collections.unmodifiableList(phases);
  }

  Phase phase(String name) {
    for (Phase p : phases) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no phase '" + name + "'");
  }

  List<Row> rows(String phase) {
    Phase p = phase(phase);
    return rows.subList(p.firstRow(), p.firstRow() + p.rounds());
  }

  int[] support(String phase, String area) {
    return column(phase, area, Row::support);
  }

  int[] newNeurons(String phase, String area) {
    return column(phase, area, Row::newNeurons);
  }

  int[] overlapPrevious(String phase, String area) {
    return column(phase, area, Row::overlapPrevious);
  }

  private int[] column(String phase, String area, java.util.function.Function<Row, int[]> f) {
    int i = index(area);
    List<Row> r = rows(phase);
    int[] out = new int[r.size()];
    for (int j = 0; j < out.length; j++) {
      out[j] = f.apply(r.get(j))[i];
    }
    return out;
  }

  /**
   * The round of the phase from which on the area gained no new neuron until the end of the phase
   * (round 1 excluded: it always has new winners), or −1 when the last round still had some.
   */
  int convergedAt(String phase, String area) {
    return convergedAt(newNeurons(phase, area));
  }

  static int convergedAt(int[] fresh) {
    if (fresh.length < 2 || fresh[fresh.length - 1] != 0) {
      return -1;
    }
    int r = fresh.length - 1;
    while (r > 1 && fresh[r - 1] == 0) {
      r--;
    }
    return r + 1;
  }

  /** The first round (after round 1) in which the area gained no new neuron, or −1. */
  int firstQuietRound(String phase, String area) {
    int[] fresh = newNeurons(phase, area);
    for (int r = 1; r < fresh.length; r++) {
      if (fresh[r] == 0) {
        return r + 1;
      }
    }
    return -1;
  }

  /** CSV header: round, phase, phase_round, the support per area, then new neurons and overlaps. */
  List<String> csvHeader() {
    List<String> h = new ArrayList<>(List.of("round", "phase", "phase_round"));
    h.addAll(areas);
    areas.forEach(a -> h.add("new_" + a));
    areas.forEach(a -> h.add("overlap_previous_" + a));
    return h;
  }

  List<List<Object>> csvRows() {
    List<List<Object>> out = new ArrayList<>();
    for (Row r : rows) {
      List<Object> line = new ArrayList<>(List.of(r.round(), r.phase(), r.phaseRound()));
      for (int v : r.support()) {
        line.add(v);
      }
      for (int v : r.newNeurons()) {
        line.add(v);
      }
      for (int v : r.overlapPrevious()) {
        line.add(v);
      }
      out.add(line);
    }
    return out;
  }
}
