package org.assemblies.lm.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assemblies.lm.Example;
import org.assemblies.lm.Task;
import org.junit.jupiter.api.Test;

class TasksTest {

  private static int[] scoredPositions(Example e) {
    return java.util.stream.IntStream.range(0, e.length()).filter(i -> e.targets()[i] != Example.IGNORE).toArray();
  }

  private static void inVocabulary(Task t, List<Example> examples) {
    for (Example e : examples) {
      for (int i = 0; i < e.length(); i++) {
        assertThat(e.tokens()[i]).isBetween(0, t.vocabularySize() - 1);
        assertThat(e.targets()[i]).isBetween(Example.IGNORE, t.vocabularySize() - 1);
      }
    }
  }

  @Test
  void everyTaskIsReproducibleBySeedAndStaysInItsVocabulary() {
    for (String name : Tasks.NAMES) {
      Map<String, String> opts = name.equals("selective-copy") ? Map.of("length", "64") : Map.of();
      Task t = Tasks.create(name, opts);
      List<Example> a = t.samples(7, 20);
      assertThat(t.samples(7, 20)).as(name).isEqualTo(a);
      assertThat(t.samples(8, 20)).as(name).isNotEqualTo(a);
      inVocabulary(t, a);
      assertThat(a).allSatisfy(e -> assertThat(e.scoredCount()).isPositive());
    }
  }

  @Test
  void copyHasTheClassicLayoutAndBaseline() {
    CopyTask t = CopyTask.of(100);
    Example e = t.samples(1, 1).get(0);
    assertThat(e.length()).isEqualTo(120);
    assertThat(scoredPositions(e)).containsExactly(java.util.stream.IntStream.range(110, 120).toArray());
    assertThat(e.tokens()[109]).isEqualTo(t.delimiter());
    for (int i = 0; i < 10; i++) {
      assertThat(e.tokens()[i]).isBetween(0, 7);
      assertThat(e.targets()[110 + i]).isEqualTo(e.tokens()[i]);
    }
    for (int i = 10; i < 120; i++) {
      assertThat(e.tokens()[i]).isEqualTo(i == 109 ? t.delimiter() : t.blank());
    }
    // 10 ln 8 / (T + 20), Arjovsky et al. 2016
    assertThat(t.memorylessNatsPerStep()).isEqualTo(10 * Math.log(8) / 120);
  }

  @Test
  void stringCopyTeacherForcesTheCopyAndTestsLongerStrings() {
    StringCopyTask t = StringCopyTask.standard();
    for (Example e : t.samples(3, 50)) {
      int n = (e.length() - 2) / 2;
      assertThat(n).isBetween(1, 64);
      assertThat(e.tokens()[0]).isEqualTo(StringCopyTask.BOS);
      assertThat(e.tokens()[n + 1]).isEqualTo(StringCopyTask.COPY);
      for (int i = 0; i < n; i++) {
        assertThat(e.tokens()[n + 2 + i]).isEqualTo(e.tokens()[1 + i]);
        assertThat(e.targets()[n + 1 + i]).isEqualTo(e.tokens()[1 + i]);
      }
      assertThat(e.targets()[2 * n + 1]).isEqualTo(StringCopyTask.EOS);
      assertThat(e.scoredCount()).isEqualTo(n + 1);
    }
    Set<Integer> lengths = new HashSet<>();
    for (Example e : t.testTask().samples(3, 200)) {
      lengths.add((e.length() - 2) / 2);
    }
    assertThat(lengths).allSatisfy(n -> assertThat(n).isBetween(65, 256));
    assertThat(java.util.Collections.max(lengths)).isGreaterThan(200);
  }

