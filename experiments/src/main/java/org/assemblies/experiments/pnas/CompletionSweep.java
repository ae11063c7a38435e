package org.assemblies.experiments.pnas;

import java.util.ArrayList;
import java.util.List;
import org.assemblies.core.Assembly;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;
import org.assemblies.core.Seeds;
import org.assemblies.experiments.Charts;
import org.assemblies.experiments.Row;
import org.assemblies.experiments.Table;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The protocol of the reference's {@code simulations.pattern_com_iterations}, shared by rows 6
 * and 7: completion from a fixed cue as a function of the training length t.
 *
 * <ol>
 *   <li>Train: {@code stim → A}, then {@code stim → A, A → A} until {@code minTraining − 1} rounds
 *       in all.
 *   <li>Choose the cue once: {@code int(k · cueFraction)} random neurons of the current assembly
 *       ({@code random.sample(winners, int(k*alpha))}).
 *   <li>For t = minTraining … maxTraining: one more training round (so t rounds in all); copy the
 *       brain; in the copy fire the cue alone and run {@code A → A} for {@code completionRounds}
 *       rounds; measure the overlap of the copy's final cap with the original brain's assembly
 *       after t rounds, as a fraction of k.
 * </ol>
 */
final class CompletionSweep {
  /** Stream of the cue's random choice, derived from the trial's seed. */
  static final long CUE_STREAM = 1;

  private CompletionSweep() {}

  static void validate(int n, int k, double p, double beta, double cueFraction, int completionRounds,
      int minTraining, int maxTraining) {
    PnasChecks.area(n, k, p, beta);
    PnasChecks.fraction("cueFraction", cueFraction);
    PnasChecks.atLeast("completionRounds", completionRounds, 1);
    PnasChecks.atLeast("minTraining", minTraining, 2);
    if (maxTraining < minTraining) {
      throw new IllegalArgumentException("maxTraining=" + maxTraining + " must be ≥ minTraining=" + minTraining);
    }
  }

  /** One trial: a row per training length t. */
  static List<Row> run(int n, int k, double p, double beta, double cueFraction, int completionRounds,
      int minTraining, int maxTraining, long seed) {
    Brain b = Brain.builder(p).seed(seed).build();
    b.addStimulus("stim", k).addArea("A", n, k, beta);
    Projection recurrent = Projection.builder().stimulus("stim", "A").area("A", "A").build();
    b.project(Projection.builder().stimulus("stim", "A").build());
    b.project(recurrent, minTraining - 2);
    Assembly cueSource = b.winners("A");
    int[] cue = Cues.sample(cueSource.neurons(), Cues.size(k, cueFraction), Seeds.derive(seed, CUE_STREAM));
    Assembly cueAssembly = Assembly.of("A", cue);
    Projection complete = Projection.builder().area("A", "A").build();
    List<Row> rows = new ArrayList<>();
    for (int t = minTraining; t <= maxTraining; t++) {
      b.project(recurrent);
      Assembly trained = b.winners("A");
      Brain copy = b.copy();
      copy.setWinners("A", cue);
      copy.project(complete, completionRounds);
      int overlap = copy.winners("A").overlap(trained);
      rows.add(Row.of("training", t, "cueSize", cue.length,
          "cueInAssembly", cueAssembly.overlap(trained),
          "cueInAssemblyFraction", (double) cueAssembly.overlap(trained) / k,
          "assemblyChange", cueSource.size() - cueSource.overlap(trained),
          "recovered", overlap, "recoveredFraction", (double) overlap / k,
          "support", b.support("A")));
    }
    return rows;
  }

  /** The recovered fractions of every trial at training lengths t in [from, to]. */
  static double[] at(Table t, int from, int to) {
    return t.where(r -> r.num("training") >= from && r.num("training") <= to).values("recoveredFraction");
  }

  /**
   * Completion (mean ± sd over seeds) and the cue's own share of the assembly against t, with the
   * spec's figures as markers ({@code refT}, {@code refMid}, {@code refHalfRange}; none if null).
   */
  static XYChart chart(String title, Table t, double[] refT, double[] refMid, double[] refHalfRange) {
    XYChart c = Charts.chart(title, "training rounds t", "overlap with the trained assembly / k");
    Charts.line(c, "after completion (mean ± sd)", t.series("training", "recoveredFraction"));
    Charts.line(c, "the cue alone (mean ± sd)", t.series("training", "cueInAssemblyFraction"));
    if (refT != null) {
      XYSeries ref = c.addSeries("reference (spec; bars: its range)", refT, refMid, refHalfRange);
      ref.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      ref.setMarker(SeriesMarkers.DIAMOND);
    }
    return c;
  }
}
