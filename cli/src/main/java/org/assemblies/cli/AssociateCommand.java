package org.assemblies.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assemblies.core.Assembly;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;
import org.assemblies.ops.Operations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Association, following the PNAS protocol ({@code association_sim}): assemblies in A and B are
 * formed from their stimuli, each is projected into C on its own, then A and B fire into C
 * together. Association shows as a growing overlap between the images of A and of B in C.
 */
@Command(name = "associate", sortOptions = false,
    description = "Association (PNAS protocol): stimA -> A and stimB -> B for --setup-rounds, "
        + "A -> C then B -> C for --setup-rounds each, then A and B fire into C together "
        + "(Operations.associate) for --rounds. Reports how much the images of A and of B in C "
        + "overlap before and after.")
final class AssociateCommand extends SimulationCommand {
  @Option(names = "--setup-rounds", paramLabel = "R",
      description = "Rounds of each setup phase: forming A and B, A -> C, B -> C (default: ${DEFAULT-VALUE}).")
  int setupRounds = 10;

  AssociateCommand() {
    super(100_000, 317, 0.01, 0.05, 50, 1);
  }

  @Override
  String name() {
    return "associate";
  }

  @Override
  List<String> areas() {
    return List.of("A", "B", "C");
  }

  @Override
  int plannedSteps() {
    return 3 * setupRounds + rounds;
  }

  @Override
  Map<String, Object> extraParams() {
    return Map.of("setupRounds", setupRounds);
  }

  @Override
  void validate() {
    super.validate();
    atLeast("setup-rounds", setupRounds, 1);
  }

  @Override
  void simulate(Session s, RunResult r) {
    Brain b = s.start(() -> Brain.builder(p).seed(seed).build()
        .addArea("A", n, k, beta).addArea("B", n, k, beta).addArea("C", n, k, beta)
        .addStimulus("stimA", k).addStimulus("stimB", k));
    // 1. assemblies in A and B
    s.phase("form A and B", "A");
    s.step(Projection.builder().stimulus("stimA", "A").stimulus("stimB", "B").build());
    s.steps(Projection.builder().stimulus("stimA", "A").stimulus("stimB", "B")
        .area("A", "A").area("B", "B").build(), setupRounds - 1);
    // 2. A -> C
    s.phase("A → C", "C");
    s.step(Projection.builder().stimulus("stimA", "A").area("A", "A", "C").build());
    s.steps(Projection.builder().stimulus("stimA", "A").area("A", "A", "C").area("C", "C").build(),
        setupRounds - 1);
    Assembly cA = b.winners("C");
    // 3. B -> C
    s.phase("B → C", "C");
    s.step(Projection.builder().stimulus("stimB", "B").area("B", "B", "C").build());
    s.steps(Projection.builder().stimulus("stimB", "B").area("B", "B", "C").area("C", "C").build(),
        setupRounds - 1);
    Assembly cB = b.winners("C");
    Assembly[] before = s.op(() -> images(b));
    // 4. association
    s.phase("associate", "C");
    s.op(() -> Operations.associate(b, "stimA", "A", "stimB", "B", "C", rounds, s.listener()));
    Assembly cAB = b.winners("C");
    Assembly[] after = s.op(() -> images(b));

    r.mainPhase = "associate";
    r.target = "C";
    r.title = "A, B → C";
    int ob = before[0].overlap(before[1]);
    int oa = after[0].overlap(after[1]);
    double chance = (double) k / n;
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("imagesBefore", ob);
    o.put("imagesBeforeFraction", (double) ob / k);
    o.put("imagesAfter", oa);
    o.put("imagesAfterFraction", (double) oa / k);
    o.put("assemblyCaCb", cA.overlap(cB));
    o.put("associatedWithCa", cAB.overlap(cA));
    o.put("associatedWithCb", cAB.overlap(cB));
    o.put("chanceFraction", chance);
    r.results.put("overlaps", o);
    Map<String, Object> finals = new LinkedHashMap<>();
    for (String a : areas()) {
      finals.put(a, b.support(a));
    }
    r.results.put("finalSupports", finals);

    r.before.add(Text.f("setup: A and B formed for %d rounds (support A %d, B %d); "
            + "A → C then B → C for %d rounds each (support C %d)",
        setupRounds, r.timeline.support("form A and B", "A")[setupRounds - 1],
        r.timeline.support("form A and B", "B")[setupRounds - 1], setupRounds,
        r.timeline.support("B → C", "C")[setupRounds - 1]));
    r.after.add(Text.f("C's assemblies for A and for B before association share %d of k=%d neurons (%s)",
        cA.overlap(cB), k, Text.pct((double) cA.overlap(cB) / k)));
    r.after.add(Text.f("images in C of A alone vs B alone (one step, no plasticity): before %d (%s), "
            + "after %d (%s); chance %s", ob, Text.pct((double) ob / k), oa, Text.pct((double) oa / k),
        Text.pct(chance)));
    r.after.add(Text.f("C after association overlaps C's assembly for A by %s and for B by %s",
        Text.pct((double) cAB.overlap(cA) / k), Text.pct((double) cAB.overlap(cB) / k)));
  }

  /**
   * The winners of C when A alone, then B alone, fires into it once, on a copy of the brain with
   * plasticity off (the second probe reads only B's winners and the unchanged weights).
   */
  private static Assembly[] images(Brain b) {
    Brain c = b.copy();
    c.setPlasticityEnabled(false);
    c.project(Projection.builder().area("A", "C").build());
    Assembly fromA = c.winners("C");
    c.project(Projection.builder().area("B", "C").build());
    return new Assembly[] {fromA, c.winners("C")};
  }
}
