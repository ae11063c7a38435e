package org.assemblies.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The golden outputs of spec language.md §1, the sentences of the fixes beyond the reference, and
 * the center-embedded sentences.
 */
public final class GoldenSentences {
  private GoldenSentences() {}

  /**
   * A sentence and the dependency set it must yield.
   *
   * @param language the language
   * @param sentence the sentence
   * @param expected the dependencies (an unordered set)
   * @param source "spec" for the spec's table, "fix" for a sentence the reference gets wrong,
   *     "embedded" for a sentence with a dependent clause
   */
  public record Golden(Language language, String sentence, Set<Dependency> expected, String source) {
    public Golden {
      expected = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(expected));
    }

    /** The expected set as "(a,b,R) (c,d,R)", in the order given. */
    public String expectedText() {
      return expected.stream().map(Dependency::toString).collect(Collectors.joining(" "));
    }
  }

  /** The spec's table: 7 English and 5 Russian sentences. */
  public static List<Golden> spec() {
    List<Golden> g = new ArrayList<>();
    en(g, "cats chase mice", "(chase,cats,SUBJ) (chase,mice,OBJ)");
    en(g, "the dogs chase the cats", "(chase,dogs,SUBJ) (chase,cats,OBJ) (dogs,the,DET) (cats,the,DET)");
    en(g, "the big dogs chase bad cats",
        "(chase,dogs,SUBJ) (chase,cats,OBJ) (dogs,big,ADJ) (dogs,the,DET) (cats,bad,ADJ)");
    en(g, "dogs run quickly", "(run,dogs,SUBJ) (run,quickly,ADVERB)");
    en(g, "quickly dogs run", "(run,dogs,SUBJ) (run,quickly,ADVERB)");
    en(g, "the dogs of the man bite people",
        "(bite,dogs,SUBJ) (bite,people,OBJ) (dogs,man,PREP_P) (dogs,the,DET) (man,of,PREP) (man,the,DET)");
    en(g, "dogs chase cats quickly", "(chase,dogs,SUBJ) (chase,cats,OBJ) (chase,quickly,ADVERB)");
    for (String s : List.of("kot vidit sobaku", "sobaku vidit kot", "vidit kot sobaku")) {
      g.add(new Golden(Language.RUSSIAN, s, parse("(vidit,kot,NOM) (vidit,sobaka,ACC)"), "spec"));
    }
    for (String s : List.of("kot dayet sobakie sobaku", "sobakie kot dayet sobaku")) {
      g.add(new Golden(Language.RUSSIAN, s,
          parse("(dayet,kot,NOM) (dayet,sobaka,DAT) (dayet,sobaka,ACC)"), "spec"));
    }
    return List.copyOf(g);
  }

  /** Sentences the reference parses wrongly and this parser must parse right. */
  public static List<Golden> fixes() {
    return List.of(new Golden(Language.ENGLISH, "a woman saw the big bad dogs",
        parse("(saw,woman,SUBJ) (saw,dogs,OBJ) (woman,a,DET) (dogs,the,DET) (dogs,big,ADJ) (dogs,bad,ADJ)"), "fix"));
  }

  /**
   * Sentences with a center-embedded relative clause ("that" ... ","), both kinds: object-relative
   * (the clause has its own subject, the head noun is its object) and subject-relative (the head
   * noun is the clause's subject). The clause hangs off its head noun as (noun, verb, DEP-VERB); the
   * clause's verb has its own subject and object. The first set is the spec's (language.md §1, the
   * reference's {@code recursive_parser.py}); the others follow it. A subject-relative clause's verb
   * has the head noun as subject ("that" puts the head word into the clause's subject area); an
   * object-relative clause's gap is not represented (as in the spec's set, no (chase,dogs,OBJ)).
   */
  public static List<Golden> embedded() {
    List<Golden> g = new ArrayList<>();
    emb(g, "dogs that cats chase , run", "(run,dogs,SUBJ) (dogs,chase,DEP-VERB) (chase,cats,SUBJ)");
    emb(g, "the dogs that chase cats , love people", "(love,dogs,SUBJ) (love,people,OBJ) (dogs,the,DET) "
        + "(dogs,chase,DEP-VERB) (chase,dogs,SUBJ) (chase,cats,OBJ)");
    emb(g, "mice that people love , fly", "(fly,mice,SUBJ) (mice,love,DEP-VERB) (love,people,SUBJ)");
    emb(g, "the big dogs that the cats chase , bite the man", "(bite,dogs,SUBJ) (bite,man,OBJ) (dogs,the,DET) "
        + "(dogs,big,ADJ) (man,the,DET) (dogs,chase,DEP-VERB) (chase,cats,SUBJ) (cats,the,DET)");
    emb(g, "the woman that saw the bad dogs , run", "(run,woman,SUBJ) (woman,the,DET) (woman,saw,DEP-VERB) "
        + "(saw,woman,SUBJ) (saw,dogs,OBJ) (dogs,the,DET) (dogs,bad,ADJ)");
    emb(g, "the dogs that chase the cats , love the people", "(love,dogs,SUBJ) (love,people,OBJ) "
        + "(dogs,the,DET) (people,the,DET) (dogs,chase,DEP-VERB) (chase,dogs,SUBJ) (chase,cats,OBJ) (cats,the,DET)");
    emb(g, "cats that run quickly , chase mice", "(chase,cats,SUBJ) (chase,mice,OBJ) (cats,run,DEP-VERB) "
        + "(run,cats,SUBJ) (run,quickly,ADVERB)");
    emb(g, "the people that bite the dogs , are bad", "(are,people,SUBJ) (are,bad,ADJ) (people,the,DET) "
        + "(people,bite,DEP-VERB) (bite,people,SUBJ) (bite,dogs,OBJ) (dogs,the,DET)");
    return List.copyOf(g);
  }

  /** {@link #spec()} then {@link #fixes()}. */
  public static List<Golden> all() {
    List<Golden> g = new ArrayList<>(spec());
    g.addAll(fixes());
    return List.copyOf(g);
  }

  private static void emb(List<Golden> g, String sentence, String deps) {
    g.add(new Golden(Language.ENGLISH, sentence, parse(deps), "embedded"));
  }

  private static void en(List<Golden> g, String sentence, String deps) {
    g.add(new Golden(Language.ENGLISH, sentence, parse(deps), "spec"));
  }

  /** "(a,b,R) (c,d,R)" → the set. */
  static Set<Dependency> parse(String deps) {
    return Arrays.stream(deps.strip().split("\\)\\s*"))
        .filter(s -> !s.isBlank()).map(s -> Dependency.parse(s + ")"))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
