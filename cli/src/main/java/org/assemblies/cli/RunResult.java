package org.assemblies.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a simulation command found, for text, JSON and run-directory output. */
final class RunResult {
  final String command;
  final Map<String, Object> params;
  final long seed;
  final int k;
  final Timeline timeline;
  /** The phase that {@code support} and the table describe, and its area of interest. */
  String mainPhase;
  String target;
  /** A short description, e.g. "stim -> A". */
  String title;
  double simulationSeconds;
  /** Command-specific results: top-level JSON entries. */
  final Map<String, Object> results = new LinkedHashMap<>();
  /** Text lines before the table (setup) and after it (findings). */
  final List<String> before = new ArrayList<>();
  final List<String> after = new ArrayList<>();

  RunResult(String command, Map<String, Object> params, long seed, int k, Timeline timeline) {
    this.command = command;
    this.params = params;
    this.seed = seed;
    this.k = k;
    this.timeline = timeline;
  }

  int[] support() {
    return timeline.support(mainPhase, target);
  }

  int finalSupport() {
    int[] s = support();
    return s.length == 0 ? 0 : s[s.length - 1];
  }

  /** Overlap of the target's winners in the main phase's last two rounds (−1 with one round). */
  int winnersOverlapLastTwo() {
    int[] o = timeline.overlapPrevious(mainPhase, target);
    return o.length < 2 ? -1 : o[o.length - 1];
  }

  int convergedAt() {
    return timeline.convergedAt(mainPhase, target);
  }
}
