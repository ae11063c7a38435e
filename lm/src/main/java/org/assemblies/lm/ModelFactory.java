package org.assemblies.lm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Makes one kind of {@link LanguageModel} (n-gram, transformer, assembly, ...) fresh or from a
 * checkpoint, so the CLI and the scorecard can treat every model alike.
 */
public interface ModelFactory {

  /** Kind name on the command line, e.g. {@code "transformer"}, {@code "assembly"}. */
  String name();

  /**
   * A fresh model.
   *
   * @param vocabularySize tokens of the task or corpus
   * @param options design choices and sizes as {@code key=value} (unknown keys are an error naming
   *     the key and the valid ones)
   * @param seed every random draw of initialisation and training derives from it
   */
  LanguageModel create(int vocabularySize, Map<String, String> options, long seed);

  /** The model saved by {@link LanguageModel#save(Path)} in {@code directory}. */
  LanguageModel load(Path directory) throws IOException;

  /**
   * The option sets the scorecard runs, one row each (default: the model with default options).
   * E.g. the n-gram factory returns orders 1 to 5, the transformer plain and with a convolution.
   */
  default List<Map<String, String>> scorecardVariants() {
    return List.of(Map.of());
  }
}
