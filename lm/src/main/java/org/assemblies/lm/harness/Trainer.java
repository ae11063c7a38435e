package org.assemblies.lm.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.assemblies.lm.Example;
import org.assemblies.lm.LanguageModel;
import org.assemblies.lm.metrics.Evaluation;
import org.assemblies.lm.metrics.Evaluator;
import org.assemblies.lm.metrics.Metrics;

/**
 * Trains a {@link LanguageModel} on a {@link BatchSource} under a {@link Budget}: evaluates on a
 * held-out set at evenly spaced fractions of the budget (the learning curve: quality vs training
 * tokens), records the time at which the smoothed training loss first reaches a target, shows a
 * progress bar with the loss and BPC, and checkpoints (atomically) so that a run can resume. Only
 * {@code trainStep} is timed: evaluation and checkpoints are not training time.
 */
public final class Trainer {
  private Trainer() {}

  /**
   * One point of the learning curve.
   *
   * @param step steps done
   * @param tokens tokens read
   * @param seconds training seconds
   * @param trainNats mean training loss since the previous point (nats per scored position)
   * @param evalNats held-out loss (nats per scored position)
   * @param evalAccuracy held-out accuracy of the scored positions
   */
  public record Point(long step, long tokens, double seconds, double trainNats, double evalNats,
      double evalAccuracy) {}

  /**
   * Where training stands; restored from a checkpoint to resume.
   *
   * @param step steps done
   * @param tokens tokens read
   * @param seconds training seconds (time in {@code trainStep}: what tokens per second divide by)
   * @param wallSeconds time of the training loop, making the batches included (what a budget in
   *     seconds limits); evaluation and checkpoints excluded
   * @param timeToTarget training seconds at which the smoothed loss first reached the target
   *     (NaN: not yet, or no target)
   * @param curve the learning curve so far
   */
  public record State(long step, long tokens, double seconds, double wallSeconds, double timeToTarget,
      List<Point> curve) {
    public State {
      curve = List.copyOf(curve);
    }

    /** Nothing done yet. */
    public static State start() {
      return new State(0, 0, 0, 0, Double.NaN, List.of());
    }

    /** Training tokens per second so far. */
    public double tokensPerSecond() {
      return seconds > 0 ? tokens / seconds : Double.NaN;
    }

    /** The last point of the curve, or null. */
    public Point last() {
      return curve.isEmpty() ? null : curve.get(curve.size() - 1);
    }
  }

  /**
   * How to train.
   *
   * @param budget when to stop (counted from the start of the first run, resumes included; its
   *     seconds are those of the training loop, batch making included)
   * @param evalPoints evaluations on the held-out set, evenly spaced over the budget (≥ 1; the
   *     last one at the end)
   * @param targetNats the training loss whose first crossing is timed (NaN: none): the first time
   *     its moving average (weight 0.1 per step) is at or below the target, from step 10 on
   * @param checkpoint the checkpoint directory (null: none)
   * @param checkpointEvery steps between checkpoints (0: only at the end)
   * @param progress whether to show a progress bar on stderr
   * @param label the bar's title
   * @param bitsLabel what the loss in bits is called on the bar ("bpc" on a corpus, else "bits")
   */
  public record Config(Budget budget, int evalPoints, double targetNats, Path checkpoint,
      int checkpointEvery, boolean progress, String label, String bitsLabel) {
    public Config {
      if (evalPoints < 1) {
        throw new IllegalArgumentException("evalPoints=" + evalPoints + " must be ≥ 1");
      }
      if (checkpointEvery < 0) {
        throw new IllegalArgumentException("checkpointEvery=" + checkpointEvery + " must be ≥ 0");
      }
    }

    /** Budget only: 10 evaluation points, no target, no checkpoint, no bar. */
    public static Config of(Budget budget) {
      return new Config(budget, 10, Double.NaN, null, 0, false, "train", "bits");
    }
  }

