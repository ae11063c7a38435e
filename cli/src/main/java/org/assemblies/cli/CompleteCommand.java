package org.assemblies.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assemblies.core.Brain;
import org.assemblies.ops.Operations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Pattern completion: train an assembly, fire a fraction of it, let the recurrence complete it. */
@Command(name = "complete", sortOptions = false,
    description = "Pattern completion: form an assembly in A from a stimulus for --rounds rounds, "
        + "then fire a random --cue fraction of it and let A's recurrence (A -> A) run for "
        + "--recurrent-rounds rounds; reports the fraction of the assembly recovered.")
final class CompleteCommand extends SimulationCommand {
  @Option(names = "--cue", paramLabel = "FRACTION",
      description = "Fraction of the assembly that fires as the cue, in (0, 1] (default: ${DEFAULT-VALUE}).")
  double cue = 0.5;

  @Option(names = "--recurrent-rounds", paramLabel = "R",
      description = "Rounds of A -> A after the cue (default: ${DEFAULT-VALUE}).")
  int recurrentRounds = 5;

  CompleteCommand() {
    super(100_000, 317, 0.05, 0.05, 25, 1);
  }

  @Override
  String name() {
    return "complete";
  }

  @Override
  List<String> areas() {
    return List.of("A");
  }

  @Override
  int plannedSteps() {
    return rounds + recurrentRounds;
  }

  @Override
  Map<String, Object> extraParams() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cue", cue);
    m.put("recurrentRounds", recurrentRounds);
    return m;
  }

  @Override
  void validate() {
    super.validate();
    if (!(cue > 0 && cue <= 1)) {
      throw new IllegalArgumentException("cue=" + cue + " must be in (0, 1]");
    }
    atLeast("recurrent-rounds", recurrentRounds, 1);
  }

  @Override
  void simulate(Session s, RunResult r) {
    Brain b = s.start(() -> Brain.builder(p).seed(seed).build().addArea("A", n, k, beta).addStimulus("stim", k));
    s.phase("train", "A");
    s.op(() -> Operations.project(b, "stim", "A", rounds, false, s.listener()));
    s.phase("complete", "A");
    Operations.Completion c =
        s.op(() -> Operations.complete(b, "A", cue, recurrentRounds, seed, s.listener()));
    r.mainPhase = "train";
    r.target = "A";
    r.title = "stim → A, then a " + Text.pct(cue) + " cue of A → A";

    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cueFraction", cue);
    m.put("cueSize", c.cue().size());
    m.put("recurrentRounds", recurrentRounds);
    m.put("recoveredFraction", c.recoveredFraction());
    m.put("recovered", c.original().overlap(c.recovered()));
    m.put("support", r.timeline.support("complete", "A"));
    m.put("newNeurons", r.timeline.newNeurons("complete", "A"));
    m.put("overlapWithPrevious", c.trace().area("A").overlapWithPrevious());
    r.results.put("recoveredFraction", c.recoveredFraction());
    r.results.put("completion", m);

    r.after.add(Text.f("completion: fired %d of the %d neurons of A's assembly (%s), then %d rounds of A → A",
        c.cue().size(), c.original().size(), Text.pct(cue), recurrentRounds));
    r.after.add(Text.f("recovered %d of %d neurons = %s of the assembly; support of A afterwards %d",
        c.original().overlap(c.recovered()), c.original().size(), Text.pct(c.recoveredFraction()),
        b.support("A")));
  }
}
