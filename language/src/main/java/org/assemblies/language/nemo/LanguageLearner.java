package org.assemblies.language.nemo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;

/**
 * A learner of word meanings and word order (NEMO, spec language.md §3) on an assembly brain. It
 * hears words with what it perceives — a lone referent ({@link #hearWord}), or a scene and a mood
 * ({@link #hearSentence}) — and learns only through Hebbian plasticity, caps and inhibition:
 *
 * <ul>
 *   <li>Areas: PHON (explicit, one assembly per word heard, in order of first hearing), SCENE
 *       (explicit, one assembly per perceived concept), MOOD (explicit, one per mood), the role
 *       areas AGENT, ACTION, PATIENT and the syntactic areas SUBJ, VERB, OBJ (lazy).
 *   <li>Perceiving a scene forms (or recalls) the concept's assembly in each role area
 *       ({@code SCENE → role} with recurrence); the role assemblies are then held for the sentence.
 *   <li>Each heard word fires PHON into the role areas that have not yet been expressed, which
 *       inhibit one another ({@link MutualInhibition}): the role whose assembly receives the most
 *       input takes the word. Nothing tells the learner which role a word fills or whether it is a
 *       noun or a verb; a word ends up with the role whose concept it was heard with.
 *   <li>For {@code hearRounds} rounds the word and its role area learn each other (PHON ↔ role), the
 *       role's syntactic area takes an assembly from MOOD (so it stands for "this constituent in
 *       this mood"), and during the first {@code carryRounds} rounds the syntactic area of the
 *       previous constituent — MOOD for the first word — fires into the current role area. These
 *       last synapses are the learned word order.
 * </ul>
 *
 * <p>Not thread-safe. All randomness comes from the seed: the same seed and the same lessons give
 * the same brain, bit for bit.
 */
public final class LanguageLearner {
  static final String PHON = "PHON";
  static final String SCENE = "SCENE";
  static final String MOOD = "MOOD";

  private final NemoConfig config;
  private final Brain brain;
  private final Map<String, Integer> words = new LinkedHashMap<>();
  private final Map<String, Integer> concepts = new LinkedHashMap<>();
  private final Map<Role, Set<String>> conceptsInRole = new EnumMap<>(Role.class);
  private final Set<List<String>> heardSentences = new LinkedHashSet<>();
  private final Set<Scene> heardScenes = new LinkedHashSet<>();

  /** A learner with a fresh brain. */
  public LanguageLearner(NemoConfig config, long seed) {
    if (config == null) {
      throw new IllegalArgumentException("config must not be null");
    }
    this.config = config;
    int k = config.k();
    brain = Brain.builder(config.p()).seed(seed).maxWeight(config.maxWeight()).build();
    brain.addExplicitArea(PHON, config.maxWords() * k, k, config.beta());
    brain.addExplicitArea(SCENE, config.maxConcepts() * k, k, config.beta());
    brain.addExplicitArea(MOOD, config.moods().size() * k, k, config.beta());
    for (Role r : Role.values()) {
      brain.addArea(r.area(), config.n(), k, config.beta());
      conceptsInRole.put(r, new LinkedHashSet<>());
    }
    for (Role r : Role.values()) {
      brain.addArea(r.syntacticArea(), config.n(), k, config.beta());
    }
  }

  /** A learner with {@link NemoConfig#defaults()}. */
  public static LanguageLearner of(long seed) {
    return new LanguageLearner(NemoConfig.defaults(), seed);
  }

  public NemoConfig config() {
    return config;
  }

  /** The learner's brain (for inspection; changing it changes the learner). */
  public Brain brain() {
    return brain;
  }

  /** The words heard so far, in order of first hearing. */
  public List<String> vocabulary() {
    return List.copyOf(words.keySet());
  }

  /** The concepts perceived in a role during sentences so far. */
  public Set<String> conceptsSeenAs(Role role) {
    return Collections.unmodifiableSet(conceptsInRole.get(role));
  }

  /** Whether this exact word sequence has been heard as a sentence. */
  public boolean hasHeard(List<String> sentence) {
    return heardSentences.contains(sentence);
  }

  /** Whether a sentence about this scene has been heard (in any mood). */
  public boolean hasHeardAbout(Scene scene) {
    return heardScenes.contains(scene);
  }

  /**
   * Stage 1: hears a single word while perceiving its referent alone. A lone referent takes no
   * particular role, so it is perceived in every role area; the word and those assemblies learn
   * each other.
   */
  public void hearWord(String word, String concept) {
    int w = wordIndex(word);
    int c = conceptIndex(concept);
    reset();
    for (Role r : Role.values()) {
      perceive(c, r);
    }
    brain.activate(PHON, w);
    Projection.Builder b = Projection.builder();
    for (Role r : Role.values()) {
      b.area(PHON, r.area()).area(r.area(), PHON);
    }
    brain.project(b.build(), config.hearRounds());
    reset();
  }

  /** {@link #hearSentence(List, Scene, String)} in the first mood. */
  public List<Role> hearSentence(List<String> sentence, Scene scene) {
    return hearSentence(sentence, scene, config.moods().getFirst());
  }

