package org.assemblies.language.nemo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A staged course for a {@link LanguageLearner}: stage 1, every word alone with its referent
 * ({@code wordRepetitions} times, in turn); stage 2, sentences with their scenes and moods.
 *
 * @param words stage 1: word → the concept it names
 * @param wordRepetitions how often stage 1 goes through the words (0 skips stage 1)
 * @param sentences stage 2, in order
 */
public record Curriculum(Map<String, String> words, int wordRepetitions, List<Utterance> sentences) {

  /**
   * A sentence with what the learner perceives while hearing it.
   *
   * @param words the tokens
   * @param scene the scene described
   * @param mood the mood
   */
  public record Utterance(List<String> words, Scene scene, String mood) {
    public Utterance {
      words = List.copyOf(words);
      if (scene == null || mood == null) {
        throw new IllegalArgumentException("an utterance needs a scene and a mood");
      }
    }
  }

  /**
   * What the learner made of stage 2, scored by the teacher.
   *
   * @param sentencesHeard sentences heard in stage 2
   * @param routingAccuracy fraction of stage-2 words the network gave to the role of the concept the
   *     word names (per the stage-1 word → concept map; words not in it are not scored)
   */
  public record Result(int sentencesHeard, double routingAccuracy) {}

  public Curriculum {
    words = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(words));
    sentences = List.copyOf(sentences);
    if (wordRepetitions < 0) {
      throw new IllegalArgumentException("wordRepetitions=" + wordRepetitions + " must be ≥ 0");
    }
  }

  /** Runs both stages on {@code learner}. */
  public Result train(LanguageLearner learner) {
    for (int rep = 0; rep < wordRepetitions; rep++) {
      words.forEach(learner::hearWord);
    }
    int scored = 0;
    int right = 0;
    for (Utterance u : sentences) {
      List<Role> roles = learner.hearSentence(u.words(), u.scene(), u.mood());
      for (int i = 0; i < roles.size(); i++) {
        String concept = words.get(u.words().get(i));
        if (concept != null) {
          scored++;
          right += u.scene().concept(roles.get(i)).equals(concept) ? 1 : 0;
        }
      }
    }
    return new Result(sentences.size(), scored == 0 ? Double.NaN : (double) right / scored);
  }
}
