package org.assemblies.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assemblies.core.Assembly;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;
import org.assemblies.ops.Operations;
import picocli.CommandLine.Command;

/** Merge (PNAS): A and B, driven by their stimuli, fire into C, and C fires back. */
@Command(name = "merge", sortOptions = false,
    description = "Merge: stimA -> A and stimB -> B fire once, then A and B fire into C and C "
        + "fires back into A, B and itself (Operations.merge) for the given rounds.")
final class MergeCommand extends SimulationCommand {
  MergeCommand() {
    super(100_000, 317, 0.01, 0.05, 50, 1);
  }

  @Override
  String name() {
    return "merge";
  }

  @Override
  List<String> areas() {
    return List.of("A", "B", "C");
  }

  @Override
  int plannedSteps() {
    return rounds + 1;
  }

  @Override
  void simulate(Session s, RunResult r) {
    Brain b = s.start(() -> Brain.builder(p).seed(seed).build()
        .addArea("A", n, k, beta).addArea("B", n, k, beta).addArea("C", n, k, beta)
        .addStimulus("stimA", k).addStimulus("stimB", k));
    s.phase("stimuli", "A");
    s.step(Projection.builder().stimulus("stimA", "A").stimulus("stimB", "B").build());
    Assembly a0 = b.winners("A");
    Assembly b0 = b.winners("B");
    s.phase("merge", "C");
    s.op(() -> Operations.merge(b, "stimA", "A", "stimB", "B", "C", rounds, s.listener()));
    r.mainPhase = "merge";
    r.target = "C";
    r.title = "stimA → A, stimB → B, A+B ↔ C";

    Map<String, Object> finals = new LinkedHashMap<>();
    for (String a : areas()) {
      finals.put(a, b.support(a));
    }
    r.results.put("finalSupports", finals);
    double keptA = a0.overlapFraction(b.winners("A"));
    double keptB = b0.overlapFraction(b.winners("B"));
    Map<String, Object> kept = new LinkedHashMap<>();
    kept.put("A", keptA);
    kept.put("B", keptB);
    r.results.put("firstWinnersKept", kept);
    Map<String, Object> lastTwo = new LinkedHashMap<>();
    for (String a : areas()) {
      int[] o = r.timeline.overlapPrevious("merge", a);
      lastTwo.put(a, o.length < 2 ? null : o[o.length - 1]);
    }
    r.results.put("winnersOverlapLastTwoByArea", lastTwo);

    r.after.add(Text.f("supports after %d rounds: A %d, B %d, C %d (k = %d)", rounds,
        b.support("A"), b.support("B"), b.support("C"), k));
    r.after.add(Text.f("A's winners of the first round still firing: %s; B's: %s",
        Text.pct(keptA), Text.pct(keptB)));
  }
}
