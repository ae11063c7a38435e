package org.assemblies.lm.metrics;

import java.util.List;
import org.assemblies.lm.Example;
import org.assemblies.lm.LanguageModel;

/** Scores a {@link LanguageModel} on examples through its {@code logProbabilities}. */
public final class Evaluator {
  private Evaluator() {}

  /** Cross-entropy, accuracies and exact match over the scored positions of {@code examples}. */
  public static Evaluation evaluate(LanguageModel model, List<Example> examples) {
    double nats = 0;
    long scored = 0;
    long correct = 0;
    double exampleFractions = 0;
    int exact = 0;
    int counted = 0;
    for (Example e : examples) {
      float[][] lp = model.logProbabilities(e.tokens());
      if (lp.length != e.length()) {
        throw new IllegalStateException(model.name() + " returned " + lp.length
            + " positions for a sequence of " + e.length());
      }
      int[] targets = e.targets();
      int n = 0;
      int right = 0;
      for (int i = 0; i < targets.length; i++) {
        int t = targets[i];
        if (t == Example.IGNORE) {
          continue;
        }
        float[] row = lp[i];
        nats -= row[t];
        n++;
        if (argmax(row) == t) {
          right++;
        }
      }
      if (n > 0) {
        scored += n;
        correct += right;
        exampleFractions += right / (double) n;
        exact += right == n ? 1 : 0;
        counted++;
      }
    }
    if (scored == 0) {
      throw new IllegalArgumentException("no scored positions in " + examples.size() + " examples");
    }
    return new Evaluation(nats / scored, correct / (double) scored, exampleFractions / counted,
        exact / (double) counted, scored, counted);
  }

  /** Index of the largest entry (the first one on ties). */
  public static int argmax(float[] row) {
    int best = 0;
    for (int v = 1; v < row.length; v++) {
      if (row[v] > row[best]) {
        best = v;
      }
    }
    return best;
  }
}
