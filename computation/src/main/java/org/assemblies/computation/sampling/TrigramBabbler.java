package org.assemblies.computation.sampling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.core.Brain;
import org.assemblies.core.PlasticityRule;
import org.assemblies.core.Projection;
import org.assemblies.core.Seeds;

/**
 * A word-trigram "babbler" made of assemblies (the authors' demo "Estimate & simulate a trigram
 * model", arXiv:2406.07715): three explicit areas with one assembly per word — the word before
 * last ({@value #FIRST}), the last word ({@value #SECOND}) and the next word ({@value #NEXT}).
 * Training presents every trigram (a, b, c) of the text, {@link Config#presentations()} times:
 * a's assembly fires in {@value #FIRST}, b's in {@value #SECOND}, c's is held in {@value #NEXT},
 * and the synapses into {@value #NEXT} follow the saturating rule. Generation is a
 * {@link CoinFlip} step per word: the two context assemblies fire into {@value #NEXT} with ambient
 * noise, the recurrence of the word assemblies settles, the word with the largest overlap is read
 * out, and — as in the demo — the settled cap itself becomes the new last word (and the old last
 * word the word before last).
 *
 * <p>Differences from the demo: the engine's explicit areas are Bernoulli(p) everywhere, so the
 * synapses between word assemblies that never follow each other exist with weight 1 (the demo
 * leaves those blocks empty), and the recurrence inside each word assembly is multiplied by
 * {@link Config#recurrence()} to dominate the weight-1 background (the demo's recurrence is
 * block-diagonal). Not thread-safe.
 */
public final class TrigramBabbler {
  static final String FIRST = "first";
  static final String SECOND = "second";
  static final String NEXT = "next";
  private static final long NOISE_STREAM = 0x626162L;

  /**
   * The first three verses of "The Owl and the Pussy-cat" (Edward Lear, 1871; public domain),
   * without the refrains, as in the authors' demo.
   */
  public static final String OWL_AND_PUSSYCAT = """
      The Owl and the Pussycat went to sea In a beautiful pea-green boat. They took some honey, \
      and plenty of money, Wrapped up in a five-pound note. The Owl looked up to the stars above, \
      And sang to a small guitar, You elegant fowl! How charmingly sweet you sing! O let us be \
      married! too long we have tarried: But what shall we do for a ring? They sailed away, for a \
      year and a day, To the land where the Bong-Tree grows And there in a wood a Piggy-wig stood \
      With a ring at the end of his nose. Dear Pig, are you willing to sell for one shilling Your \
      ring? Said the Piggy, I will. So they took it away, and were married next day By the Turkey \
      who lives on the hill. They dined on mince, and slices of quince, Which they ate with a \
      runcible spoon; And hand in hand, on the edge of the sand, They danced by the moon.""";

  /**
   * Sizes and rates.
   *
   * @param k neurons per word assembly (each area has vocabulary·k neurons)
   * @param p connection probability
   * @param lambda λ of the saturating rule (demo: 60)
   * @param beta β of the saturating rule (demo: 0.5)
   * @param noise standard deviation of the ambient noise in units of √(k·p) (demo: 10 at k = 500)
   * @param recurrence factor of the synapses inside a word assembly of the next-word area (a whole
   *     number ≥ 1)
   * @param rounds caps per generated word (the noisy one, then recurrent ones; demo: 10)
   * @param presentations presentations of the text in training (demo: 5)
   */
  public record Config(int k, double p, double lambda, double beta, double noise, double recurrence,
      int rounds, int presentations) {
    public Config {
      if (k < 1) {
        throw new IllegalArgumentException("k=" + k + " must be ≥ 1");
      }
      if (!(p > 0 && p <= 1)) {
        throw new IllegalArgumentException("p=" + p + " must be in (0, 1]");
      }
      PlasticityRule.saturating(lambda);
      if (!(beta >= 0) || Double.isInfinite(beta)) {
        throw new IllegalArgumentException("beta=" + beta + " must be finite and ≥ 0");
      }
      if (!(noise >= 0) || Double.isInfinite(noise)) {
        throw new IllegalArgumentException("noise=" + noise + " must be finite and ≥ 0");
      }
      AmbientNoise.checkRecurrence(recurrence);
      if (rounds < 1) {
        throw new IllegalArgumentException("rounds=" + rounds + " must be ≥ 1");
      }
      if (presentations < 1) {
        throw new IllegalArgumentException("presentations=" + presentations + " must be ≥ 1");
      }
    }

    public double sigma() {
      return noise * Math.sqrt(k * p);
    }
  }

  private final Config config;
  private final List<String> vocabulary;
  private final Map<String, Integer> index = new LinkedHashMap<>();
  private final Set<List<String>> trigrams = new HashSet<>();
  private final Brain brain;
  private final AmbientNoise noise;
  private final Projection forward =
      Projection.builder().area(FIRST, NEXT).area(SECOND, NEXT).build();
  private final Projection recurrence = Projection.builder().area(NEXT, NEXT).build();

