package org.assemblies.language.acquisition;

import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.core.Assembly;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;
import org.assemblies.core.Seeds;

/**
 * The language organ's first step: learning nouns and verbs and their meanings from grounded
 * two-word sentences (Mitropolsky and Papadimitriou, "The Architecture of a Biologically Plausible
 * Language Organ", arXiv:2306.15364; the reference's {@code learner.py}, spec language.md §2).
 *
 * <p>Areas: PHON (explicit, one assembly per word), VISUAL (explicit, one per noun), MOTOR
 * (explicit, one per verb) and the lexical areas NOUN and VERB (lazy). Words are numbered as in
 * the reference: nouns {@code 0..nouns-1}, then verbs {@code nouns..nouns+verbs-1}. A sentence
 * (noun, verb) keeps VISUAL[noun] and MOTOR[verb] firing throughout; for each word in order, PHON[word]
 * fires with the context into NOUN and VERB for one step, then everything fires for {@code rounds}
 * steps with PHON↔NOUN, PHON↔VERB, VISUAL↔NOUN, MOTOR↔VERB, NOUN→NOUN and VERB→VERB.
 *
 * <p>Two tests, both with plasticity off: {@link #recovers} (the reference's property P: the word's
 * context fires into its lexical area, that into PHON, and the word's PHON assembly must come back)
 * and {@link #classifies} (property Q: PHON[word] drives a stable assembly in its own lexical area
 * and an unstable one in the other). The tests move winners (and may let never-fired neurons of
 * NOUN and VERB fire for the first time, as in the reference) but change no weight.
 *
 * <pre>{@code
 * WordLearner l = WordLearner.of(WordLearner.Config.defaults(), 7);
 * while (!l.allRecovered()) {
 *   l.hearRandomSentence();
 * }
 * }</pre>
 *
 * <p>Not thread-safe; one learner per thread.
 */
public final class WordLearner {
  static final String PHON = "PHON";
  static final String VISUAL = "VISUAL";
  static final String MOTOR = "MOTOR";
  static final String NOUN = "NOUN";
  static final String VERB = "VERB";

  /** The first step of a word: the sensory areas fire into the lexical areas. */
  private static final Projection FIRST = Projection.builder()
      .area(PHON, NOUN, VERB).area(VISUAL, NOUN).area(MOTOR, VERB).build();
  /** The following steps: lexical areas fire back and recurrently. */
  private static final Projection NEXT = Projection.builder()
      .area(PHON, NOUN, VERB).area(VISUAL, NOUN).area(MOTOR, VERB)
      .area(NOUN, PHON, NOUN, VISUAL).area(VERB, PHON, VERB, MOTOR).build();
  private static final Projection PHON_TO_LEXICON = Projection.builder().area(PHON, NOUN, VERB).build();
  private static final Projection RECURRENT = Projection.builder().area(NOUN, NOUN).area(VERB, VERB).build();

