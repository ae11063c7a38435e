package org.assemblies.language.acquisition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordLearnerTest {
  /** The spec's areas and parameters (n = 10⁵, k = 50, p = 0.05, β = 0.06) with 3 nouns and 2 verbs. */
  private static final WordLearner.Config THREE_NOUNS = WordLearner.Config.defaults().withLexicon(3, 2);

  /** The reference's {@code train_each_sentence}: every sentence once, here without noun 2. */
  private static void hearEverySentenceWithoutNoun2(WordLearner l, int rounds) {
    for (int r = 0; r < rounds; r++) {
      for (int noun = 0; noun < 2; noun++) {
        for (int verb = 0; verb < 2; verb++) {
          l.hearSentence(noun, verb);
        }
      }
    }
  }

  @Test
  void heardWordsPassBothTestsAndAnUnheardNounFailsBoth() {
    // 15 rounds of the 4 sentences (60 sentences): every heard word passed both tests, and the
    // unheard noun failed both, in each of 100 seeds (0–99) we tried; random sentences need ≈58.
    WordLearner l = WordLearner.of(THREE_NOUNS, 3);
    hearEverySentenceWithoutNoun2(l, 15);
    assertThat(l.heard()).isEqualTo(60);
    for (int word : new int[] {0, 1, 3, 4}) {
      assertThat(l.recovers(word)).as("readout of word %d (recovery %.2f)", word, l.recovery(word)).isTrue();
      WordLearner.Stability s = l.stability(word);
      assertThat(l.isNoun(word) ? s.noun() : s.verb()).as("own area of word %d", word).isGreaterThanOrEqualTo(0.75);
      assertThat(l.classifies(word)).as("classification of word %d: %s", word, s).isTrue();
    }
    assertThat(l.recovery(2)).isLessThan(0.75);
    assertThat(l.recovers(2)).isFalse();
    assertThat(l.classifies(2)).isFalse();
    assertThat(l.allRecovered()).isFalse();
  }

  @Test
  void aLearnerThatHeardNothingKnowsNoWordAndTestingTeachesNothing() {
    WordLearner l = WordLearner.of(WordLearner.Config.defaults(), 5);
    for (int repeat = 0; repeat < 20; repeat++) {
      for (int word = 0; word < 4; word++) {
        assertThat(l.recovery(word)).isLessThan(0.75);
        assertThat(l.classifies(word)).isFalse();
      }
    }
    assertThat(l.allRecovered()).isFalse();
    assertThat(l.allClassified()).isFalse();
    assertThat(l.heard()).isZero();
  }

  @Test
  void aFewSentencesAreNotEnough() {
    WordLearner l = WordLearner.of(THREE_NOUNS, 4);
    hearEverySentenceWithoutNoun2(l, 1);
    assertThat(l.allRecovered()).isFalse();
  }

  @Test
  void theSameSeedGivesTheSameLearning() {
    WordLearner.Learning a = WordLearner.sentencesUntilLearned(WordLearner.Config.defaults(), 0, 500);
    WordLearner.Learning b = WordLearner.sentencesUntilLearned(WordLearner.Config.defaults(), 0, 500);
    assertThat(a).isEqualTo(b);
    assertThat(a.recovered()).isBetween(2, 500);
    assertThat(a.learned()).isBetween(a.recovered(), 500); // seed 0: 56 and 59
    WordLearner.Learning c = WordLearner.sentencesUntilLearned(WordLearner.Config.defaults(), 0, 3);
    assertThat(c).isEqualTo(new WordLearner.Learning(-1, -1));
  }

  @Test
  void badInputNamesTheParameterAndTheRange() {
    WordLearner.Config d = WordLearner.Config.defaults();
    assertThatThrownBy(() -> d.withLexicon(1, 2)).hasMessageContaining("nouns=1").hasMessageContaining("[2, 10000]");
    assertThatThrownBy(() -> d.withBeta(-0.1)).hasMessageContaining("beta=-0.1");
    assertThatThrownBy(() -> d.withLexicalArea(100, 50)).hasMessageContaining("lexN=100");
    WordLearner l = WordLearner.of(d, 1);
    assertThatThrownBy(() -> l.hearSentence(2, 0)).hasMessageContaining("noun=2").hasMessageContaining("[0, 1]");
    assertThatThrownBy(() -> l.hearSentence(0, -1)).hasMessageContaining("verb=-1");
    assertThatThrownBy(() -> l.recovery(4)).hasMessageContaining("word=4").hasMessageContaining("[0, 3]");
    assertThatThrownBy(() -> WordLearner.sentencesUntilLearned(d, 1, 1)).hasMessageContaining("maxSentences=1");
  }
}
