package org.assemblies.computation.sequences;

import java.util.List;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.ExperimentProvider;

/** The sequence, state-machine and Turing-machine experiments. */
public final class ComputationExperiments implements ExperimentProvider {
  @Override
  public List<Experiment<?>> experiments() {
    return List.of(new SequenceRecall(), SequenceSweep.length(), SequenceSweep.size(), SequenceSweep.density(),
        org.assemblies.computation.fsm.FsmRecognition.divisibleBy3(),
        org.assemblies.computation.fsm.FsmRecognition.evenZeros(),
        org.assemblies.computation.fsm.FsmSweep.presentations(),
        org.assemblies.computation.fsm.FsmSweep.size(),
        org.assemblies.computation.fsm.FsmSweep.density(),
        new org.assemblies.computation.fsm.PfaSentences(),
        new org.assemblies.computation.turing.TuringMachines());
  }

  @Override
  public int order() {
    return 10;
  }
}
