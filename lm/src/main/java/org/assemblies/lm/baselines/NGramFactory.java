package org.assemblies.lm.baselines;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assemblies.lm.LanguageModel;
import org.assemblies.lm.ModelFactory;
import org.assemblies.lm.Options;

/** {@link NGramModel}s: option {@code order} (1..16, default 5). */
public final class NGramFactory implements ModelFactory {

  @Override
  public String name() {
    return "ngram";
  }

  @Override
  public LanguageModel create(int vocabularySize, Map<String, String> options, long seed) {
    Options o = Options.of("model ngram", options, List.of("order"));
    return new NGramModel(o.getInt("order", 5), vocabularySize);
  }

  @Override
  public LanguageModel load(Path directory) throws IOException {
    return NGramModel.load(directory);
  }

  /** Unigram to 5-gram. */
  @Override
  public List<Map<String, String>> scorecardVariants() {
    return List.of(Map.of("order", "1"), Map.of("order", "2"), Map.of("order", "3"),
        Map.of("order", "4"), Map.of("order", "5"));
  }
}
