package org.assemblies.computation.classification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.core.Seeds;
import org.assemblies.experiments.Charts;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.Figure;
import org.assemblies.experiments.Point;
import org.assemblies.experiments.Row;
import org.assemblies.experiments.Table;
import org.knowm.xchart.XYChart;

/**
 * Halfspaces with a margin (spec sequences.md §5; the authors' {@code Halfspace.ipynb}), with the
 * distribution of {@link MarginHalfspace}. As in the notebook, one assembly is formed from 5
 * positive samples (β = 1.0), each test sample is mapped by one cap from the input, and a sample
 * is called positive when its cap overlaps the assembly in more than k/2 neurons. (The notebook's
 * readout takes, instead of the formed assembly, the k neurons firing most often over the
 * positive test samples themselves; with the authors' code the two readouts agree within 0.01.)
 */
public final class ClassifyHalfspaces implements Experiment<ClassifyHalfspaces.Params> {

  /**
   * Parameters (defaults: the notebook's).
   *
   * @param inputs input neurons
   * @param n learning-area neurons
   * @param k cap size, also the halfspace's support
   * @param p connection probability
   * @param beta plasticity
   * @param trainSamples positive training samples
   * @param testPerClass test samples of each class
   * @param threshold fraction of k the overlap must exceed for "positive"
   * @param trainNegatives false (the notebook): one assembly, from positives, and the threshold
   *     readout; true: a second assembly from as many negative samples, and a sample goes to the
   *     class whose assembly it overlaps more (the threshold is then unused)
   * @param margins the swept margins Δ, in [0, √k − (k/n)√k]
   */
  public record Params(int inputs, int n, int k, double p, double beta, int trainSamples,
      int testPerClass, double threshold, boolean trainNegatives, double[] margins) {
    public Params {
      Validation.model(inputs, n, k, p, beta);
      Validation.atLeast("trainSamples", trainSamples, 1);
      Validation.atLeast("testPerClass", testPerClass, 1);
      Validation.probability("threshold", threshold);
      if (k >= inputs) {
        throw new IllegalArgumentException("k=" + k + " must be < inputs=" + inputs);
      }
      if (margins == null || margins.length == 0) {
        throw new IllegalArgumentException("margins must list at least one value");
      }
      margins = margins.clone();
      double max = Math.sqrt(k) - (double) k / inputs * Math.sqrt(k);
      for (double m : margins) {
        if (!(m >= 0 && m <= max + 1e-9)) {
          throw new IllegalArgumentException("margins contains " + m
              + "; each must be in [0, √k − (k/n)·√k] = [0, " + max + "]");
        }
      }
    }

    @Override
    public double[] margins() {
      return margins.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Params x && inputs == x.inputs && n == x.n && k == x.k && p == x.p
          && beta == x.beta && trainSamples == x.trainSamples && testPerClass == x.testPerClass
          && threshold == x.threshold && trainNegatives == x.trainNegatives
          && Arrays.equals(margins, x.margins);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(inputs, n, k, p, beta, trainSamples, testPerClass, threshold,
          trainNegatives) * 31 + Arrays.hashCode(margins);
    }

    @Override
    public String toString() {
      return "Params[inputs=" + inputs + ", n=" + n + ", k=" + k + ", p=" + p + ", beta=" + beta
          + ", trainSamples=" + trainSamples + ", testPerClass=" + testPerClass + ", threshold="
          + threshold + ", trainNegatives=" + trainNegatives + ", margins="
          + Arrays.toString(margins) + "]";
    }
  }

  @Override
  public String name() {
    return "classify-halfspaces";
  }

  @Override
  public String title() {
    return "Classification: halfspaces with a margin";
  }

  @Override
  public String source() {
    return "sequences.md §5 (COLT 2022; authors' Halfspace.ipynb)";
  }

  @Override
  public String expected() {
    return "spec: 100% at margin Δ = 1 with β = 1.0. With the notebook's construction and units"
        + " (Δ in [0, 9]) the authors' code gives 0.50 at Δ ≤ 2, 0.62 at 3, 0.99 at 4 and 1.00 from"
        + " Δ = 5 on";
  }

