package org.assemblies.cli;

import java.util.List;
import java.util.function.Supplier;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;
import org.assemblies.ops.StepListener;

/**
 * One simulation run: the brain, the clock that times only simulation calls, the timeline that
 * records every step, and the progress bar. Recording and progress happen with the clock stopped.
 */
final class Session {
  final SimClock clock = new SimClock();
  final Timeline timeline;
  private final Progress progress;
  private Brain brain;
  private final StepListener listener;

  Session(List<String> areas, Progress progress) {
    this.timeline = new Timeline(areas);
    this.progress = progress;
    this.listener = round -> {
      clock.stop();
      try {
        timeline.record(brain);
        progress.step();
      } finally {
        clock.start();
      }
    };
  }

  /** Builds the brain (timed) and starts recording it. */
  Brain start(Supplier<Brain> factory) {
    brain = clock.time(factory);
    timeline.init(brain);
    return brain;
  }

  Brain brain() {
    return brain;
  }

  void phase(String name, String target) {
    timeline.beginPhase(name, target);
  }

  /** The listener to hand to {@link org.assemblies.ops.Operations}: records each step. */
  StepListener listener() {
    return listener;
  }

  /** Runs an operation (timed); its steps are recorded through {@link #listener()}. */
  <T> T op(Supplier<T> operation) {
    return clock.time(operation);
  }

  /** One step of the brain (timed), recorded. */
  void step(Projection projection) {
    clock.time(() -> brain.project(projection));
    timeline.record(brain);
    progress.step();
  }

  void steps(Projection projection, int rounds) {
    for (int i = 0; i < rounds; i++) {
      step(projection);
    }
  }
}
