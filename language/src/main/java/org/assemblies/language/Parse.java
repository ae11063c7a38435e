package org.assemblies.language;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of parsing one sentence.
 *
 * @param language the language
 * @param words the words of the sentence (lower case)
 * @param dependencies the dependencies in the order the readout found them
 * @param tree the same dependencies as a tree rooted at the verb
 * @param seconds wall time of the parse (building the brain, projecting, reading out)
 * @param trace per word, what fired (empty unless asked for)
 */
public record Parse(Language language, List<String> words, List<Dependency> dependencies, ParseTree tree,
    double seconds, List<Step> trace) {

  public Parse {
    words = List.copyOf(words);
    dependencies = List.copyOf(dependencies);
    trace = List.copyOf(trace);
  }

  /** The dependencies as a set (the spec compares unordered sets). */
  public Set<Dependency> dependencySet() {
    return new LinkedHashSet<>(dependencies);
  }

  /**
   * What happened for one word.
   *
   * @param word the word
   * @param wordClass its class label
   * @param openAreas the open areas after its PRE rules
   * @param openFibers the open fibers after its PRE rules ("LEX–SUBJ")
   * @param frozen areas frozen because they fire without receiving from LEX
   * @param cleared areas that receive from LEX, unfrozen and cleared
   * @param rounds per projection round, each firing area and the areas it fired into
   */
  public record Step(String word, String wordClass, List<String> openAreas, List<String> openFibers,
      List<String> frozen, List<String> cleared, List<Map<String, List<String>>> rounds) {
    public Step {
      openAreas = List.copyOf(openAreas);
      openFibers = List.copyOf(openFibers);
      frozen = List.copyOf(frozen);
      cleared = List.copyOf(cleared);
      rounds = List.copyOf(rounds);
    }
  }
}
