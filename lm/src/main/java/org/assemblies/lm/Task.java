package org.assemblies.lm;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A seeded generator of examples for one task of spec/lm-lab.md §1 (copy, associative recall,
 * MQAR, ...). The same seed gives the same examples.
 */
public interface Task {

  /** Short name used on the scorecard and the command line, e.g. {@code "copy"}. */
  String name();

  /** Size of the token vocabulary, special tokens included. */
  int vocabularySize();

  /**
   * The task to evaluate on after training on this one: itself, except for tasks that test
   * length generalisation (string copy: longer strings than were trained on).
   */
  default Task testTask() {
    return this;
  }

  /** One example drawn from {@code rng}. */
  Example sample(UniformRandomProvider rng);

  /** {@code count} examples, a pure function of {@code seed}. */
  default List<Example> samples(long seed, int count) {
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
    List<Example> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(sample(rng));
    }
    return out;
  }
}
