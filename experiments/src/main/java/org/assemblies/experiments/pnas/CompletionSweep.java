package org.assemblies.experiments.pnas;

import java.util.ArrayList;
import java.util.List;
import org.assemblies.core.Assembly;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;
import org.assemblies.core.Seeds;
import org.assemblies.experiments.Charts;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.Figure;
import org.assemblies.experiments.Point;
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
public abstract sealed class CompletionSweep implements Experiment<CompletionSweep.Params>
    permits CompletionVsTraining, CompletionThreshold {
  /** Stream of the cue's random choice, derived from the trial's seed. */
  static final long CUE_STREAM = 1;

  /** Parameters of the protocol (defaults: each row's). */
  public record Params(int n, int k, double p, double beta, double cueFraction, int completionRounds,
      int minTraining, int maxTraining) {
    public Params {
      PnasChecks.area(n, k, p, beta);
      PnasChecks.fraction("cueFraction", cueFraction);
      PnasChecks.atLeast("completionRounds", completionRounds, 1);
      PnasChecks.atLeast("minTraining", minTraining, 2);
      if (maxTraining < minTraining) {
        throw new IllegalArgumentException("maxTraining=" + maxTraining + " must be ≥ minTraining=" + minTraining);
      }
    }
  }

  /** An expected figure: the recovered fraction at training lengths [from, to] lies in [lo, hi]. */
  record Band(String expected, int from, int to, double lo, double hi) {}

  /** The row's expected figures, checked only at its own parameters. */
  abstract List<Band> bands();

  /** The spec's figures as plot markers: t, midpoint, half-range. */
  abstract double[][] reference();

  @Override
  public int defaultSeeds() {
    return 10;
  }

  @Override
  public List<Check> checks(Params p, Table t) {
    List<Check> checks = new ArrayList<>();
    if (p.equals(defaults())) {
      for (Band b : bands()) {
        checks.add(Check.meanBetween("completion at t=" + b.from() + (b.to() > b.from() ? "…" + b.to() : ""),
            b.expected(), at(t, b.from(), b.to()), b.lo(), b.hi()));
      }
    }
    return checks;
  }

  @Override
  public List<Figure> figures(Params p, Table t) {
    double[][] ref = p.equals(defaults()) ? reference() : null;
    return List.of(new Figure("completion.png",
        "Overlap of the completed cap with the assembly after t training rounds (cue: "
            + Math.round(100 * p.cueFraction()) + "% chosen after " + (p.minTraining() - 1) + " rounds; "
            + p.completionRounds() + " recurrent rounds), and of the cue itself",
        chart("Completion vs training length (n=" + p.n() + ", k=" + p.k() + ", p=" + p.p() + ", β=" + p.beta()
            + ", cue " + Math.round(100 * p.cueFraction()) + "%, " + p.completionRounds() + " rounds)", t,
            ref == null ? null : ref[0], ref == null ? null : ref[1], ref == null ? null : ref[2])));
  }

  @Override
  public List<Row> run(Params p, Point point, long seed) {
    return run(p.n(), p.k(), p.p(), p.beta(), p.cueFraction(), p.completionRounds(), p.minTraining(),
        p.maxTraining(), seed);
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
