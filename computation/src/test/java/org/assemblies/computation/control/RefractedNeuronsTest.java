package org.assemblies.computation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assemblies.core.Brain;
import org.assemblies.core.Projection;
import org.junit.jupiter.api.Test;

class RefractedNeuronsTest {
  @Test
  void winnersAreHeldBackAfterLearning() {
    Brain b = Brain.of(0.3, 2);
    b.addExplicitArea("In", 200, 20, 0).addExplicitArea("Arc", 400, 20, 0);
    RefractedNeurons r = RefractedNeurons.install(b, "Arc", 0.5);
    b.setWinners("In", java.util.stream.IntStream.range(0, 20).toArray()).fix("In");
    b.setPlasticityEnabled(false);
    b.project(Projection.builder().area("In", "Arc").build());
    int[] first = b.winners("Arc").neurons();
    r.learn(b);
    assertThat(r.bias(first[0])).isGreaterThan(0);
    b.project(Projection.builder().area("In", "Arc").build());
    // the same input now recruits a largely different assembly
    assertThat(b.winners("Arc").overlapFraction(new org.assemblies.core.Assembly("Arc", first))).isLessThan(0.5);
    assertThatThrownBy(() -> RefractedNeurons.install(Brain.of(0.1, 1).addArea("L", 100, 10, 0), "L", 0.1))
        .hasMessageContaining("explicit");
  }
}
