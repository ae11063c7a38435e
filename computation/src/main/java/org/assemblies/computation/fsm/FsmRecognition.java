package org.assemblies.computation.fsm;

import java.util.ArrayList;
import java.util.List;
import org.assemblies.experiments.Charts;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.Figure;
import org.assemblies.experiments.Point;
import org.assemblies.experiments.Row;
import org.assemblies.experiments.Table;
import org.knowm.xchart.XYChart;

/**
 * A neural finite-state machine trained on a transition table and run on random strings
 * (sequences.md §3): the divisible-by-3 machine of the paper's Fig. 4, or even-number-of-zeros.
 */
public final class FsmRecognition implements Experiment<FsmRecognition.Params> {

  /** Parameters; the defaults are the paper's setting. */
  public record Params(int symbolNeurons, int stateNeurons, int arcNeurons, int k, double p, double beta,
      int presentations, int strings, int maxLength) {
    public Params {
      new NeuralFsm.Config(symbolNeurons, stateNeurons, arcNeurons, k, p, beta);
      if (presentations < 1) {
        throw new IllegalArgumentException("presentations=" + presentations + " must be ≥ 1");
      }
      if (strings < 1 || maxLength < 1) {
        throw new IllegalArgumentException("strings=" + strings + " and maxLength=" + maxLength + " must be ≥ 1");
      }
    }

    NeuralFsm.Config config() {
      return new NeuralFsm.Config(symbolNeurons, stateNeurons, arcNeurons, k, p, beta);
    }
  }

  private final Dfa dfa;
  private final String example;

  private FsmRecognition(Dfa dfa, String example) {
    this.dfa = dfa;
    this.example = example;
  }

  /** The paper's Fig. 4 machine; "30471" must be accepted. */
  public static FsmRecognition divisibleBy3() {
    return new FsmRecognition(Dfa.divisibleBy3(), "30471");
  }

  public static FsmRecognition evenZeros() {
    return new FsmRecognition(Dfa.evenZeros(), null);
  }

  @Override
  public String name() {
    return "fsm-" + dfa.name();
  }

  @Override
  public String title() {
    return "Finite-state machine by assemblies: " + dfa.name();
  }

  @Override
  public String source() {
    return "sequences.md §3 (Dabagia et al. 2024, Fig. 4)";
  }

  @Override
  public String expected() {
    return example != null
        ? "\"30471\" accepted (overlap 1.0 with accept, 0 with the others); accept/reject right on ≥ 99% of 200 "
            + "random strings of 1–8 digits (authors' code: 200/200); every intermediate state recalled at ≥ 90% overlap"
        : "accept/reject right on ≥ 99% of 200 random strings; every intermediate state recalled at ≥ 90% overlap";
  }

  @Override
  public Params defaults() {
    return new Params(1000, 5000, 5000, 70, 0.4, 0.1, 15, 200, 8);
  }

  @Override
  public int defaultSeeds() {
    return 3;
  }

  @Override
  public List<Row> run(Params p, Point point, long seed) {
    NeuralFsm m = new NeuralFsm(dfa, p.config(), seed);
    m.train(p.presentations());
    List<Row> rows = new ArrayList<>(FsmEvaluation.score(m, p.strings(), p.maxLength(), seed, "input", "random"));
    if (example != null) {
      NeuralFsm.Run run = m.run(NeuralFsm.decimalInput(example));
      double[] last = run.overlaps()[run.overlaps().length - 1];
      double others = 0;
      for (int s = 0; s < last.length; s++) {
        others = s == 3 ? others : Math.max(others, last[s]);
      }
      rows.add(Row.of("input", example, "length", example.length(), "decisionCorrect", run.last() == 3 ? 1 : 0,
          "acceptOverlap", last[3], "maxOtherOverlap", others));
    }
    return rows;
  }

  @Override
  public List<Check> checks(Params p, Table t) {
    Table random = t.where("input", "random");
    List<Check> checks = new ArrayList<>();
    checks.add(Check.meanBetween("accept/reject right on random strings", "≥ 0.99",
        perTrial(random, "decisionCorrect"), p.equals(defaults()) ? 0.99 : 0, 1));
    if (p.equals(defaults())) {
      double[] minOverlap = random.groupBy("trial").values().stream()
          .mapToDouble(x -> java.util.Arrays.stream(x.values("minOverlapWithTrueState")).min().orElse(0)).toArray();
      checks.add(Check.allAtLeast("smallest overlap of a visited state with the true state", "≥ 0.9", minOverlap, 0.9));
      if (example != null) {
        Table ex = t.where("input", example);
        checks.add(Check.always("\"" + example + "\" accepted", "accepted", ex.values("decisionCorrect")));
        checks.add(Check.allAtLeast("overlap with accept after \"" + example + "\"", "1.0", ex.values("acceptOverlap"), 0.99));
        checks.add(Check.allAtMost("largest overlap with another state", "0", ex.values("maxOtherOverlap"), 0.01));
      }
    }
    return checks;
  }

  static double[] perTrial(Table t, String column) {
    return t.groupBy("trial").values().stream()
        .mapToDouble(x -> java.util.Arrays.stream(x.values(column)).average().orElse(Double.NaN)).toArray();
  }

  @Override
  public List<Figure> figures(Params p, Table t) {
    XYChart c = Charts.chart(dfa.name() + ": accuracy vs input length", "input length (symbols)", "fraction right");
    Table random = t.where("input", "random");
    Charts.line(c, "accept/reject", random.series("length", "decisionCorrect"));
    Charts.line(c, "every state", random.series("length", "allStatesCorrect"));
    c.getStyler().setYAxisMin(0.0).setYAxisMax(1.05);
    return List.of(new Figure("accuracy-vs-length.png", "Accuracy vs input length", c));
  }
}
