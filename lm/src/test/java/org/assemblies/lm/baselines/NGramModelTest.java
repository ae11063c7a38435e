package org.assemblies.lm.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assemblies.lm.Example;
import org.assemblies.lm.data.CharCorpus;
import org.assemblies.lm.metrics.Evaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NGramModelTest {

  /** The text as one example: read all but the last character, predict each next one. */
  static Example text(int... ids) {
    return new Example(java.util.Arrays.copyOf(ids, ids.length - 1), java.util.Arrays.copyOfRange(ids, 1, ids.length));
  }

  static double p(NGramModel m, int[] context, int w) {
    return Math.exp(m.logProbabilities(context)[context.length - 1][w]);
  }

  @Test
  void unigramByHand() {
    // "abacab", vocabulary {a, b, c, d}: targets b a c a b → counts a 2, b 2, c 1; n1 = 1, n2 = 2,
    // D = 1/(1 + 4) = 0.2; P(w) = max(c − 0.2, 0)/5 + 0.2·3/5 · 1/4
    NGramModel m = new NGramModel(1, 4);
    m.trainStep(List.of(text(0, 1, 0, 2, 0, 1)));
    assertThat(m.discount(1)).isCloseTo(0.2, within(1e-12));
    int[] any = {3};
    assertThat(p(m, any, 0)).isCloseTo(1.8 / 5 + 0.03, within(1e-6));
    assertThat(p(m, any, 1)).isCloseTo(0.39, within(1e-6));
    assertThat(p(m, any, 2)).isCloseTo(0.19, within(1e-6));
    assertThat(p(m, any, 3)).isCloseTo(0.03, within(1e-6));
  }

  @Test
  void bigramByHandWithContinuationCounts() {
    // "ababa", vocabulary {a, b, c}. Bigrams: ab ×2, ba ×2 (raw; no n1 or n2 pair → D2 = 0.5).
    // Unigram continuation counts: b follows 1 distinct context, a follows 1 → D1 = 0.5 (n2 = 0).
    // P1(a) = P1(b) = 0.5/2 + 0.5·2/2·1/3 = 5/12, P1(c) = 1/6.
    // P2(b|a) = 1.5/2 + 0.5·1/2·P1(b) = 0.75 + 5/48; P2(c|a) = 0.25/6; P2(a|a) = 0.25·5/12.
    NGramModel m = new NGramModel(2, 3);
    double before = m.trainStep(List.of(text(0, 1, 0, 1, 0)));
    assertThat(before).as("loss before any count: uniform").isCloseTo(Math.log(3), within(1e-9));
    int[] ctx = {0};
    assertThat(p(m, ctx, 1)).isCloseTo(0.75 + 5 / 48.0, within(1e-6));
    assertThat(p(m, ctx, 2)).isCloseTo(0.25 / 6, within(1e-6));
    assertThat(p(m, ctx, 0)).isCloseTo(0.25 * 5 / 12, within(1e-6));
    // an unseen context falls back to the unigram
    NGramModel u = new NGramModel(2, 3);
    u.trainStep(List.of(text(0, 1, 0, 1, 0)));
    assertThat(p(u, new int[] {2}, 0)).isCloseTo(5 / 12.0, within(1e-6));
  }

  @Test
  void distributionsSumToOneAndSaveLoadIsExact(@TempDir Path dir) throws Exception {
    CharCorpus c = CharCorpus.of("t", "the cat sat on the mat; the dog sat on the log. ".repeat(20));
    NGramModel m = new NGramModel(4, c.vocabulary().size());
    m.trainStep(CharCorpus.windows(c.train(), 50));
    int[] probe = java.util.Arrays.copyOf(c.test(), 30);
    float[][] lp = m.logProbabilities(probe);
    for (float[] row : lp) {
      double s = 0;
      for (float x : row) {
        s += Math.exp(x);
      }
      assertThat(s).isCloseTo(1, within(1e-5));
    }
    m.save(dir);
    NGramModel back = NGramModel.load(dir);
    assertThat(back.logProbabilities(probe)).isDeepEqualTo(lp);
    assertThat(back.parameters()).isEqualTo(m.parameters());
    assertThat(new NGramFactory().load(dir).name()).isEqualTo("4-gram");
  }

  @Test
  void mobyDickFiguresAreInTheSpecRange() {
    // spec/lm-lab.md §1: 4-gram ≈ 2.2–2.5 BPC, gzip ≈ 2.5–3.2 on these corpora; shared/data/README
    // (Moby Dick, 90/10): 1-gram 4.41, 4-gram 2.48, 5-gram 2.41 (their smoothing is not stated;
    // Kneser–Ney measures 4.44 / 2.35 / 2.13 here), gzip -9 after the training text 3.17.
    CharCorpus c = CharCorpus.mobyDick();
    List<Example> train = CharCorpus.windows(c.train(), 256);
    List<Example> test = CharCorpus.windows(c.test(), 256);
    List<Double> bpc = new ArrayList<>();
    for (int n : new int[] {1, 4}) {
      NGramModel m = new NGramModel(n, c.vocabulary().size());
      m.trainStep(train);
      bpc.add(Evaluator.evaluate(m, test).bits());
    }
    assertThat(bpc.get(0)).isBetween(4.3, 4.6);
    assertThat(bpc.get(1)).isBetween(2.2, 2.5);
    Compressors.Result gz = Compressors.gzip(c.trainText(), c.testText());
    assertThat(gz.conditional()).isBetween(3.0, 3.3);
    assertThat(gz.alone()).isBetween(gz.conditional(), 3.4);
  }

  @Test
  void compressorsOnATinyText() {
    String text = "abcabcabc".repeat(100);
    Compressors.Result gz = Compressors.gzip(text, text);
    // a 900-character periodic text compresses to a few dozen bytes: well under 1 bit per character
    assertThat(gz.alone()).isLessThan(0.5);
    Compressors.Result bz = Compressors.bzip2(text, text);
    if (bz.available()) {
      assertThat(bz.alone()).isLessThan(1.0);
    } else {
      assertThat(bz.note()).startsWith("unavailable");
    }
  }

  @Test
  void badParametersAreNamed() {
    assertThatThrownBy(() -> new NGramModel(0, 10)).hasMessageContaining("order=0");
    assertThatThrownBy(() -> new NGramModel(8, 8192)).hasMessageContaining("order=8");
    assertThatThrownBy(() -> new NGramFactory().create(10, java.util.Map.of("n", "3"), 1))
        .hasMessageContaining("'n'").hasMessageContaining("order");
  }
}