  /**
   * Parameters (defaults: the spec's and the reference's {@code lexicon_sizes_experiment}).
   *
   * @param nouns nouns in the lexicon (≥ 2; 2)
   * @param verbs verbs in the lexicon (≥ 2; 2)
   * @param p connection probability (0.05)
   * @param beta plasticity of every synapse (0.06)
   * @param phonK neurons of one word's PHON assembly (100, the reference's default)
   * @param contextK neurons of one VISUAL or MOTOR assembly (100, the reference's default)
   * @param lexN neurons of NOUN and of VERB (100000)
   * @param lexK cap of NOUN and VERB (50)
   * @param rounds recurrent steps after the first step of each word (2)
   * @param readoutOverlap fraction of the word's PHON assembly the readout must recover (0.75)
   * @param stableOverlap overlap of the lexical winners before and after one recurrent step above
   *     which an assembly counts as stable in the classification test (0.75, ours: the reference
   *     prints the overlaps without a threshold)
   */
  public record Config(int nouns, int verbs, double p, double beta, int phonK, int contextK, int lexN, int lexK,
      int rounds, double readoutOverlap, double stableOverlap) {

    public Config {
      if (nouns < 2 || nouns > 10_000) {
        throw new IllegalArgumentException("nouns=" + nouns + " must be in [2, 10000] (VISUAL needs k < n)");
      }
      if (verbs < 2 || verbs > 10_000) {
        throw new IllegalArgumentException("verbs=" + verbs + " must be in [2, 10000] (MOTOR needs k < n)");
      }
      if (!(p > 0 && p <= 1)) {
        throw new IllegalArgumentException("p=" + p + " must be in (0, 1]");
      }
      if (!(beta >= 0) || Double.isInfinite(beta)) {
        throw new IllegalArgumentException("beta=" + beta + " must be finite and ≥ 0");
      }
      if (phonK < 1 || contextK < 1 || (long) phonK * (nouns + verbs) > 1_000_000
          || (long) contextK * Math.max(nouns, verbs) > 1_000_000) {
        throw new IllegalArgumentException("phonK=" + phonK + ", contextK=" + contextK
            + " must be ≥ 1 and the explicit areas (k × words) at most 1000000 neurons");
      }
      if (lexK < 1 || lexN <= 4L * lexK) {
        throw new IllegalArgumentException("lexN=" + lexN + ", lexK=" + lexK + ": need lexK ≥ 1 and lexN > 4·lexK");
      }
      if (rounds < 0 || rounds > 100) {
        throw new IllegalArgumentException("rounds=" + rounds + " must be in [0, 100]");
      }
      if (!(readoutOverlap > 0.5 && readoutOverlap <= 1)) {
        throw new IllegalArgumentException("readoutOverlap=" + readoutOverlap + " must be in (0.5, 1]");
      }
      if (!(stableOverlap > 0 && stableOverlap <= 1)) {
        throw new IllegalArgumentException("stableOverlap=" + stableOverlap + " must be in (0, 1]");
      }
    }

    /** The spec's setting: 2 nouns, 2 verbs, p = 0.05, β = 0.06, NOUN and VERB of 10⁵ neurons, k = 50. */
    public static Config defaults() {
      return new Config(2, 2, 0.05, 0.06, 100, 100, 100_000, 50, 2, 0.75, 0.75);
    }

    /** The same with {@code nouns} nouns and {@code verbs} verbs. */
    public Config withLexicon(int nouns, int verbs) {
      return new Config(nouns, verbs, p, beta, phonK, contextK, lexN, lexK, rounds, readoutOverlap, stableOverlap);
    }

    public Config withBeta(double beta) {
      return new Config(nouns, verbs, p, beta, phonK, contextK, lexN, lexK, rounds, readoutOverlap, stableOverlap);
    }

    public Config withLexicalArea(int lexN, int lexK) {
      return new Config(nouns, verbs, p, beta, phonK, contextK, lexN, lexK, rounds, readoutOverlap, stableOverlap);
    }

    /** Words in the lexicon. */
    public int words() {
      return nouns + verbs;
    }
  }

  /**
   * What PHON[word] evokes in the lexical areas (plasticity off): the fraction of each area's winners
   * that survives one more recurrent step.
   *
   * @param noun overlap fraction in NOUN
   * @param verb overlap fraction in VERB
   */
  public record Stability(double noun, double verb) {}

  /**
   * Sentences heard until every word passed, in a run that tests every word after every sentence
   * from the second on (as the reference does); −1 where it did not happen within the limit.
   *
   * @param recovered sentences until every word passed the readout test (the reference's criterion,
   *     whose printed count is this minus one: it reports the 0-based index of the last sentence)
   * @param learned sentences until every word passed both tests at once
   */
  public record Learning(int recovered, int learned) {}

  private final Config config;
  private final Brain brain;
  private final UniformRandomProvider sentences;
  private int heard;

  private WordLearner(Config config, long seed) {
    this.config = config;
    this.brain = Brain.of(config.p(), Seeds.derive(seed, 1));
    this.sentences = Seeds.stream(Seeds.derive(seed, 2));
    brain.addExplicitArea(PHON, config.words() * config.phonK(), config.phonK(), config.beta())
        .addExplicitArea(MOTOR, config.verbs() * config.contextK(), config.contextK(), config.beta())
        .addExplicitArea(VISUAL, config.nouns() * config.contextK(), config.contextK(), config.beta())
        .addArea(NOUN, config.lexN(), config.lexK(), config.beta())
        .addArea(VERB, config.lexN(), config.lexK(), config.beta());
  }

  /** A learner that has heard nothing; every random choice (brain, sentences) comes from {@code seed}. */
  public static WordLearner of(Config config, long seed) {
    if (config == null) {
      throw new IllegalArgumentException("config must not be null");
    }
    return new WordLearner(config, seed);
  }

  public Config config() {
    return config;
  }

  /** Sentences heard so far. */
  public int heard() {
    return heard;
  }

  /** Whether {@code word} is a noun (words {@code 0..nouns-1}). */
  public boolean isNoun(int word) {
    checkWord(word);
    return word < config.nouns();
  }

