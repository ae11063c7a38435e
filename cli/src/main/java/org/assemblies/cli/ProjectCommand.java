package org.assemblies.cli;

import java.util.List;
import org.assemblies.core.Brain;
import org.assemblies.ops.Operations;
import picocli.CommandLine.Command;

/** Projection of a stimulus into an area: stim → A, then stim → A with A's recurrence. */
@Command(name = "project", sortOptions = false,
    description = "Project a stimulus into area A (stim -> A, then stim -> A and A -> A) and "
        + "watch an assembly form: support per round, new neurons, overlap with the round before.")
final class ProjectCommand extends SimulationCommand {
  ProjectCommand() {
    super(100_000, 317, 0.01, 0.05, 50, 1);
  }

  @Override
  String name() {
    return "project";
  }

  @Override
  List<String> areas() {
    return List.of("A");
  }

  @Override
  int plannedSteps() {
    return rounds;
  }

  @Override
  void simulate(Session s, RunResult r) {
    s.start(() -> Brain.builder(p).seed(seed).build().addArea("A", n, k, beta).addStimulus("stim", k));
    s.phase("project", "A");
    s.op(() -> Operations.project(s.brain(), "stim", "A", rounds, false, s.listener()));
    r.mainPhase = "project";
    r.target = "A";
    r.title = "stim → A";
  }
}
