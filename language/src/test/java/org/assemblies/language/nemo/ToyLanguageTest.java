package org.assemblies.language.nemo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ToyLanguageTest {
  private static ToyLanguage twoMoods() {
    Map<String, WordOrder> orders = new LinkedHashMap<>();
    orders.put("declarative", WordOrder.of("SVO"));
    orders.put("question", WordOrder.of("OSV"));
    return ToyLanguage.of(orders);
  }

  @Test
  void saysScenesInEachMoodsOrder() {
    ToyLanguage t = twoMoods();
    Scene s = Scene.of("dog", "chase", "cat");
    assertThat(t.say(s, "declarative")).containsExactly("dog", "chases", "cat");
    assertThat(t.say(s, "question")).containsExactly("cat", "dog", "chases");
    assertThat(t.scenes()).hasSize(4 * 3 * 3).allMatch(x -> !x.agent().equals(x.patient()));
    assertThatThrownBy(() -> t.say(s, "imperative")).hasMessageContaining("mood 'imperative'");
  }

  @Test
  void aCurriculumTeachesWordsThenSentencesAboutHalfTheScenes() {
    ToyLanguage t = twoMoods();
    Curriculum c = t.curriculum(2, 40, 9);
    assertThat(c.words()).hasSize(7).containsEntry("chases", "chase");
    assertThat(c.wordRepetitions()).isEqualTo(2);
    assertThat(c.sentences()).hasSize(40);
    assertThat(c.sentences().stream().map(Curriculum.Utterance::mood).distinct()).containsExactly("declarative", "question");
    Set<Scene> taught = c.sentences().stream().map(Curriculum.Utterance::scene).collect(Collectors.toSet());
    assertThat(taught.size()).isLessThanOrEqualTo(t.scenes().size() / 2);
    for (Curriculum.Utterance u : c.sentences()) {
      assertThat(u.words()).isEqualTo(t.say(u.scene(), u.mood()));
    }
    assertThat(t.curriculum(2, 40, 9)).isEqualTo(c);
    assertThat(t.curriculum(2, 40, 10)).isNotEqualTo(c);
  }

  @Test
  void badCoursesAreRefused() {
    assertThatThrownBy(() -> new Curriculum(Map.of(), -1, List.of())).hasMessageContaining("wordRepetitions=-1");
    assertThatThrownBy(() -> twoMoods().curriculum(1, -2, 1)).hasMessageContaining("sentences=-2");
    assertThatThrownBy(() -> new ToyLanguage(Map.of("dog", "dog"), Map.of("sees", "see"), Map.of("d", WordOrder.of("SVO"))))
        .hasMessageContaining("≥ 2 nouns");
  }
}
