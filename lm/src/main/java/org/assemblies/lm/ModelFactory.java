package org.assemblies.lm;

import java.io.IOException;
import java.nio.file.Path;
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
}