  @Test
  void selectiveCopyKeepsTheDataInOrder() {
    SelectiveCopyTask t = new SelectiveCopyTask(200, 16, 16);
    for (Example e : t.samples(4, 20)) {
      assertThat(e.length()).isEqualTo(216);
      List<Integer> data = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        if (e.tokens()[i] != t.noise()) {
          data.add(e.tokens()[i]);
        }
      }
      assertThat(data).hasSize(16);
      assertThat(e.tokens()[200]).isEqualTo(t.delimiter());
      for (int i = 0; i < 16; i++) {
        assertThat(e.targets()[200 + i]).isEqualTo(data.get(i));
      }
      assertThat(e.scoredCount()).isEqualTo(16);
    }
  }

  @Test
  void associativeRecallAnswersTheQueriedKeysValue() {
    AssociativeRecallTask t = AssociativeRecallTask.standard();
    for (Example e : t.samples(5, 100)) {
      assertThat(e.length()).isEqualTo(39);
      Map<Integer, Integer> map = new HashMap<>();
      for (int i = 0; i < 38; i += 2) {
        assertThat(e.tokens()[i]).isBetween(0, 9);
        assertThat(e.tokens()[i + 1]).isBetween(10, 19);
        Integer prev = map.put(e.tokens()[i], e.tokens()[i + 1]);
        assertThat(prev == null || prev == e.tokens()[i + 1]).isTrue();
      }
      assertThat(scoredPositions(e)).containsExactly(38);
      assertThat(e.targets()[38]).isEqualTo(map.get(e.tokens()[38]));
    }
  }

  @Test
  void inductionCopiesTheTokenAfterTheFirstSpecial() {
    InductionHeadTask t = InductionHeadTask.standard();
    for (Example e : t.samples(6, 100)) {
      assertThat(e.length()).isEqualTo(30);
      int first = -1;
      int count = 0;
      for (int i = 0; i < 30; i++) {
        if (e.tokens()[i] == 19) {
          count++;
          if (first < 0) {
            first = i;
          }
        }
      }
      assertThat(count).isEqualTo(2);
      assertThat(e.tokens()[29]).isEqualTo(19);
      assertThat(e.targets()[29]).isEqualTo(e.tokens()[first + 1]);
      assertThat(e.scoredCount()).isEqualTo(1);
    }
  }

  @Test
  void mqarFollowsZoology() {
    for (int[] s : Tasks.MQAR_SETTINGS) {
      MqarTask t = MqarTask.of(s[0], s[1]);
      for (Example e : t.samples(9, 30)) {
        assertThat(e.length()).isEqualTo(s[1]);
        Map<Integer, Integer> kv = new HashMap<>();
        Set<Integer> values = new HashSet<>();
        for (int i = 0; i < 2 * s[0]; i += 2) {
          assertThat(e.tokens()[i]).isBetween(1, 4095);
          assertThat(e.tokens()[i + 1]).isBetween(4096, 8191);
          assertThat(kv.put(e.tokens()[i], e.tokens()[i + 1])).isNull();
          assertThat(values.add(e.tokens()[i + 1])).isTrue();
        }
        int[] q = scoredPositions(e);
        assertThat(q).hasSize(s[0]);
        Set<Integer> queried = new HashSet<>();
        for (int pos : q) {
          assertThat(pos).isGreaterThanOrEqualTo(2 * s[0]);
          assertThat((pos - 2 * s[0]) % 2).isZero();
          assertThat(e.targets()[pos]).isEqualTo(kv.get(e.tokens()[pos]));
          queried.add(e.tokens()[pos]);
        }
        assertThat(queried).isEqualTo(kv.keySet());
      }
    }
  }

  @Test
  void mqarQueryGapsFollowThePowerLaw() {
    // The first query's gap is one draw from p(g) ∝ a (g+1)^(a-1); compare its histogram with p
    // over 20 000 examples: the binomial standard error of each bin is at most ~0.0035.
    MqarTask t = MqarTask.of(4, 64);
    int space = t.space();
    double[] w = MqarTask.gapWeights(space, 0.01);
    double total = java.util.Arrays.stream(w).sum();
    int n = 20_000;
    int[] hist = new int[space];
    org.apache.commons.rng.UniformRandomProvider rng =
        org.apache.commons.rng.simple.RandomSource.SPLIT_MIX_64.create(11);
    for (int i = 0; i < n; i++) {
      Example e = t.sample(rng);
      int key = e.tokens()[0];
      for (int pos = 8; pos < 64; pos += 2) {
        if (e.targets()[pos] != Example.IGNORE && e.tokens()[pos] == key) {
          hist[(pos - 8) / 2]++;
        }
      }
    }
    for (int g = 0; g < space; g++) {
      assertThat(hist[g] / (double) n).as("gap %d", g).isCloseTo(w[g] / total, org.assertj.core.data.Offset.offset(0.015));
    }
    // short gaps are favoured: p(0) / p(27) = 28^0.99 ≈ 27
    assertThat(w[0] / w[space - 1]).isCloseTo(Math.pow(28, 0.99), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(hist[0]).isGreaterThan(10 * hist[space - 1]);
  }

  @Test
  void stackedMqarPutsKeyAndValueInOnePosition() {
    StackedMqarTask t = StackedMqarTask.of(8, 64);
    assertThat(t.vocabularySize()).isEqualTo(64 + 64 + 64 * 64);
    for (Example e : t.samples(10, 30)) {
      Map<Integer, Integer> kv = new HashMap<>();
      for (int i = 0; i < 8; i++) {
        int p = e.tokens()[i] - 128;
        assertThat(p).isBetween(0, 64 * 64 - 1);
        assertThat(kv.put(p / 64, p % 64)).isNull();
      }
      int[] q = scoredPositions(e);
      assertThat(q).hasSize(8);
      for (int pos : q) {
        assertThat(e.tokens()[pos]).isBetween(0, 63);
        assertThat(e.targets()[pos]).isEqualTo(t.valueToken(kv.get(e.tokens()[pos])));
      }
    }
  }

  @Test
  void badNamesAndOptionsAreNamed() {
    assertThatThrownBy(() -> Tasks.create("cpy", Map.of())).hasMessageContaining("unknown task 'cpy'")
        .hasMessageContaining("copy");
    assertThatThrownBy(() -> Tasks.create("copy", Map.of("blank", "5"))).hasMessageContaining("'blank'")
        .hasMessageContaining("blanks");
    assertThatThrownBy(() -> Tasks.create("mqar", Map.of("pairs", "x"))).hasMessageContaining("pairs=x");
    assertThatThrownBy(() -> Tasks.create("mqar", Map.of("pairs", "64", "length", "100")))
        .hasMessageContaining("length=100");
    assertThatThrownBy(() -> new AssociativeRecallTask(21, 40)).hasMessageContaining("vocabulary=21");
  }
}