  @Override
  public Params defaults() {
    return new Params(1000, 1000, 100, 0.1, 1.0, 5, 1000, 0.5, false,
        new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  }

  @Override
  public int defaultSeeds() {
    return 10;
  }

  @Override
  public List<Point> points(Params p) {
    return Arrays.stream(p.margins()).mapToObj(m -> Point.of("margin", m)).toList();
  }

  @Override
  public List<Row> run(Params p, Point point, long seed) {
    MarginHalfspace h = new MarginHalfspace(p.inputs(), p.k(), point.num("margin"));
    UniformRandomProvider train = Seeds.stream(seed, 2);
    AssemblyClassifier.Config config =
        new AssemblyClassifier.Config(p.inputs(), p.n(), p.k(), p.p(), p.beta(), 1, 1, 0, true);
    List<List<int[]>> samples = new ArrayList<>();
    samples.add(h.samples(MarginHalfspace.POSITIVE, p.trainSamples(), train));
    if (p.trainNegatives()) {
      samples.add(h.samples(MarginHalfspace.NEGATIVE, p.trainSamples(), train));
    }
    AssemblyClassifier c = AssemblyClassifier.train(config, samples, Seeds.derive(seed, 3));
    UniformRandomProvider test = Seeds.stream(seed, 4);
    double threshold = p.threshold() * p.k();
    int truePos = 0;
    int trueNeg = 0;
    double overlapPos = 0;
    double overlapNeg = 0;
    for (int s = 0; s < p.testPerClass(); s++) {
      int[] o = c.overlaps(h.sample(MarginHalfspace.POSITIVE, test));
      overlapPos += o[0];
      if (p.trainNegatives() ? AssemblyClassifier.argmax(o) == MarginHalfspace.POSITIVE
          : o[0] > threshold) {
        truePos++;
      }
      o = c.overlaps(h.sample(MarginHalfspace.NEGATIVE, test));
      overlapNeg += o[0];
      if (p.trainNegatives() ? AssemblyClassifier.argmax(o) == MarginHalfspace.NEGATIVE
          : o[0] <= threshold) {
        trueNeg++;
      }
    }
    double n = p.testPerClass();
    return List.of(Row.of("accuracy", (truePos + trueNeg) / (2 * n),
        "truePositiveRate", truePos / n, "trueNegativeRate", trueNeg / n,
        "overlapPositive", overlapPos / n / p.k(), "overlapNegative", overlapNeg / n / p.k(),
        "positiveOn", h.positiveOn(), "negativeOn", h.negativeOn()));
  }

  static boolean isSpecSetting(Params p) {
    Params d = new ClassifyHalfspaces().defaults();
    return p.inputs() == d.inputs() && p.n() == d.n() && p.k() == d.k() && p.p() == d.p()
        && p.beta() == d.beta() && p.trainSamples() == d.trainSamples()
        && p.threshold() == d.threshold() && p.trainNegatives() == d.trainNegatives();
  }

  @Override
  public List<Check> checks(Params p, Table t) {
    List<Check> checks = new ArrayList<>();
    if (!isSpecSetting(p)) {
      return checks;
    }
    for (Object m : t.distinct("margin")) {
      double margin = ((Number) m).doubleValue();
      double[] acc = t.where("margin", m).values("accuracy");
      String name = String.format(Locale.ROOT, "accuracy at Δ = %s", fmt(margin));
      if (margin == 0) {
        // the two classes are the same distribution: chance
        checks.add(Check.meanBetween(name, "0.50 (identical classes)", acc, 0.45, 0.55));
      } else if (margin == 1) {
        // the spec's figure, checked as the notebook's construction gives it (see expected())
        checks.add(Check.meanBetween(name + " (spec: 100%)", "0.50 (authors' code, their units)",
            acc, 0.45, 0.55));
      } else if (margin >= 5) {
        checks.add(Check.allAtLeast(name, "1.00 (authors' code)", acc, 0.99));
      }
    }
    return checks;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  @Override
  public List<Figure> figures(Params p, Table t) {
    XYChart c = Charts.chart("Halfspace with margin Δ (n=" + p.n() + ", k=" + p.k() + ", p="
        + p.p() + ", β=" + p.beta() + ", " + p.trainSamples() + " training samples)", "margin Δ",
        "fraction");
    Charts.line(c, "accuracy", t.series("margin", "accuracy"));
    Charts.line(c, "overlap of positives' caps with the assembly / k",
        t.series("margin", "overlapPositive"));
    Charts.line(c, "overlap of negatives' caps with the assembly / k",
        t.series("margin", "overlapNegative"));
    double[] m = p.margins();
    Charts.horizontal(c, "threshold " + p.threshold() + "·k", p.threshold(), m[0], m[m.length - 1]);
    c.getStyler().setYAxisMin(0.0).setYAxisMax(1.05);
    return List.of(new Figure("classify-halfspaces.png",
        "Accuracy and overlaps with the positive class's assembly against the margin Δ", c));
  }
}
