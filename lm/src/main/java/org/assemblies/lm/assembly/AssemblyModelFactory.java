package org.assemblies.lm.assembly;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.assemblies.lm.LanguageModel;
import org.assemblies.lm.ModelFactory;

/**
 * Makes {@link AssemblyLanguageModel}s: kind {@code "assembly"}, options as in
 * {@link AssemblyConfig} (e.g. {@code memory=false}, {@code readout=overlap}, {@code window=4}).
 */
public final class AssemblyModelFactory implements ModelFactory {

  @Override
  public String name() {
    return "assembly";
  }

  @Override
  public AssemblyLanguageModel create(int vocabularySize, Map<String, String> options, long seed) {
    return new AssemblyLanguageModel(AssemblyConfig.of(options), vocabularySize, seed);
  }

  @Override
  public LanguageModel load(Path directory) throws IOException {
    return AssemblyLanguageModel.load(directory);
  }
}
