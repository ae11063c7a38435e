package org.assemblies.lm;

import java.util.List;
import org.assemblies.lm.assembly.AssemblyModelFactory;
import org.assemblies.lm.baselines.NGramFactory;
import org.assemblies.lm.transformer.TransformerFactory;

/**
 * The model registry: every kind of model the command line can train and the scorecard runs.
 * Adding a model is one line here (its {@link ModelFactory}); its scorecard rows are its
 * {@link ModelFactory#scorecardVariants()}.
 */
public final class Models {
  private Models() {}

  /** All registered factories, in scorecard order. */
  public static List<ModelFactory> all() {
    return List.of(
        new NGramFactory(),
        TransformerFactory.plain(),
        TransformerFactory.withConv(),
        new AssemblyModelFactory()
    );
  }

  /** The factory of this kind name; an unknown name is an error listing the valid ones. */
  public static ModelFactory named(String name) {
    for (ModelFactory f : all()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown model '" + name + "'; valid: "
        + String.join(", ", all().stream().map(ModelFactory::name).toList()));
  }
}
