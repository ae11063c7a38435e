package org.assemblies.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelineTest {

  @Test
  void convergence() {
    assertThat(Timeline.convergedAt(new int[] {5, 3, 0, 1, 0, 0})).isEqualTo(5);
    assertThat(Timeline.convergedAt(new int[] {5, 0, 0})).isEqualTo(2);
    assertThat(Timeline.convergedAt(new int[] {5, 3, 1})).isEqualTo(-1);
    assertThat(Timeline.convergedAt(new int[] {5})).isEqualTo(-1);
  }
}
