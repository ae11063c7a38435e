package org.assemblies.experiments.pnas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.assemblies.experiments.SweepRunner;
import org.junit.jupiter.api.Test;

class ProjectionFixedPointTest {
  @Test
  void reachesTheReferencePlateau() throws IOException {
    var e = new ProjectionFixedPoint();
    var r = SweepRunner.run(e, e.defaults(), SweepRunner.Options.inMemory(4, 2));
    assertThat(r.checks()).hasSize(2).allMatch(c -> c.passed(), "passed");
  }
}
