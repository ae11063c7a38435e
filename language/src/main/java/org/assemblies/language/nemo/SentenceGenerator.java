package org.assemblies.language.nemo;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;
import org.assemblies.core.Seeds;

/**
 * Says sentences with a {@link LanguageLearner}'s brain (plasticity off, nothing learned). The
 * scene is perceived and its role assemblies are held, the mood fires, and then, until every role
 * has been expressed: the firing area — MOOD at first, afterwards the syntactic area of the last
 * constituent — fires into the role areas not yet expressed; by mutual inhibition only the one with
 * the largest total input fires ({@link MutualInhibition}); its assembly evokes its word in PHON;
 * it disinhibits its syntactic area, which takes its assembly from MOOD and becomes the firing
 * area. No position is counted and no word list is consulted: the order and the words come from
 * the learned synapses.
 */
public final class SentenceGenerator {
  private final LanguageLearner learner;

  /**
   * A sentence the generator said.
   *
   * @param words the words, in the order said ({@code null} where a role evoked no word)
   * @param roles the role of each word, in the order said
   * @param scene what was described
   * @param mood the mood
   * @param novel whether the learner never heard this word sequence
   * @param margins each competition's winning input over the runner-up's (infinite when one
   *     candidate was left)
   */
  public record Sentence(List<String> words, List<Role> roles, Scene scene, String mood, boolean novel,
      List<Double> margins) {
    public Sentence {
      words = java.util.Collections.unmodifiableList(new ArrayList<>(words));
      roles = List.copyOf(roles);
      margins = List.copyOf(margins);
    }

    /** The order said, e.g. "SVO". */
    public String order() {
      return WordOrder.symbols(roles);
    }

    /** The words joined by spaces. */
    public String text() {
      return String.join(" ", words.stream().map(w -> w == null ? "?" : w).toList());
    }
  }

  public SentenceGenerator(LanguageLearner learner) {
    if (learner == null) {
      throw new IllegalArgumentException("learner must not be null");
    }
    this.learner = learner;
  }

  /** Describes {@code scene} in {@code mood}. Every concept of the scene must have been perceived. */
  public Sentence generate(Scene scene, String mood) {
    if (scene == null) {
      throw new IllegalArgumentException("scene must not be null");
    }
    for (Role r : Role.values()) {
      if (!learner.knowsConcept(scene.concept(r))) {
        throw new IllegalArgumentException(r.name().toLowerCase(java.util.Locale.ROOT) + "='"
            + scene.concept(r) + "' is a concept the learner never perceived");
      }
    }
    int m = learner.moodIndex(mood);
    Brain brain = learner.brain();
    boolean plastic = brain.isPlasticityEnabled();
    brain.setPlasticityEnabled(false);
    try {
      learner.reset();
      learner.perceive(scene);
      brain.activate(LanguageLearner.MOOD, m);
      List<Role> open = new ArrayList<>(List.of(Role.values()));
      List<Role> said = new ArrayList<>();
      List<String> words = new ArrayList<>();
      List<Double> margins = new ArrayList<>();
      String firing = LanguageLearner.MOOD;
      while (!open.isEmpty()) {
        MutualInhibition.Result c = MutualInhibition.compete(brain, List.of(firing),
            open.stream().map(Role::area).toList());
        Role r = open.stream().filter(x -> x.area().equals(c.winner())).findFirst().orElseThrow();
        margins.add(c.margin());
        words.add(learner.readWord(r));
        said.add(r);
        open.remove(r);
        String syn = r.syntacticArea();
        brain.project(Projection.builder().area(LanguageLearner.MOOD, syn).build());
        brain.project(Projection.builder().area(LanguageLearner.MOOD, syn).area(syn, syn).build(),
            learner.config().hearRounds() - 1);
        firing = syn;
      }
      learner.reset();
      return new Sentence(words, said, scene, mood, !learner.hasHeard(words), margins);
    } finally {
      brain.setPlasticityEnabled(plastic);
    }
  }

  /**
   * Describes a random scene never heard about, drawn with {@code seed} among the scenes whose
   * agent, action and patient were each perceived in that role (agent ≠ patient).
   *
   * @throws IllegalStateException when every such scene has been heard about
   */
  public Sentence generateSentence(String mood, long seed) {
    List<Scene> fresh = unheardScenes();
    if (fresh.isEmpty()) {
      throw new IllegalStateException("every scene of known concepts has been heard about; nothing novel to say");
    }
    UniformRandomProvider rng = Seeds.stream(seed, 0x6e656d6fL);
    return generate(fresh.get(rng.nextInt(fresh.size())), mood);
  }

  /** {@link #generateSentence(String, long)} in the learner's first mood. */
  public Sentence generateSentence(long seed) {
    return generateSentence(learner.config().moods().getFirst(), seed);
  }

  /** The scenes never heard about whose concepts were each perceived in their role (agent ≠ patient). */
  public List<Scene> unheardScenes() {
    List<Scene> out = new ArrayList<>();
    for (String a : learner.conceptsSeenAs(Role.AGENT)) {
      for (String v : learner.conceptsSeenAs(Role.ACTION)) {
        for (String o : learner.conceptsSeenAs(Role.PATIENT)) {
          Scene s = Scene.of(a, v, o);
          if (!a.equals(o) && !learner.hasHeardAbout(s)) {
            out.add(s);
          }
        }
      }
    }
    return out;
  }
}