  /**
   * Trains from {@code from} until the budget is spent (or, for a model {@link
   * LanguageModel#exactAfterOneEpoch exact after one epoch}, until it has read the training set once).
   *
   * @param meta what the checkpoint must remember besides the model (model kind, options, data)
   */
  public static State train(LanguageModel model, BatchSource source, List<Example> heldOut,
      Config config, State from, Map<String, Object> meta) {
    if (heldOut.isEmpty()) {
      throw new IllegalArgumentException("the held-out set is empty");
    }
    long step = from.step();
    long tokens = from.tokens();
    double seconds = from.seconds();
    double wall = from.wallSeconds();
    double timeToTarget = from.timeToTarget();
    List<Point> curve = new ArrayList<>(from.curve());
    double smooth = Double.NaN;
    double sumLoss = 0;
    int lossCount = 0;
    int nextPoint = (int) Math.floor(config.budget().fraction(step, tokens, wall) * config.evalPoints()) + 1;
    ProgressBar bar = config.progress() ? bar(config.label()) : null;
    try {
      long stop = stepLimit(model, source);
      while (!config.budget().spent(step, tokens, wall) && step < stop) {
        long w0 = System.nanoTime();
        List<Example> batch = source.batch(step);
        long t0 = System.nanoTime();
        double loss = model.trainStep(batch);
        long t1 = System.nanoTime();
        seconds += (t1 - t0) / 1e9;
        wall += (t1 - w0) / 1e9;
        step++;
        for (Example e : batch) {
          tokens += e.length();
        }
        sumLoss += loss;
        lossCount++;
        smooth = Double.isNaN(smooth) ? loss : 0.9 * smooth + 0.1 * loss;
        if (Double.isNaN(timeToTarget) && !Double.isNaN(config.targetNats()) && smooth <= config.targetNats()
            && step >= 10) {
          timeToTarget = seconds;
        }
        double fraction = config.budget().fraction(step, tokens, wall);
        boolean done = config.budget().spent(step, tokens, wall) || step >= stop;
        if (done || fraction * config.evalPoints() >= nextPoint) {
          Evaluation ev = Evaluator.evaluate(model, heldOut);
          curve.add(new Point(step, tokens, seconds, sumLoss / lossCount, ev.nats(), ev.accuracy()));
          sumLoss = 0;
          lossCount = 0;
          nextPoint = (int) Math.floor(fraction * config.evalPoints()) + 1;
        }
        if (config.checkpoint() != null && !done && config.checkpointEvery() > 0
            && step % config.checkpointEvery() == 0) {
          save(model, config, new State(step, tokens, seconds, wall, timeToTarget, curve), meta);
        }
        if (bar != null) {
          bar.stepTo(Math.round(fraction * 1000));
          Point last = curve.isEmpty() ? null : curve.get(curve.size() - 1);
          bar.setExtraMessage(String.format(" loss %.3f %s %.3f%s | %,.0f tok/s", smooth,
              config.bitsLabel(), Metrics.bits(smooth),
              last == null ? "" : String.format(" | held-out %s %.3f", config.bitsLabel(), Metrics.bits(last.evalNats())),
              tokens / Math.max(seconds, 1e-9)));
        }
      }
    } finally {
      if (bar != null) {
        bar.close();
      }
    }
    State end = new State(step, tokens, seconds, wall, timeToTarget, curve);
    if (config.checkpoint() != null) {
      save(model, config, end, meta);
    }
    return end;
  }

  /**
   * The step at which training stops whatever the budget: after one epoch for a model that is
   * exact after one pass over a fixed training set, else never ({@link Long#MAX_VALUE}).
   */
  public static long stepLimit(LanguageModel model, BatchSource source) {
    return model.exactAfterOneEpoch() && source.epochSteps() > 0 ? source.epochSteps() : Long.MAX_VALUE;
  }

  private static void save(LanguageModel model, Config config, State state, Map<String, Object> meta) {
    try {
      Checkpoint.save(config.checkpoint(), model, state, meta);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ProgressBar bar(String label) {
    return new ProgressBarBuilder()
        .setTaskName(label)
        .setInitialMax(1000)
        .setUnit("‰", 1)
        .hideEta()
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(System.err, 140))
        .setUpdateIntervalMillis(200)
        .build();
  }
}
