package org.assemblies.computation.turing;

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
 * The four machines of the spec, each on several inputs, run on assemblies and checked step by
 * step (state, head symbol, both half-tapes, read out of the network) against the interpreter.
 */
public final class TuringMachines implements Experiment<TuringMachines.Params> {

  /** Parameters: the network (see {@link NeuralTuringMachine.Config}) and the step budget. */
  public record Params(int n, int k, double p, double betaFsm, int presentations, double betaTape,
      int buildRounds, int maxSteps) {
    public Params {
      new NeuralTuringMachine.Config(n, k, p, betaFsm, presentations, betaTape, buildRounds);
      if (maxSteps < 1) {
        throw new IllegalArgumentException("maxSteps=" + maxSteps + " must be ≥ 1");
      }
    }
  }

  /** (machine, input) cases. */
  static final String[][] CASES = {
    {"binary-increment", "1011"}, {"binary-increment", "111"}, {"binary-increment", "0"},
    {"binary-increment", "1111111"},
    {"palindrome", "abba"}, {"palindrome", "aba"}, {"palindrome", "abab"}, {"palindrome", "ba"},
    {"palindrome", "abbaabbaabbaabba"}, // 153 steps
    {"unary-add", "11+111"}, {"unary-add", "1+1"}, {"unary-add", "111+1"},
    {"busy-beaver-2", ""},
  };

  @Override
  public String name() {
    return "turing-machines";
  }

  @Override
  public String title() {
    return "Turing machines from assemblies";
  }

  @Override
  public String source() {
    return "sequences.md §4 (Dabagia et al. 2024, §5; construction in docs/design/turing-machines.md)";
  }

  @Override
  public String expected() {
    return "binary incrementer, palindrome recogniser, unary adder and 2-state busy beaver: every step's "
        + "state, head and tape equal a plain interpreter's";
  }

  @Override
  public Params defaults() {
    NeuralTuringMachine.Config c = NeuralTuringMachine.Config.standard();
    return new Params(c.n(), c.k(), c.p(), c.betaFsm(), c.presentations(), c.betaTape(), c.buildRounds(), 200);
  }

  @Override
  public int defaultSeeds() {
    return 3;
  }

  @Override
  public List<Row> run(Params p, Point point, long seed) {
    List<Row> rows = new ArrayList<>();
    NeuralTuringMachine.Config c = new NeuralTuringMachine.Config(p.n(), p.k(), p.p(), p.betaFsm(),
        p.presentations(), p.betaTape(), p.buildRounds());
    for (String[] cs : CASES) {
      NeuralTuringMachine m = new NeuralTuringMachine(TuringMachine.builtin(cs[0]), c, seed);
      NeuralTuringMachine.Trace t = m.run(cs[1], p.maxSteps());
      NeuralTuringMachine.Snapshot last = t.neural().get(t.neural().size() - 1);
      rows.add(Row.of("machine", cs[0], "input", cs[1], "steps", t.reference().size() - 1,
          "agrees", t.agrees() ? 1 : 0, "firstMismatch", t.firstMismatch(),
          "finalState", last.state(), "finalTape", last.render(m.machine().blank())));
    }
    return rows;
  }

  @Override
  public List<Check> checks(Params p, Table t) {
    List<Check> checks = new ArrayList<>();
    for (Object machine : t.distinct("machine")) {
      checks.add(Check.always(machine + ": every step equals the interpreter's", "all inputs, every step",
          t.where("machine", machine).values("agrees")));
    }
    return checks;
  }

  @Override
  public List<Figure> figures(Params p, Table t) {
    XYChart c = Charts.chart("Steps run correctly per case (all seeds)", "case", "steps");
    double[] x = new double[CASES.length];
    double[] ok = new double[CASES.length];
    for (int i = 0; i < CASES.length; i++) {
      x[i] = i + 1;
      Table cs = t.where("machine", CASES[i][0]).where("input", CASES[i][1]);
      double[] steps = cs.values("steps");
      double[] agrees = cs.values("agrees");
      double sum = 0;
      for (int j = 0; j < steps.length; j++) {
        sum += agrees[j] == 1 ? steps[j] : cs.rows().get(j).num("firstMismatch");
      }
      ok[i] = steps.length == 0 ? 0 : sum / steps.length;
    }
    c.addSeries("steps agreeing with the interpreter", x, ok);
    return List.of(new Figure("steps.png", "Steps per case that agree with the interpreter (cases in the CSV)", c));
  }
}
