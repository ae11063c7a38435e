package org.assemblies.language.nemo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.ListSampler;
import org.assemblies.core.Seeds;

/**
 * The teacher: a small language of nouns and transitive verbs, one word order per mood. It says
 * sentences about scenes and writes curricula; the ground truth (which word is a noun, the order)
 * lives here and never in the learner.
 *
 * @param nouns noun → the object concept it names
 * @param verbs verb → the action concept it names
 * @param orders mood → its word order
 */
public record ToyLanguage(Map<String, String> nouns, Map<String, String> verbs, Map<String, WordOrder> orders) {

  public ToyLanguage {
    nouns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nouns));
    verbs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(verbs));
    orders = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(orders));
    if (nouns.size() < 2 || verbs.isEmpty() || orders.isEmpty()) {
      throw new IllegalArgumentException("a language needs ≥ 2 nouns, ≥ 1 verb and ≥ 1 mood; got "
          + nouns.size() + ", " + verbs.size() + ", " + orders.size());
    }
  }

  /** dog, cat, mouse, bird; chases, sees, bites; the given mood → order map. */
  public static ToyLanguage of(Map<String, WordOrder> orders) {
    Map<String, String> nouns = new LinkedHashMap<>();
    for (String n : List.of("dog", "cat", "mouse", "bird")) {
      nouns.put(n, n);
    }
    Map<String, String> verbs = new LinkedHashMap<>();
    verbs.put("chases", "chase");
    verbs.put("sees", "see");
    verbs.put("bites", "bite");
    return new ToyLanguage(nouns, verbs, orders);
  }

  /** Every word → its concept, nouns first. */
  public Map<String, String> lexicon() {
    Map<String, String> m = new LinkedHashMap<>(nouns);
    m.putAll(verbs);
    return m;
  }

  /** The word for a concept. */
  public String wordFor(String concept) {
    return lexicon().entrySet().stream().filter(e -> e.getValue().equals(concept)).map(Map.Entry::getKey)
        .findFirst().orElseThrow(() -> new IllegalArgumentException("no word for concept '" + concept + "'"));
  }

  /** The sentence about {@code scene} in {@code mood}. */
  public List<String> say(Scene scene, String mood) {
    WordOrder o = orders.get(mood);
    if (o == null) {
      throw new IllegalArgumentException("mood '" + mood + "' is not one of " + orders.keySet());
    }
    return o.roles().stream().map(r -> wordFor(scene.concept(r))).toList();
  }

  /** Every scene with two different nouns' concepts as agent and patient. */
  public List<Scene> scenes() {
    List<Scene> out = new ArrayList<>();
    for (String a : nouns.values()) {
      for (String v : verbs.values()) {
        for (String o : nouns.values()) {
          if (!a.equals(o)) {
            out.add(Scene.of(a, v, o));
          }
        }
      }
    }
    return out;
  }

  /**
   * A curriculum: stage 1 every word {@code wordRepetitions} times; stage 2 {@code sentences}
   * sentences about scenes drawn (with {@code seed}) from a fixed half of {@link #scenes()}, the
   * moods taking turns — so the other half stays novel.
   */
  public Curriculum curriculum(int wordRepetitions, int sentences, long seed) {
    if (sentences < 0) {
      throw new IllegalArgumentException("sentences=" + sentences + " must be ≥ 0");
    }
    UniformRandomProvider rng = Seeds.stream(seed, 0x746f79L);
    List<Scene> all = new ArrayList<>(scenes());
    ListSampler.shuffle(rng, all);
    List<Scene> train = all.subList(0, all.size() / 2);
    List<String> moods = List.copyOf(orders.keySet());
    List<Curriculum.Utterance> us = new ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      Scene s = train.get(rng.nextInt(train.size()));
      String mood = moods.get(i % moods.size());
      us.add(new Curriculum.Utterance(say(s, mood), s, mood));
    }
    return new Curriculum(lexicon(), wordRepetitions, us);
  }
}