  /**
   * Hears the sentence "noun verb" (noun in {@code [0, nouns)}, verb in {@code [0, verbs)}, i.e. word
   * {@code nouns + verb}) while seeing the noun's object and performing the verb's action.
   */
  public void hearSentence(int noun, int verb) {
    if (noun < 0 || noun >= config.nouns()) {
      throw new IllegalArgumentException("noun=" + noun + " must be in [0, " + (config.nouns() - 1) + "]");
    }
    if (verb < 0 || verb >= config.verbs()) {
      throw new IllegalArgumentException("verb=" + verb + " must be in [0, " + (config.verbs() - 1) + "]");
    }
    brain.setPlasticityEnabled(true);
    brain.activate(VISUAL, noun).activate(MOTOR, verb);
    for (int word : new int[] {noun, config.nouns() + verb}) {
      brain.activate(PHON, word);
      brain.project(FIRST);
      brain.project(NEXT, config.rounds());
    }
    brain.inhibit(VISUAL).inhibit(MOTOR);
    heard++;
  }

  /** Hears a sentence of a uniformly random noun and verb (drawn from the learner's seed). */
  public void hearRandomSentence() {
    int noun = sentences.nextInt(config.nouns());
    int verb = sentences.nextInt(config.verbs());
    hearSentence(noun, verb);
  }

  /**
   * The readout (property P), plasticity off: the word's context assembly (VISUAL or MOTOR) fires
   * into its lexical area, the lexical winners fire into PHON; the fraction of the word's PHON
   * assembly among PHON's winners.
   */
  public double recovery(int word) {
    boolean noun = isNoun(word);
    String context = noun ? VISUAL : MOTOR;
    String lexical = noun ? NOUN : VERB;
    brain.setPlasticityEnabled(false);
    brain.unfix(PHON);
    brain.activate(context, noun ? word : word - config.nouns());
    brain.project(Projection.builder().area(context, lexical).build());
    brain.project(Projection.builder().area(lexical, PHON).build());
    brain.inhibit(context);
    brain.setPlasticityEnabled(true);
    return brain.winners(PHON).overlapFraction(phonAssembly(word));
  }

  /** Whether the readout recovers at least {@code readoutOverlap} of the word's PHON assembly. */
  public boolean recovers(int word) {
    return recovery(word) >= config.readoutOverlap();
  }

  /**
   * The classification probe (property Q), plasticity off: PHON[word] fires into NOUN and VERB, then
   * NOUN and VERB fire into themselves once; how much of each area's winners survived.
   */
  public Stability stability(int word) {
    checkWord(word);
    brain.setPlasticityEnabled(false);
    brain.activate(PHON, word);
    brain.project(PHON_TO_LEXICON);
    Assembly noun = brain.winners(NOUN);
    Assembly verb = brain.winners(VERB);
    brain.project(RECURRENT);
    brain.setPlasticityEnabled(true);
    return new Stability(brain.winners(NOUN).overlapFraction(noun), brain.winners(VERB).overlapFraction(verb));
  }

  /**
   * Whether PHON[word] drives a stable assembly (overlap ≥ {@code stableOverlap}) in the word's own
   * lexical area and an unstable one in the other.
   */
  public boolean classifies(int word) {
    Stability s = stability(word);
    double own = isNoun(word) ? s.noun() : s.verb();
    double other = isNoun(word) ? s.verb() : s.noun();
    return own >= config.stableOverlap() && other < config.stableOverlap();
  }

  /** Whether every word passes the readout test (the reference's {@code test_all_words}). */
  public boolean allRecovered() {
    for (int w = 0; w < config.words(); w++) {
      if (!recovers(w)) {
        return false;
      }
    }
    return true;
  }

  /** Whether every word passes the classification test. */
  public boolean allClassified() {
    for (int w = 0; w < config.words(); w++) {
      if (!classifies(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Random sentences until every word is learned (the reference's {@code
   * train_experiment_randomized}): after each sentence from the second on, every word is tested.
   * Stops when both criteria are met or after {@code maxSentences}.
   */
  public static Learning sentencesUntilLearned(Config config, long seed, int maxSentences) {
    if (maxSentences < 2) {
      throw new IllegalArgumentException("maxSentences=" + maxSentences + " must be ≥ 2");
    }
    WordLearner l = of(config, seed);
    int recovered = -1;
    int learned = -1;
    while (l.heard() < maxSentences && learned < 0) {
      l.hearRandomSentence();
      if (l.heard() < 2) {
        continue;
      }
      boolean all = l.allRecovered();
      if (all && recovered < 0) {
        recovered = l.heard();
      }
      if (all && l.allClassified()) {
        learned = l.heard();
      }
    }
    return new Learning(recovered, learned);
  }

  private Assembly phonAssembly(int word) {
    int[] ids = new int[config.phonK()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = word * config.phonK() + i;
    }
    return Assembly.of(PHON, ids);
  }

  private void checkWord(int word) {
    if (word < 0 || word >= config.words()) {
      throw new IllegalArgumentException("word=" + word + " must be in [0, " + (config.words() - 1) + "]");
    }
  }
}
