package org.assemblies.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The golden outputs of spec language.md §1, and the sentences of the fixes beyond the reference. */
public final class GoldenSentences {
  private GoldenSentences() {}

  /**
   * A sentence and the dependency set it must yield.
   *
   * @param language the language
   * @param sentence the sentence
   * @param expected the dependencies (an unordered set)
   * @param source "spec" for the spec's table, "fix" for a sentence the reference gets wrong
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

  /** {@link #spec()} then {@link #fixes()}. */
  public static List<Golden> all() {
    List<Golden> g = new ArrayList<>(spec());
    g.addAll(fixes());
    return List.copyOf(g);
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
