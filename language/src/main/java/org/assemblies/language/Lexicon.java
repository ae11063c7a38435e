package org.assemblies.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words a parser knows: each word has a {@link WordClass} (its rules) and the index of its
 * assembly in LEX. Forms of one lexeme (Russian case forms) share one assembly; the readout names
 * an assembly by its lemma, the first form listed. Immutable; extend it with {@link #with} or from
 * a file of {@code word class [lemma]} lines ({@link #withFile}) without changing code.
 */
public final class Lexicon {

  /**
   * A word, its class and the index of its LEX assembly ({@link #NO_ASSEMBLY} for a class without
   * one: "that", ",").
   */
  public record Entry(String word, WordClass wordClass, int index) {
    public Entry {
      checkWord(word);
      if (wordClass == null) {
        throw new IllegalArgumentException("word class of '" + word + "' must not be null");
      }
      if (wordClass.hasAssembly() ? index < 0 : index != NO_ASSEMBLY) {
        throw new IllegalArgumentException("index=" + index + " of '" + word + "' must be "
            + (wordClass.hasAssembly() ? "≥ 0" : NO_ASSEMBLY + " (class " + wordClass.label() + " has no assembly)"));
      }
    }
  }

  /** The index of a word without a LEX assembly. */
  public static final int NO_ASSEMBLY = -1;

  private final Language language;
  private final Map<String, Entry> entries;
  private final List<String> lemmas;

  private Lexicon(Language language, Map<String, Entry> entries, List<String> lemmas) {
    this.language = language;
    this.entries = Collections.unmodifiableMap(entries);
    this.lemmas = List.copyOf(lemmas);
  }

  /** An empty lexicon of a language. */
  public static Lexicon empty(Language language) {
    return new Lexicon(language, new LinkedHashMap<>(), List.of());
  }

  /** The lexicon of the spec (and the reference), with the reference's assembly indices. */
  public static Lexicon builtin(Language language) {
    return switch (language) {
      case ENGLISH -> empty(language).withLines(List.of(
          "the det", "a det", "dogs noun", "cats noun", "mice noun", "people noun",
          "chase trans_verb", "love trans_verb", "bite trans_verb", "of prep", "big adj", "bad adj",
          "run intrans_verb", "fly intrans_verb", "quickly adverb", "in prep", "are copula",
          "man noun", "woman noun", "saw trans_verb", "that rel", ", comma"), "built-in English lexicon");
      case RUSSIAN -> empty(language).withLines(List.of(
          "vidit verb", "lyubit verb", "kot nom", "kota acc kot", "sobaka nom", "sobaku acc sobaka",
          "sobakie dat sobaka", "kotu dat kot", "dayet ditrans_verb"), "built-in Russian lexicon");
    };
  }

  public Language language() {
    return language;
  }

  /** The entries in order of definition. */
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  /** Number of LEX assemblies (lexemes; "that" and "," have none). */
  public int lexemes() {
    return lemmas.size();
  }

  /** The name of LEX assembly {@code index}: the first word defined with it. */
  public String lemma(int index) {
    if (index < 0 || index >= lemmas.size()) {
      throw new IllegalArgumentException("lexeme index=" + index + " must be in [0, " + lemmas.size() + ")");
    }
    return lemmas.get(index);
  }

  public boolean contains(String word) {
    return entries.containsKey(normal(word));
  }

  /** The entry of a word (case-insensitive); an unknown word is refused, naming the classes. */
  public Entry entry(String word) {
    Entry e = entries.get(normal(word));
    if (e == null) {
      throw new IllegalArgumentException("unknown word '" + word + "': not in the " + language.label()
          + " lexicon; add a line '" + word + " CLASS' to a lexicon file (--lexicon), CLASS one of: "
          + WordClass.labels(language));
    }
    return e;
  }

  /** This lexicon with {@code word} of class {@code c} and an assembly of its own. */
  public Lexicon with(String word, WordClass c) {
    return with(word, c, word);
  }

  /**
   * This lexicon with {@code word} of class {@code c} sharing the assembly of {@code lemma} (a new
   * assembly named {@code lemma} if no word has it yet). Redefining a word changes its class and
   * assembly.
   */
  public Lexicon with(String word, WordClass c, String lemma) {
    String w = normal(word);
    String l = normal(lemma);
    checkWord(w);
    checkWord(l);
    if (c.language() != language) {
      throw new IllegalArgumentException("word class '" + c.label() + "' is " + c.language().label()
          + ", this lexicon is " + language.label() + "; classes: " + WordClass.labels(language));
    }
    Map<String, Entry> m = new LinkedHashMap<>(entries);
    List<String> ls = new ArrayList<>(lemmas);
    int index = c.hasAssembly() ? ls.indexOf(l) : NO_ASSEMBLY;
    if (c.hasAssembly() && index < 0) {
      index = ls.size();
      ls.add(l);
    }
    m.put(w, new Entry(w, c, index));
    return new Lexicon(language, m, ls);
  }

  /**
   * This lexicon extended by lines {@code word class [lemma]} ({@code #} starts a comment; blank
   * lines are skipped). Errors name {@code source} and the line.
   */
  public Lexicon withLines(List<String> lines, String source) {
    Lexicon lex = this;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (text.isEmpty()) {
        continue;
      }
      String[] f = text.split("\\s+");
      if (f.length < 2 || f.length > 3) {
        throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected 'word class [lemma]', got '"
            + text + "'; classes: " + WordClass.labels(language));
      }
      try {
        lex = lex.with(f[0], WordClass.of(language, f[1]), f.length == 3 ? f[2] : f[0]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ":" + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return lex;
  }

  /** This lexicon extended by a UTF-8 file of {@code word class [lemma]} lines. */
  public Lexicon withFile(Path file) throws IOException {
    return withLines(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  static String normal(String word) {
    return word == null ? null : word.strip().toLowerCase(Locale.ROOT);
  }

  private static void checkWord(String word) {
    if (word == null || word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("word '" + word + "' must be non-empty without spaces");
    }
  }
}
