package org.assemblies.computation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.assemblies.core.Assembly;
import org.assemblies.core.Brain;
import org.junit.jupiter.api.Test;

class CircuitTest {

  static int[] range(int from, int to) {
    return IntStream.range(from, to).toArray();
  }

  /**
   * Stimuli drive the control flow: S1 recruits interneurons that open A and close B; the next
   * step A's new assembly recruits those that close A and open B, and A1 fires once more into B.
   */
  @Test
  void interneuronsAlternateTheAreasThatLearn() {
    Brain b = Brain.of(0.2, 4);
    b.addExplicitArea("S", 200, 20, 0).addExplicitArea("A", 500, 20, 0.1).addExplicitArea("B", 500, 20, 0.1);
    Circuit c = new Circuit(b).fiber("S", "A", "B").fiber("A", "A", "B").fiber("B", "B", "A");
    c.inhibit("A", "B");
    Assembly s1 = new Assembly("S", range(0, 20));
    c.add(new Interneurons("s1", "S", s1, 0.9, List.of("B"), List.of("A")));
    b.setWinners("S", s1.neurons()).fix("S");
    c.step(); // S1 fires and recruits s1 at once: A opens, S1 → A
    assertThat(c.lastRecruited()).containsExactly("s1");
    Assembly a1 = b.winners("A");
    assertThat(a1.size()).isEqualTo(20);
    assertThat(b.winners("B").size()).isZero();
    c.add(new Interneurons("a1", "A", a1, 0.9, List.of("A"), List.of("B")));
    b.setWinners("S", range(20, 40)); // S2: does not recruit s1
    c.step(); // a1 recruited: A closes, B opens; S2 and A1 fire into B only
    assertThat(c.lastRecruited()).doesNotContain("s1");
    assertThat(c.lastRecruited()).contains("a1");
    assertThat(b.winners("B").size()).isEqualTo(20);
    assertThat(b.winners("A").size()).isZero(); // silenced after firing
    assertThat(c.isInhibited("A")).isTrue();
    assertThat(c.isInhibited("B")).isFalse();
  }

  @Test
  void inhibitionWinsAConflict() {
    Brain b = Brain.of(0.2, 4);
    b.addExplicitArea("S", 200, 20, 0).addExplicitArea("A", 300, 20, 0.1);
    Circuit c = new Circuit(b).fiber("S", "A");
    Assembly s = new Assembly("S", range(0, 20));
    c.add(new Interneurons("open", "S", s, 1, List.of(), List.of("A")));
    c.add(new Interneurons("close", "S", s, 1, List.of("A"), List.of()));
    b.setWinners("S", s.neurons()).fix("S");
    c.step();
    assertThat(c.lastRecruited()).containsExactly("open", "close");
    assertThat(c.isInhibited("A")).isTrue();
    assertThat(b.winners("A").size()).isZero();
  }

  /** A held area keeps its assembly while it is projected into, until a population releases it. */
  @Test
  void holdKeepsAnAssemblyUntilReleased() {
    Brain b = Brain.of(0.2, 4);
    b.addExplicitArea("S", 200, 20, 0).addExplicitArea("T", 200, 20, 0).addExplicitArea("A", 300, 20, 0.1);
    Circuit c = new Circuit(b).fiber("S", "A").fiber("T", "A");
    c.add(Interneurons.when("hold", Trigger.active("S")).hold("A").build());
    c.add(Interneurons.when("release", Trigger.any(Trigger.active("T"), Trigger.fired("never"))).release("A").build());
    b.setWinners("S", range(0, 20));
    c.step(); // hold acts before A has an assembly: A takes S's cap
    Assembly first = b.winners("A");
    assertThat(first.size()).isEqualTo(20);
    b.inhibit("S");
    b.setWinners("T", range(100, 120));
    b.setWinners("S", range(0, 20));
    c.step(); // both recruited: the hold wins over the release, A keeps its assembly against T's input
    assertThat(c.lastRecruited()).containsExactly("hold", "release");
    assertThat(c.isHeld("A")).isTrue();
    assertThat(b.winners("A")).isEqualTo(first);
    b.inhibit("S");
    c.step(); // only release: A follows its input (T) again
    assertThat(c.isHeld("A")).isFalse();
    assertThat(b.winners("A").overlap(first)).isLessThan(20);
  }

