package org.assemblies.ops;

/** Called after every step an operation takes (for progress bars). */
@FunctionalInterface
public interface StepListener {
  StepListener NONE = round -> {};

  void afterStep(int round);
}
