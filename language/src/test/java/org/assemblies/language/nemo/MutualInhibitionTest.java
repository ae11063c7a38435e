package org.assemblies.language.nemo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;
import org.junit.jupiter.api.Test;

class MutualInhibitionTest {
  /** S (explicit) fires into X for 5 rounds with plasticity; Y holds an assembly S never trained onto. */
  private static Brain brain() {
    Brain b = Brain.of(0.05, 3);
    b.addExplicitArea("S", 100, 50, 0.1).addArea("X", 10_000, 50, 0.1).addArea("Y", 10_000, 50, 0.1);
    b.addExplicitArea("T", 100, 50, 0.1);
    b.activate("S", 0);
    b.project(Projection.builder().area("S", "X").build());
    b.project(Projection.builder().area("S", "X").area("X", "X").build(), 4);
    b.activate("T", 0);
    b.project(Projection.builder().area("T", "Y").build());
    return b;
  }

  @Test
  void theAreaWithTheLargestTotalInputWins() {
    Brain b = brain();
    double x = MutualInhibition.totalInput(b, List.of("S"), "X");
    double y = MutualInhibition.totalInput(b, List.of("S"), "Y");
    // untrained: about p·k² = 125 synapses of weight 1; trained ones multiplied by up to 1.1⁵
    assertThat(y).isBetween(80.0, 170.0);
    assertThat(x).isGreaterThan(1.3 * y);
    MutualInhibition.Result r = MutualInhibition.compete(b, List.of("S"), List.of("Y", "X"));
    assertThat(r.winner()).isEqualTo("X");
    assertThat(r.inputs()).containsOnlyKeys("Y", "X");
    assertThat(r.margin()).isEqualTo(x / y);
    // reading the synapses changes nothing
    assertThat(MutualInhibition.totalInput(b, List.of("S"), "X")).isEqualTo(x);
  }

  @Test
  void aSumOverSourcesAndAnExplicitSetOfNeurons() {
    Brain b = brain();
    int[] x = b.winners("X").neurons();
    double both = MutualInhibition.totalInput(b, List.of("S", "T"), "X", x);
    assertThat(both).isEqualTo(MutualInhibition.totalInput(b, List.of("S"), "X", x)
        + MutualInhibition.totalInput(b, List.of("T"), "X", x));
    assertThat(MutualInhibition.compete(b, List.of("S"), List.of("X")).margin()).isInfinite();
  }

  @Test
  void emptyGroupsAndSilentAreasAreRefused() {
    Brain b = brain();
    b.inhibit("Y");
    assertThatThrownBy(() -> MutualInhibition.compete(b, List.of("S"), List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MutualInhibition.compete(b, List.of(), List.of("X"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MutualInhibition.compete(b, List.of("S"), List.of("X", "Y")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'Y'");
    assertThatThrownBy(() -> MutualInhibition.compete(b, List.of("Y"), List.of("X")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'Y'");
  }
}
