package org.assemblies.lm.transformer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.assemblies.lm.LanguageModel;
import org.assemblies.lm.ModelFactory;

/**
 * Makes the one-layer causal transformer with a short causal depthwise convolution before
 * attention ({@code "transformer+conv"}); options as in {@link TransformerOptions}, {@code conv}
 * included.
 */
public final class ConvTransformerFactory implements ModelFactory {

  /** Kind name on the command line and the scorecard. */
  public static final String NAME = "transformer+conv";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public TransformerModel create(int vocabularySize, Map<String, String> options, long seed) {
    return new TransformerModel(vocabularySize, TransformerOptions.parse(options, true), seed);
  }

  /** Loads a checkpoint of either variant (the checkpoint names its own). */
  @Override
  public LanguageModel load(Path directory) throws IOException {
    return TransformerModel.load(directory);
  }
}
