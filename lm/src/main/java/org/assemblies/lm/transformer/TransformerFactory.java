package org.assemblies.lm.transformer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.assemblies.lm.LanguageModel;
import org.assemblies.lm.ModelFactory;

/**
 * Makes the plain one-layer causal transformer ({@code "transformer"}); options as in {@link
 * TransformerOptions} without {@code conv}.
 */
public final class TransformerFactory implements ModelFactory {

  /** Kind name on the command line and the scorecard. */
  public static final String NAME = "transformer";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public TransformerModel create(int vocabularySize, Map<String, String> options, long seed) {
    return new TransformerModel(vocabularySize, TransformerOptions.parse(options, false), seed);
  }

  /** Loads a checkpoint of either variant (the checkpoint names its own). */
  @Override
  public LanguageModel load(Path directory) throws IOException {
    return TransformerModel.load(directory);
  }
}
