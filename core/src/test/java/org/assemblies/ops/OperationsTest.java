package org.assemblies.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.assemblies.core.Assembly;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;
import org.junit.jupiter.api.Test;

class OperationsTest {

  static Brain twoAreas(long seed) {
    Brain b = Brain.builder(0.01).seed(seed).build();
    b.addStimulus("s", 317).addArea("A", 100_000, 317, 0.05).addArea("B", 100_000, 317, 0.05);
    return b;
  }

  @Test
  void projectUntilConvergedStopsAtTheFixedPoint() {
    Brain b = twoAreas(1);
    Trace t = Operations.projectUntilConverged(b, "s", "A", 100);
    Trace.AreaTrace a = t.area("A");
    assertThat(t.convergedAt()).isBetween(8, 30); // observed 13–16 over 10 seeds
    assertThat(t.rounds()).isEqualTo(t.convergedAt());
    assertThat(a.newNeurons()[a.newNeurons().length - 1]).isZero();
    assertThat(a.overlapLastTwo()).as("a fixed point of support, not necessarily of winners").isGreaterThan(290);
    assertThat(a.support()[0]).isEqualTo(317);
  }

  /** Reciprocal projection with A frozen teaches B → A synapses: B alone then recalls A. */
  @Test
  void reciprocalProjectionLetsBRecallA() {
    for (int seed = 1; seed <= 3; seed++) {
      Brain b = twoAreas(seed);
      Operations.project(b, "s", "A", 30);
      Assembly original = b.winners("A");
      Brain untrained = b.copy();
      b.fix("A");
      Operations.reciprocalProject(b, "A", "B", 30, null);
      b.unfix("A");
      b.project(Projection.builder().area("B", "A").build());
      b.project(Projection.builder().area("B", "A").area("A", "A").build(), 5);
      // observed 0.87–0.93 over 4 seeds
      assertThat(original.overlapFraction(b.winners("A"))).isGreaterThan(0.75);

      // control: B projected from A without the reciprocal training recalls nothing of A
      untrained.project(Projection.builder().area("A", "B").build());
      untrained.project(Projection.builder().area("B", "A").build());
      assertThat(original.overlapFraction(untrained.winners("A"))).isLessThan(0.15);
    }
  }

  @Test
  void disjointAssembliesProjectToNearlyDisjointAssemblies() {
    Brain b = Brain.builder(0.01).seed(3).build();
    b.addExplicitArea("S", 634, 317, 0.0).addArea("T", 100_000, 317, 0.05);
    int[] x = IntStream.range(0, 317).toArray();
    int[] y = IntStream.range(317, 634).toArray();
    Operations.Separation s = Operations.separate(b, "S", x, y, "T", 10);
    assertThat(s.projectedFirst().size()).isEqualTo(317);
    assertThat(s.projectedSecond().size()).isEqualTo(317);
    assertThat(s.overlap()).isLessThan(32); // < 10% of k; observed 0
    assertThat(b.isFixed("S")).isFalse();
  }

  @Test
  void mergeFormsAConjunctionInC() {
    Brain b = Brain.builder(0.01).seed(2).build();
    b.addStimulus("sA", 317).addStimulus("sB", 317);
    b.addArea("A", 100_000, 317, 0.05).addArea("B", 100_000, 317, 0.05).addArea("C", 100_000, 317, 0.05);
    Trace t = Operations.merge(b, "sA", "A", "sB", "B", "C", 40, null);
    assertThat(t.rounds()).isEqualTo(41); // a first round fires the stimuli alone
    assertThat(t.area("C").overlapLastTwo()).isGreaterThan(300);
  }

  @Test
  void invalidArgumentsAreRejected() {
    Brain b = twoAreas(1);
    assertThatThrownBy(() -> Operations.project(b, "s", "A", 0)).hasMessageContaining("rounds=0");
    assertThatThrownBy(() -> Operations.complete(b, "A", 0.5, 5, 1, null)).hasMessageContaining("no assembly");
    Operations.project(b, "s", "A", 3);
    assertThatThrownBy(() -> Operations.complete(b, "A", 1.5, 5, 1, null)).hasMessageContaining("cue fraction=1.5");
  }
}
