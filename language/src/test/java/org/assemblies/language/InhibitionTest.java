package org.assemblies.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InhibitionTest {
  private final Inhibition s = new Inhibition(List.of("LEX", "SUBJ", "OBJ"));

  @Test
  void everythingStartsInhibitedByIndexZero() {
    assertThat(s.openAreas()).isEmpty();
    assertThat(s.openFibers()).isEmpty();
    assertThat(s.areaInhibitors("SUBJ")).containsExactly(0);
    assertThat(s.fiberInhibitors("LEX", "LEX")).containsExactly(0);
  }

  @Test
  void aFiberIsSymmetricAndOpenIffItsSetIsEmpty() {
    s.disinhibitFiber("LEX", "SUBJ", 0);
    assertThat(s.isFiberOpen("SUBJ", "LEX")).isTrue();
    assertThat(s.openFibers()).containsExactly("LEX–SUBJ");
    s.inhibitFiber("SUBJ", "LEX", 1); // the preposition's second inhibitor
    assertThat(s.isFiberOpen("LEX", "SUBJ")).isFalse();
    s.disinhibitFiber("LEX", "SUBJ", 0); // removing index 0 again does not open it
    assertThat(s.isFiberOpen("LEX", "SUBJ")).isFalse();
    assertThat(s.fiberInhibitors("LEX", "SUBJ")).containsExactly(1);
    s.disinhibitFiber("SUBJ", "LEX", 1);
    assertThat(s.isFiberOpen("LEX", "SUBJ")).isTrue();
    assertThat(s.isFiberOpen("LEX", "OBJ")).isFalse();
  }

  @Test
  void areasHoldSetsToo() {
    s.disinhibitArea("OBJ", 0);
    assertThat(s.openAreas()).containsExactly("OBJ");
    s.inhibitArea("OBJ", 1);
    s.inhibitArea("OBJ", 1);
    assertThat(s.areaInhibitors("OBJ")).containsExactly(1);
    s.disinhibitArea("OBJ", 1);
    assertThat(s.isAreaOpen("OBJ")).isTrue();
  }

  @Test
  void badNamesAndIndicesAreRefused() {
    assertThatThrownBy(() -> s.inhibitArea("VERB", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VERB");
    assertThatThrownBy(() -> s.inhibitFiber("LEX", "SUBJ", 64)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index=64");
    assertThatThrownBy(() -> new Inhibition(List.of("A", "A"))).isInstanceOf(IllegalArgumentException.class);
  }
}