  /**
   * Stage 2: hears a transitive sentence while perceiving its scene, in a mood.
   *
   * @param sentence the tokens, e.g. {@code ["dog", "chases", "cat"]}: one word per role
   * @return the role each word was taken by (the network's reading; it need not be right)
   */
  public List<Role> hearSentence(List<String> sentence, Scene scene, String mood) {
    if (sentence == null || sentence.size() != Role.values().length) {
      throw new IllegalArgumentException("sentence " + sentence + " must have "
          + Role.values().length + " words, one per role of the scene");
    }
    if (scene == null) {
      throw new IllegalArgumentException("scene must not be null");
    }
    int m = moodIndex(mood);
    for (String word : sentence) {
      if (word == null || word.isBlank()) {
        throw new IllegalArgumentException("word '" + word + "' must be a non-empty token");
      }
    }
    long fresh = sentence.stream().distinct().filter(x -> !words.containsKey(x)).count();
    if (words.size() + fresh > config.maxWords()) {
      throw new IllegalArgumentException("sentence " + sentence + " does not fit: the PHON area holds maxWords="
          + config.maxWords() + " words and " + words.size() + " are taken");
    }
    for (Role r : Role.values()) {
      conceptIndex(scene.concept(r));
    }
    int[] w = new int[sentence.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = wordIndex(sentence.get(i));
    }
    reset();
    perceive(scene);
    brain.activate(MOOD, m);
    List<Role> open = new ArrayList<>(List.of(Role.values()));
    List<Role> taken = new ArrayList<>();
    String previous = MOOD;
    for (int word : w) {
      brain.activate(PHON, word);
      Role r = compete(PHON, open);
      for (int t = 0; t < config.hearRounds(); t++) {
        Projection.Builder b = Projection.builder()
            .area(PHON, r.area()).area(r.area(), PHON).area(MOOD, r.syntacticArea());
        if (t > 0) {
          b.area(r.syntacticArea(), r.syntacticArea());
        }
        if (t < config.carryRounds()) {
          b.area(previous, r.area());
        }
        brain.project(b.build());
      }
      open.remove(r);
      taken.add(r);
      previous = r.syntacticArea();
    }
    reset();
    for (Role r : Role.values()) {
      conceptsInRole.get(r).add(scene.concept(r));
    }
    heardSentences.add(List.copyOf(sentence));
    heardScenes.add(scene);
    return taken;
  }

  // ------------------------------------------------------------------ shared with the generator

  /** Silences every area (end of an utterance). */
  void reset() {
    for (String a : brain.areaNames()) {
      brain.inhibit(a);
    }
  }

  /** Forms (or recalls) and holds the scene's assembly in every role area. */
  void perceive(Scene scene) {
    for (Role r : Role.values()) {
      perceive(conceptIndex(scene.concept(r)), r);
    }
  }

  void perceive(int concept, Role r) {
    brain.activate(SCENE, concept);
    brain.inhibit(r.area());
    brain.project(Projection.builder().area(SCENE, r.area()).build());
    brain.project(Projection.builder().area(SCENE, r.area()).area(r.area(), r.area()).build(),
        config.perceiveRounds() - 1);
    brain.fix(r.area());
  }

  /** The open role that wins the competition for the input of {@code source}. */
  Role compete(String source, List<Role> open) {
    List<String> candidates = open.stream().map(Role::area).toList();
    String winner = MutualInhibition.compete(brain, List.of(source), candidates).winner();
    return open.stream().filter(r -> r.area().equals(winner)).findFirst().orElseThrow();
  }

  int moodIndex(String mood) {
    int m = config.moods().indexOf(mood);
    if (m < 0) {
      throw new IllegalArgumentException("mood '" + mood + "' is not one of " + config.moods());
    }
    return m;
  }

  boolean knowsConcept(String concept) {
    return concepts.containsKey(concept);
  }

  /**
   * The word the role area's assembly says: the word assemblies of PHON compete like the areas of
   * a group — the one receiving the largest total input from the role assembly fires.
   */
  String readWord(Role r) {
    int k = config.k();
    String best = null;
    double most = -1;
    for (Map.Entry<String, Integer> e : words.entrySet()) {
      int[] assembly = new int[k];
      for (int i = 0; i < k; i++) {
        assembly[i] = e.getValue() * k + i;
      }
      double in = MutualInhibition.totalInput(brain, List.of(r.area()), PHON, assembly);
      if (in > most) {
        most = in;
        best = e.getKey();
      }
    }
    return best;
  }

  private int wordIndex(String word) {
    if (word == null || word.isBlank()) {
      throw new IllegalArgumentException("word '" + word + "' must be a non-empty token");
    }
    Integer i = words.get(word);
    if (i == null) {
      if (words.size() == config.maxWords()) {
        throw new IllegalArgumentException("word '" + word + "' does not fit: the PHON area holds maxWords="
            + config.maxWords() + " words");
      }
      i = words.size();
      words.put(word, i);
    }
    return i;
  }

  int conceptIndex(String concept) {
    if (concept == null || concept.isBlank()) {
      throw new IllegalArgumentException("concept '" + concept + "' must be a non-empty name");
    }
    Integer i = concepts.get(concept);
    if (i == null) {
      if (concepts.size() == config.maxConcepts()) {
        throw new IllegalArgumentException("concept '" + concept
            + "' does not fit: the SCENE area holds maxConcepts=" + config.maxConcepts() + " concepts");
      }
      i = concepts.size();
      concepts.put(concept, i);
    }
    return i;
  }
}