  private TrigramBabbler(List<String> tokens, Config config, long seed) {
    this.config = config;
    for (String t : tokens) {
      index.putIfAbsent(t, index.size());
    }
    vocabulary = List.copyOf(index.keySet());
    int k = config.k();
    int n = vocabulary.size() * k;
    brain = Brain.builder(config.p()).seed(seed).build();
    brain.addExplicitArea(FIRST, n, k, 0).addExplicitArea(SECOND, n, k, 0).addExplicitArea(NEXT, n, k, 0);
    for (String source : List.of(FIRST, SECOND)) {
      brain.setPlasticityRule(NEXT, source, PlasticityRule.saturating(config.lambda()))
          .setBeta(NEXT, source, config.beta());
    }
    brain.setBeta(NEXT, NEXT, config.recurrence() - 1);
    for (int w = 0; w < vocabulary.size(); w++) {
      brain.setWinners(NEXT, Blocks.block(w, k)).fix(NEXT);
      brain.project(recurrence);
      brain.unfix(NEXT);
    }
    for (int t = 0; t + 2 < tokens.size(); t++) {
      trigrams.add(List.of(tokens.get(t), tokens.get(t + 1), tokens.get(t + 2)));
    }
    for (int r = 0; r < config.presentations(); r++) {
      for (int t = 0; t + 2 < tokens.size(); t++) {
        brain.setWinners(FIRST, Blocks.block(index.get(tokens.get(t)), k));
        brain.setWinners(SECOND, Blocks.block(index.get(tokens.get(t + 1)), k));
        brain.setWinners(NEXT, Blocks.block(index.get(tokens.get(t + 2)), k)).fix(NEXT);
        brain.project(forward);
        brain.unfix(NEXT);
      }
    }
    brain.setPlasticityEnabled(false).inhibit(NEXT);
    noise = new AmbientNoise(config.sigma());
    brain.setInputHook(NEXT, noise);
  }

  /** Trains a babbler on {@code tokens} (at least 3; see {@link #tokens}). */
  public static TrigramBabbler train(List<String> tokens, Config config, long seed) {
    if (tokens.size() < 3) {
      throw new IllegalArgumentException("tokens has " + tokens.size() + " words; a trigram model needs ≥ 3");
    }
    return new TrigramBabbler(tokens, config, seed);
  }

  /**
   * The authors' tokenisation: lower case; '.', '?', '!' and ';' become the word "."; ',', ':'
   * and '"' are dropped; '-' separates words.
   */
  public static List<String> tokens(String text) {
    StringBuilder sb = new StringBuilder();
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      switch (c) {
        case '.', '?', '!', ';' -> sb.append(" .");
        case ',', ':', '"' -> { }
        case '-' -> sb.append(' ');
        default -> sb.append(Character.isWhitespace(c) ? ' ' : c);
      }
    }
    List<String> out = new ArrayList<>();
    for (String t : sb.toString().trim().split(" +")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  public Config config() {
    return config;
  }

  /** The words, in order of first appearance (word w is assembly w of each area). */
  public List<String> vocabulary() {
    return vocabulary;
  }

  /** Whether (a, b, c) occurs in the training text. */
  public boolean isTrainingTrigram(String a, String b, String c) {
    return trigrams.contains(List.of(a, b, c));
  }

  /**
   * Generates {@code length} words after {@code first second}; returns all {@code length + 2}
   * words. The noise of word t comes from the stream named by (seed, t).
   */
  public List<String> babble(String first, String second, int length, long seed) {
    if (length < 0) {
      throw new IllegalArgumentException("length=" + length + " must be ≥ 0");
    }
    int k = config.k();
    brain.setWinners(FIRST, Blocks.block(word(first), k));
    brain.setWinners(SECOND, Blocks.block(word(second), k));
    List<String> out = new ArrayList<>(List.of(first, second));
    for (int t = 0; t < length; t++) {
      UniformRandomProvider rng = Seeds.stream(seed, NOISE_STREAM, t);
      Blocks.Settled s = Blocks.settle(brain, NEXT, forward, recurrence, noise, rng, config.rounds());
      out.add(vocabulary.get(Blocks.argmax(Blocks.overlaps(s.winners(), k, vocabulary.size()))));
      brain.setWinners(FIRST, brain.winners(SECOND).neurons());
      brain.setWinners(SECOND, s.winners());
    }
    return out;
  }

  /** The fraction of the trigrams of {@code words} that occur in the training text. */
  public double trainingTrigramFraction(List<String> words) {
    int all = 0;
    int seen = 0;
    for (int t = 0; t + 2 < words.size(); t++) {
      all++;
      if (isTrainingTrigram(words.get(t), words.get(t + 1), words.get(t + 2))) {
        seen++;
      }
    }
    return all == 0 ? Double.NaN : (double) seen / all;
  }

  /** Words joined by spaces, with " ." written as "." (the demo's rendering). */
  public static String render(List<String> words) {
    return String.join(" ", words).replace(" .", ".");
  }

  private int word(String w) {
    Integer i = index.get(w);
    if (i == null) {
      throw new IllegalArgumentException("word '" + w + "' is not in the vocabulary of "
          + vocabulary.size() + " words");
    }
    return i;
  }
}
