package org.assemblies.computation.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrigramBabblerTest {
  /**
   * Small word assemblies (k = 40, p = 0.25: the same kp = 10 synapses per assembly pair as the
   * experiment's k = 100, p = 0.1); noise 0.8 is the authors' 10 at k = 500 scaled by k.
   */
  static final TrigramBabbler.Config SMALL = new TrigramBabbler.Config(40, 0.25, 60, 0.5, 0.8, 10, 10, 5);

  @Test
  void tokensFollowTheAuthorsCleaning() {
    assertThat(TrigramBabbler.tokens("The Owl, and the pea-green boat. O let: us \"be\" married!  Hi;"))
        .containsExactly("the", "owl", "and", "the", "pea", "green", "boat", ".", "o", "let", "us", "be",
            "married", ".", "hi", ".");
    List<String> poem = TrigramBabbler.tokens(TrigramBabbler.OWL_AND_PUSSYCAT);
    assertThat(poem).hasSize(181).startsWith("the", "owl", "and", "the", "pussycat").endsWith("the", "moon", ".");
  }

  @Test
  void aQuietBabblerRecitesANoisyOneInvents() {
    List<String> poem = TrigramBabbler.tokens(TrigramBabbler.OWL_AND_PUSSYCAT);
    TrigramBabbler b = TrigramBabbler.train(poem, SMALL, 2);
    assertThat(b.vocabulary()).hasSize(108).startsWith("the", "owl", "and", "pussycat");
    assertThat(b.isTrainingTrigram("the", "owl", "and")).isTrue();
    assertThat(b.isTrainingTrigram("the", "owl", "owl")).isFalse();
    List<String> words = b.babble("the", "owl", 60, 1);
    assertThat(words).hasSize(62).startsWith("the", "owl");
    assertThat(b.babble("the", "owl", 60, 1)).as("reproducible").isEqualTo(words);
    // 4 seeds: noise 0: 0.97–1.00; noise 0.8: 0.92–0.98; noise 5: 0.07–0.12
    assertThat(b.trainingTrigramFraction(words)).isGreaterThanOrEqualTo(0.85);
    TrigramBabbler loud = TrigramBabbler.train(poem,
        new TrigramBabbler.Config(40, 0.25, 60, 0.5, 5, 10, 10, 5), 2);
    assertThat(loud.trainingTrigramFraction(loud.babble("the", "owl", 60, 1))).isLessThan(0.3);
    assertThat(TrigramBabbler.render(List.of("the", "owl", ".", "they"))).isEqualTo("the owl. they");
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> new TrigramBabbler.Config(0, 0.1, 60, 0.5, 1, 10, 10, 5)).hasMessageContaining("k=0");
    assertThatThrownBy(() -> new TrigramBabbler.Config(40, 0.1, 60, 0.5, 1, 10, 10, 0))
        .hasMessageContaining("presentations=0");
    assertThatThrownBy(() -> TrigramBabbler.train(List.of("a", "b"), SMALL, 1)).hasMessageContaining("2 words");
    TrigramBabbler b = TrigramBabbler.train(List.of("a", "b", "c", "a", "b"), SMALL, 1);
    assertThatThrownBy(() -> b.babble("a", "zebra", 3, 1)).hasMessageContaining("'zebra'");
    assertThatThrownBy(() -> b.babble("a", "b", -1, 1)).hasMessageContaining("length=-1");
  }
}
