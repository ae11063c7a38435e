package org.assemblies.cli;

import org.assemblies.experiments.io.*;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.assemblies.core.Assembly;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;
import org.assemblies.ops.Operations;
import org.assemblies.ops.Trace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A tour of the Assembly Calculus in a few lines: projection, association, merge. */
@Command(name = "demo", sortOptions = false,
    description = "A short tour: form assemblies in A and B by projection, associate them in C, "
        + "merge them into D, and print what happened (supports, convergence, overlaps).")
final class DemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--n", paramLabel = "N", description = "Neurons per area (default: ${DEFAULT-VALUE}).")
  int n = 100_000;

  @Option(names = "--k", paramLabel = "K", description = "Cap, and stimulus size (default: ${DEFAULT-VALUE}).")
  int k = 317;

  @Option(names = "--p", paramLabel = "P", description = "Connection probability (default: ${DEFAULT-VALUE}).")
  double p = 0.01;

  @Option(names = "--beta", paramLabel = "BETA", description = "Hebbian plasticity (default: ${DEFAULT-VALUE}).")
  double beta = 0.05;

  @Option(names = "--rounds", paramLabel = "R",
      description = "Rounds of each projection and of the merge; association takes half (default: ${DEFAULT-VALUE}).")
  int rounds = 20;

  @Option(names = "--seed", paramLabel = "SEED", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Override
  public Integer call() {
    SimulationCommand.atLeast("rounds", rounds, 2);
    SimClock clock = new SimClock();
    List<String> lines = new ArrayList<>();
    Brain b = clock.time(() -> Brain.builder(p).seed(seed).build()
        .addArea("A", n, k, beta).addArea("B", n, k, beta)
        .addArea("C", n, k, beta).addArea("D", n, k, beta)
        .addStimulus("stimA", k).addStimulus("stimB", k));
    lines.add(Text.f("Assembly calculus demo: n=%d, k=%d, p=%s, beta=%s, seed=%d (areas A, B, C, D)",
        n, k, Plots.number(p), Plots.number(beta), seed));

    // 1-2. projection
    Trace ta = clock.time(() -> Operations.project(b, "stimA", "A", rounds));
    lines.add("1. " + projection("stimA", "A", ta));
    Trace.AreaTrace a = ta.area("A");
    lines.add(Text.f("   A's winners in the last two rounds overlap %s: a stable assembly of k=%d neurons",
        Text.pct((double) a.overlapLastTwo() / k), k));
    Trace tb = clock.time(() -> Operations.project(b, "stimB", "B", rounds));
    lines.add("2. " + projection("stimB", "B", tb));
    Assembly asmA = b.winners("A");
    Assembly asmB = b.winners("B");

    // 3. association into C
    int assocRounds = Math.max(2, rounds / 2);
    Trace tc = clock.time(() -> Operations.associate(b, "stimA", "A", "stimB", "B", "C", assocRounds, null));
    Assembly c = b.winners("C");
    Assembly fromA = clock.time(() -> image(b, "A", "C"));
    Assembly fromB = clock.time(() -> image(b, "B", "C"));
    lines.add(Text.f("3. A and B fire together into C (associate, %d rounds): support of C %d, %s",
        assocRounds, tc.area("C").finalSupport(), converged(tc.area("C"))));
    lines.add(Text.f("   A alone recalls %s of C's assembly, B alone %s (chance %s)",
        Text.pct(c.overlapFraction(fromA)), Text.pct(c.overlapFraction(fromB)), Text.pct((double) k / n)));

    // 4. merge into D
    Trace td = clock.time(() -> Operations.merge(b, "stimA", "A", "stimB", "B", "D", rounds, null));
    Assembly d = b.winners("D");
    Assembly dFromA = clock.time(() -> image(b, "A", "D"));
    Assembly dFromB = clock.time(() -> image(b, "B", "D"));
    lines.add(Text.f("4. merge A, B ↔ D (%d rounds): support of D %d, %s",
        rounds, td.area("D").finalSupport(), converged(td.area("D"))));
    lines.add(Text.f("   A alone evokes %s of D's assembly, B alone %s; A keeps %s of its assembly "
            + "and B %s while D fires back",
        Text.pct(d.overlapFraction(dFromA)), Text.pct(d.overlapFraction(dFromB)),
        Text.pct(asmA.overlapFraction(b.winners("A"))), Text.pct(asmB.overlapFraction(b.winners("B")))));
    lines.add(Text.f("%d steps simulated in %.2f s", b.steps(), clock.seconds()));

    PrintWriter out = spec.commandLine().getOut();
    lines.forEach(l -> out.println(Text.fit(l)));
    out.flush();
    return 0;
  }

  private String projection(String stim, String area, Trace t) {
    int[] s = t.area(area).support();
    StringBuilder sb = new StringBuilder(Text.f("%s → %s, %d rounds: support", stim, area, s.length));
    int[] show = {1, 2, 5, 10, s.length};
    int lastShown = 0;
    for (int r : show) {
      if (r <= s.length && r > lastShown) {
        sb.append(lastShown == 0 ? " " : ", ").append(s[r - 1]).append(" (r").append(r).append(')');
        lastShown = r;
      }
    }
    sb.append("; ").append(converged(t.area(area)));
    return sb.toString();
  }

  private static String converged(Trace.AreaTrace t) {
    int[] fresh = t.newNeurons();
    int conv = Timeline.convergedAt(fresh);
    if (conv > 0) {
      return "converged: no new neurons from round " + conv + " on";
    }
    int last = fresh[fresh.length - 1];
    return "not converged (" + last + (last == 1 ? " new neuron" : " new neurons") + " in the last round)";
  }

  /** C's winners when only {@code source}'s current assembly fires into it (a copy, no learning). */
  private static Assembly image(Brain b, String source, String target) {
    Brain c = b.copy();
    c.setPlasticityEnabled(false);
    c.project(Projection.builder().area(source, target).build());
    return c.winners(target);
  }
}
