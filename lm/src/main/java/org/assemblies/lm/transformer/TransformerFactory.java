package org.assemblies.lm.transformer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.assemblies.lm.LanguageModel;
import org.assemblies.lm.ModelFactory;

/**
 * Makes the one-layer causal transformer: plain ({@value #NAME}, options as in {@link
 * TransformerOptions} without {@code conv}) or with a short causal depthwise convolution before
 * attention ({@value #CONV_NAME}, {@code conv} included).
 */
public final class TransformerFactory implements ModelFactory {

  /** Kind name of the plain variant on the command line and the scorecard. */
  public static final String NAME = "transformer";

  /** Kind name of the variant with the causal convolution. */
  public static final String CONV_NAME = "transformer+conv";

  private final boolean conv;

  private TransformerFactory(boolean conv) {
    this.conv = conv;
  }

  /** The plain one-layer transformer. */
  public static TransformerFactory plain() {
    return new TransformerFactory(false);
  }

  /** The one-layer transformer with a short causal convolution before attention. */
  public static TransformerFactory withConv() {
    return new TransformerFactory(true);
  }

  @Override
  public String name() {
    return conv ? CONV_NAME : NAME;
  }

  @Override
  public TransformerModel create(int vocabularySize, Map<String, String> options, long seed) {
    return new TransformerModel(vocabularySize, TransformerOptions.parse(options, conv), seed);
  }

  /** Loads a checkpoint of either variant (the checkpoint names its own). */
  @Override
  public LanguageModel load(Path directory) throws IOException {
    return TransformerModel.load(directory);
  }
}