  /** A ring of interneuron populations is a clock; fibers can be gated one by one. */
  @Test
  void interneuronRingsAndFiberGates() {
    Brain b = Brain.of(0.2, 4);
    b.addExplicitArea("S", 200, 20, 0).addExplicitArea("A", 300, 20, 0).addExplicitArea("B", 300, 20, 0);
    Circuit c = new Circuit(b).fiber("S", "A", "B");
    c.add(Interneurons.when("tick", Trigger.all(Trigger.active("S"), Trigger.not(Trigger.fired("tock"))))
        .close("S", "B").open("S", "A").build());
    c.add(Interneurons.when("tock", Trigger.fired("tick")).close("S", "A").open("S", "B").build());
    b.setWinners("S", range(0, 20)).fix("S");
    c.step(); // tick: S → A only
    assertThat(c.lastRecruited()).containsExactly("tick");
    assertThat(b.winners("A").size()).isEqualTo(20);
    assertThat(b.winners("B").size()).isZero();
    c.step(); // tick again (tock had not fired) and tock (tick had): both act
    assertThat(c.lastRecruited()).containsExactly("tick", "tock");
    assertThat(c.isClosed("S", "A")).isTrue(); // inhibition (closing) wins over tick's opening
    assertThat(c.isClosed("S", "B")).isTrue();
    c.step(); // tock fired before, so tick is blocked; tick fired before, so tock fires
    assertThat(c.lastRecruited()).containsExactly("tock");
    assertThat(c.isClosed("S", "B")).isFalse();
    assertThatThrownBy(() -> c.closeFiber("A", "S")).hasMessageContaining("no fiber A → S");
    assertThatThrownBy(() -> c.add(Interneurons.when("tick", Trigger.active("S")).build()))
        .hasMessageContaining("already added");
  }

  @Test
  void badWiringIsRejected() {
    Brain b = Brain.of(0.2, 1).addExplicitArea("A", 100, 10, 0);
    Circuit c = new Circuit(b);
    assertThatThrownBy(() -> c.fiber("A", "Z")).hasMessageContaining("unknown area 'Z'");
    assertThatThrownBy(() -> new Interneurons("x", "A", new Assembly("B", range(0, 3)), 0.5, List.of(), List.of()))
        .hasMessageContaining("assembly of 'B'");
    assertThatThrownBy(() -> new Interneurons("x", "A", new Assembly("A", range(0, 3)), 0, List.of(), List.of()))
        .hasMessageContaining("threshold=0.0");
  }

  @Test
  void refractoryPenaltyPushesTheCapAway() {
    Brain b = Brain.of(0.3, 7);
    b.addExplicitArea("In", 200, 20, 0).addExplicitArea("A", 400, 20, 0);
    b.setWinners("In", range(0, 20)).fix("In");
    b.setPlasticityEnabled(false);
    var plain = b.copy();
    RefractoryPenalty.install(b, "A", 1000, 2);
    var proj = org.assemblies.core.Projection.builder().area("In", "A").build();
    b.project(proj);
    Assembly first = b.winners("A");
    b.project(proj);
    assertThat(b.winners("A").overlap(first)).isZero(); // fired 1 step ago: penalised by S
    b.project(proj);
    b.project(proj); // window 2: the first cap may fire again now
    plain.project(proj);
    plain.project(proj);
    assertThat(plain.winners("A")).isEqualTo(first); // without the penalty the cap repeats
    assertThatThrownBy(() -> RefractoryPenalty.install(b, "A", 1, 0)).hasMessageContaining("window=0");
  }
}
