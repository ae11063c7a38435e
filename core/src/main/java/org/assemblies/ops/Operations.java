package org.assemblies.ops;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.ArraySampler;
import org.apache.commons.rng.simple.RandomSource;
import org.assemblies.core.Assembly;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;

/**
 * The operations of the Assembly Calculus as functions over a {@link Brain}, following the
 * protocols of the PNAS 2020 paper and its reference simulations ({@code simulations.py}).
 * Every operation returns a {@link Trace}; an optional {@link StepListener} sees every step.
 */
public final class Operations {
  private Operations() {}

  /**
   * Projection of a stimulus into an area: {@code stim → A} for the first round (when A has no
   * assembly yet), then {@code stim → A, A → A}.
   */
  public static Trace project(Brain brain, String stimulus, String area, int rounds) {
    return project(brain, stimulus, area, rounds, false, null);
  }

  /** As {@link #project} but stops after the first round that adds no new neuron. */
  public static Trace projectUntilConverged(Brain brain, String stimulus, String area, int maxRounds) {
    return project(brain, stimulus, area, maxRounds, true, null);
  }

  public static Trace project(Brain brain, String stimulus, String area, int rounds,
      boolean stopWhenConverged, StepListener listener) {
    positive("rounds", rounds);
    Recorder rec = new Recorder(brain, listener, List.of(area));
    Projection recurrent = Projection.builder().stimulus(stimulus, area).area(area, area).build();
    for (int r = 0; r < rounds; r++) {
      boolean first = brain.winners(area).size() == 0;
      boolean converged =
          rec.step(first ? Projection.builder().stimulus(stimulus, area).build() : recurrent);
      if (stopWhenConverged && converged && r > 0) {
        break;
      }
    }
    return rec.trace();
  }

  /**
   * Reciprocal projection: {@code source → target}, then {@code source → target,
   * target → target, target → source}. Fix {@code source} first to keep its assembly while its
   * incoming synapses from {@code target} learn.
   */
  public static Trace reciprocalProject(
      Brain brain, String source, String target, int rounds, StepListener listener) {
    positive("rounds", rounds);
    Recorder rec = new Recorder(brain, listener, List.of(source, target));
    rec.step(Projection.builder().area(source, target).build());
    rec.steps(Projection.builder().area(source, target).area(target, target, source).build(), rounds - 1);
    return rec.trace();
  }

  /**
   * Association (PNAS "Project both A, B to C"): A and B, each kept firing by its stimulus and
   * its own recurrence, fire together into C: first {@code A → C, B → C}, then with C's
   * recurrence. Stimuli may be null when A and B already hold fixed assemblies.
   */
  public static Trace associate(Brain brain, String stimulusA, String a, String stimulusB,
      String b, String c, int rounds, StepListener listener) {
    positive("rounds", rounds);
    Recorder rec = new Recorder(brain, listener, List.of(a, b, c));
    rec.step(drive(stimulusA, a, stimulusB, b).area(a, a, c).area(b, b, c).build());
    rec.steps(drive(stimulusA, a, stimulusB, b).area(a, a, c).area(b, b, c).area(c, c).build(),
        rounds - 1);
    return rec.trace();
  }

  /**
   * Merge (PNAS; reference {@code merge_sim}): A and B, driven by their stimuli, fire into C; C
   * fires back into A and B and into itself from the second round on. When A or B has no
   * assembly yet, a first round fires the stimuli alone.
   */
  public static Trace merge(Brain brain, String stimulusA, String a, String stimulusB, String b,
      String c, int rounds, StepListener listener) {
    positive("rounds", rounds);
    Recorder rec = new Recorder(brain, listener, List.of(a, b, c));
    if (brain.winners(a).size() == 0 || brain.winners(b).size() == 0) {
      rec.step(drive(stimulusA, a, stimulusB, b).build());
    }
    rec.step(drive(stimulusA, a, stimulusB, b).area(a, a, c).area(b, b, c).build());
    rec.steps(drive(stimulusA, a, stimulusB, b).area(a, a, c).area(b, b, c).area(c, c, a, b).build(),
        rounds - 1);
    return rec.trace();
  }

  private static Projection.Builder drive(String stimulusA, String a, String stimulusB, String b) {
    Projection.Builder p = Projection.builder();
    if (stimulusA != null) {
      p.stimulus(stimulusA, a);
    }
    if (stimulusB != null) {
      p.stimulus(stimulusB, b);
    }
    return p;
  }

  /** The result of a pattern completion. */
  public record Completion(Assembly original, Assembly cue, Assembly recovered, Trace trace) {
    /** Fraction of the original assembly present after completion. */
    public double recoveredFraction() {
      return original.overlapFraction(recovered);
    }
  }

  /**
   * Pattern completion: fires a random fraction of the area's current assembly (chosen with
   * {@code seed}) and lets the area's recurrence run for {@code rounds} steps.
   */
  public static Completion complete(
      Brain brain, String area, double cueFraction, int rounds, long seed, StepListener listener) {
    positive("rounds", rounds);
    if (!(cueFraction > 0 && cueFraction <= 1)) {
      throw new IllegalArgumentException("cue fraction=" + cueFraction + " must be in (0, 1]");
    }
    Assembly original = brain.winners(area);
    if (original.size() == 0) {
      throw new IllegalStateException("area '" + area + "' has no assembly to complete");
    }
    int[] ids = original.neurons();
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    ArraySampler.shuffle(rng, ids);
    int size = Math.max(1, (int) (ids.length * cueFraction));
    int[] cue = java.util.Arrays.copyOf(ids, size);
    brain.setWinners(area, cue);
    Recorder rec = new Recorder(brain, listener, List.of(area));
    rec.steps(Projection.builder().area(area, area).build(), rounds);
    return new Completion(original, new Assembly(area, cue), brain.winners(area), rec.trace());
  }

  /** The result of projecting two assemblies of one area into another. */
  public record Separation(Assembly first, Assembly second, Assembly projectedFirst,
      Assembly projectedSecond) {
    public int overlap() {
      return projectedFirst.overlap(projectedSecond);
    }
  }

  /**
   * Separation: projects two assemblies of {@code source} (each fixed in turn) into
   * {@code target} with the target's recurrence for {@code rounds} steps, and reports how much
   * the two images overlap.
   */
  public static Separation separate(Brain brain, String source, int[] first, int[] second,
      String target, int rounds) {
    positive("rounds", rounds);
    Assembly[] images = new Assembly[2];
    int[][] sets = {first, second};
    for (int i = 0; i < 2; i++) {
      brain.setWinners(source, sets[i]).fix(source);
      brain.project(Projection.builder().area(source, target).build());
      brain.project(Projection.builder().area(source, target).area(target, target).build(), rounds - 1);
      images[i] = brain.winners(target);
      brain.unfix(source);
    }
    return new Separation(new Assembly(source, first), new Assembly(source, second), images[0], images[1]);
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + "=" + value + " must be ≥ 1");
    }
  }
}
