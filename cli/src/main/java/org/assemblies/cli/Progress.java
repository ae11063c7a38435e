package org.assemblies.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar of simulation steps on stderr, or nothing. */
abstract class Progress implements AutoCloseable {
  /** Below this many rounds a run is too short to deserve a bar (unless it is large). */
  static final int MIN_ROUNDS = 20;

  static final Progress NONE = new Progress() {
    @Override
    void step() {}

    @Override
    public void close() {}
  };

  abstract void step();

  @Override
  public abstract void close();

  /**
   * A bar when asked for and useful: not with --no-progress or --json, only on an interactive
   * console (never in logs or pipes), and only for runs of at least {@value #MIN_ROUNDS} rounds or
   * a lot of work (rounds × n).
   */
  static Progress create(String task, long steps, long n, boolean disabled) {
    if (disabled || steps <= 0 || !interactive()) {
      return NONE;
    }
    if (steps < MIN_ROUNDS && steps * n < 50_000_000L) {
      return NONE;
    }
    return bar(task, steps, " rounds");
  }

  /** A bar over the trials of an experiment (any count; only on an interactive console). */
  static Progress trials(String task, long total, boolean disabled) {
    return disabled || total <= 0 || !interactive() ? NONE : bar(task, total, " trials");
  }

  private static Progress bar(String task, long steps, String unit) {
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(steps)
        .setUnit(unit, 1)
        .setStyle(Text.fit("█").equals("█") ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(System.err, 100))
        .setUpdateIntervalMillis(100)
        .clearDisplayOnFinish()
        .build();
    return new Progress() {
      @Override
      void step() {
        bar.step();
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }

  static boolean interactive() {
    if (Boolean.getBoolean("assemblies.progress")) {
      return true;
    }
    java.io.Console c = System.console();
    return c != null && c.isTerminal();
  }
}
