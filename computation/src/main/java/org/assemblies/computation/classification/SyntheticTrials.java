package org.assemblies.computation.classification;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.core.Seeds;
import org.assemblies.experiments.Row;

/** One trial on stimulus classes: random cores, train on a few samples, test on fresh ones. */
final class SyntheticTrials {
  private SyntheticTrials() {}

  /**
   * Draws the classes' cores (from {@code seed}, the same at every r), trains a classifier on
   * {@code trainPerClass} samples per class and classifies {@code testPerClass} fresh samples of
   * each class. The row: accuracy, and the mean overlap (fraction of k) of a test sample's cap with
   * its own class's assembly and with the most-overlapping other one.
   */
  static Row stimulusClasses(AssemblyClassifier.Config config, int classes, double r, double q,
      int trainPerClass, int testPerClass, long seed) {
    StimulusClasses dist = StimulusClasses.random(config.inputs(), config.k(), r, q, classes,
        Seeds.derive(seed, 1));
    UniformRandomProvider train = Seeds.stream(seed, 2);
    List<List<int[]>> samples = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      samples.add(dist.samples(c, trainPerClass, train));
    }
    AssemblyClassifier classifier = AssemblyClassifier.train(config, samples, Seeds.derive(seed, 3));
    UniformRandomProvider test = Seeds.stream(seed, 4);
    int correct = 0;
    double own = 0;
    double other = 0;
    for (int c = 0; c < classes; c++) {
      for (int s = 0; s < testPerClass; s++) {
        int[] o = classifier.overlaps(dist.sample(c, test));
        if (AssemblyClassifier.argmax(o) == c) {
          correct++;
        }
        own += o[c];
        int best = 0;
        for (int d = 0; d < classes; d++) {
          if (d != c) {
            best = Math.max(best, o[d]);
          }
        }
        other += best;
      }
    }
    int total = classes * testPerClass;
    double k = config.k();
    double assemblyOverlap = 0;
    int pairs = 0;
    for (int a = 0; a < classes; a++) {
      for (int b = a + 1; b < classes; b++) {
        assemblyOverlap += classifier.formedAssembly(a).overlap(classifier.formedAssembly(b)) / k;
        pairs++;
      }
    }
    return Row.of("accuracy", (double) correct / total,
        "overlapOwn", own / total / k,
        "overlapOtherMax", classes > 1 ? other / total / k : 0.0,
        "assembliesOverlap", pairs > 0 ? assemblyOverlap / pairs : 0.0);
  }
}
