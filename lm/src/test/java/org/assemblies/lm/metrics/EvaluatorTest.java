package org.assemblies.lm.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.assemblies.lm.Example;
import org.assemblies.lm.LanguageModel;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

  /** A model that always predicts the same distribution. */
  static LanguageModel fixed(double... p) {
    return new LanguageModel() {
      @Override
      public String name() {
        return "fixed";
      }

      @Override
      public int vocabularySize() {
        return p.length;
      }

      @Override
      public double trainStep(List<Example> batch) {
        return 0;
      }

      @Override
      public float[][] logProbabilities(int[] tokens) {
        float[][] out = new float[tokens.length][p.length];
        for (float[] row : out) {
          for (int v = 0; v < p.length; v++) {
            row[v] = (float) Math.log(p[v]);
          }
        }
        return out;
      }

      @Override
      public long parameters() {
        return 0;
      }

      @Override
      public long nonEmbeddingParameters() {
        return 0;
      }

      @Override
      public long stateSize() {
        return 0;
      }

      @Override
      public void save(Path directory) {}
    };
  }

  @Test
  void uniformOverFourCostsTwoBits() {
    Example e = new Example(new int[] {0, 1, 2, 3}, new int[] {1, 2, 3, 0});
    Evaluation ev = Evaluator.evaluate(fixed(0.25, 0.25, 0.25, 0.25), List.of(e));
    assertThat(ev.bits()).isCloseTo(2.0, within(1e-6));
    assertThat(ev.nats()).isCloseTo(Math.log(4), within(1e-6));
  }

  @Test
  void dyadicDistributionGivesItsCrossEntropyAndArgmaxAccuracy() {
    // p = (1/2, 1/4, 1/8, 1/8): targets 0, 1, 2, 3 cost 1, 2, 3, 3 bits; mean 9/4
    LanguageModel m = fixed(0.5, 0.25, 0.125, 0.125);
    Example e = new Example(new int[] {0, 0, 0, 0, 0}, new int[] {0, 1, Example.IGNORE, 2, 3});
    Example f = new Example(new int[] {0, 0}, new int[] {0, 0});
    Evaluation ev = Evaluator.evaluate(m, List.of(e, f));
    // six scored positions: 1 + 2 + 3 + 3 + 1 + 1 = 11 bits
    assertThat(ev.bits()).isCloseTo(11 / 6.0, within(1e-6));
    assertThat(ev.scored()).isEqualTo(6);
    assertThat(ev.accuracy()).isCloseTo(3 / 6.0, within(1e-12));
    assertThat(ev.exampleAccuracy()).isCloseTo((0.25 + 1) / 2, within(1e-12));
    assertThat(ev.exactMatch()).isCloseTo(0.5, within(1e-12));
    assertThat(Metrics.bits(Math.log(8))).isCloseTo(3, within(1e-12));
  }
}
