package org.assemblies.language.nemo;

import java.util.HashSet;
import java.util.List;

/**
 * Parameters of the word-order learner ({@link LanguageLearner}). The defaults were derived for
 * this model (docs/design/nemo.md): they give the trained order in every generated sentence for all
 * six orders over 10 seeds, in about a second per brain.
 *
 * @param p connection probability
 * @param n neurons of each lazy area (role and syntactic areas)
 * @param k cap of every area; also the size of each explicit assembly (word, concept, mood)
 * @param beta Hebbian plasticity of every synapse
 * @param maxWeight the cap on every weight (the C++ reference's cap): without it the recurrent
 *     weights of an often-perceived assembly grow without bound and a few neurons it shares with
 *     another assembly drag that one into it
 * @param perceiveRounds rounds of {@code SCENE → role, role → role} that form a concept's assembly
 *     in a role area
 * @param hearRounds rounds each heard word is projected
 * @param carryRounds the first rounds of a word during which the previous constituent's syntactic
 *     area (or MOOD, before the first word) still fires into the current word's role area — the
 *     synapses that learn the order; at most {@code hearRounds}
 * @param maxWords capacity of the PHON area, in words
 * @param maxConcepts capacity of the SCENE area, in concepts
 * @param moods the moods (one MOOD assembly each), e.g. "declarative", "question"
 */
public record NemoConfig(double p, int n, int k, double beta, double maxWeight, int perceiveRounds, int hearRounds,
    int carryRounds, int maxWords, int maxConcepts, List<String> moods) {

  public NemoConfig {
    if (!(p > 0 && p <= 1)) {
      throw new IllegalArgumentException("p=" + p + " must be in (0, 1]");
    }
    if (k < 1) {
      throw new IllegalArgumentException("k=" + k + " must be ≥ 1");
    }
    if (n <= 2 * k) {
      throw new IllegalArgumentException("n=" + n + " must be > 2k = " + 2 * k);
    }
    if (!(beta >= 0 && beta <= 1)) {
      throw new IllegalArgumentException("beta=" + beta + " must be in [0, 1]");
    }
    if (!(maxWeight >= 1)) {
      throw new IllegalArgumentException("maxWeight=" + maxWeight + " must be ≥ 1 (or infinite)");
    }
    positive("perceiveRounds", perceiveRounds);
    positive("hearRounds", hearRounds);
    if (carryRounds < 1 || carryRounds > hearRounds) {
      throw new IllegalArgumentException(
          "carryRounds=" + carryRounds + " must be in [1, hearRounds] = [1, " + hearRounds + "]");
    }
    positive("maxWords", maxWords);
    positive("maxConcepts", maxConcepts);
    if (moods == null || moods.isEmpty()) {
      throw new IllegalArgumentException("moods must name at least one mood");
    }
    moods = List.copyOf(moods);
    if (moods.stream().anyMatch(String::isBlank) || new HashSet<>(moods).size() != moods.size()) {
      throw new IllegalArgumentException("moods " + moods + " must be distinct non-empty names");
    }
  }

  private static void positive(String name, int v) {
    if (v < 1) {
      throw new IllegalArgumentException(name + "=" + v + " must be ≥ 1");
    }
  }

  /**
   * p=0.05, n=10000, k=50, β=0.1, weights capped at 10, 10 perceive rounds, 5 hear rounds all of
   * which carry the previous constituent, 32 words and concepts, moods "declarative" and "question".
   */
  public static NemoConfig defaults() {
    return new NemoConfig(0.05, 10_000, 50, 0.1, 10, 10, 5, 5, 32, 32, List.of("declarative", "question"));
  }

  /** A copy with other moods. */
  public NemoConfig withMoods(List<String> moods) {
    return new NemoConfig(p, n, k, beta, maxWeight, perceiveRounds, hearRounds, carryRounds, maxWords, maxConcepts, moods);
  }
}
