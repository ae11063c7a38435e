package org.assemblies.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.assemblies.computation.turing.NeuralTuringMachine;
import org.assemblies.computation.turing.TuringMachine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assemblies tm run MACHINE INPUT}: a Turing machine built from assemblies. */
@Command(name = "tm", description = "Turing machines built from assemblies.",
    subcommands = {TmCommand.RunCommand.class})
final class TmCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing subcommand: run");
  }

  @Command(name = "run", sortOptions = false,
      description = "Train the transducer of MACHINE (a built-in name or a .tm file), write INPUT on the "
          + "tape and run: prints the tape read out of the network at every step, checked against a "
          + "plain interpreter. Built-in: binary-increment, palindrome, unary-add, busy-beaver-2.")
  static final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MACHINE", description = "Built-in machine or .tm file.")
    String machineName;

    @Parameters(index = "1", paramLabel = "INPUT", arity = "0..1", description = "The input (default: empty tape).")
    String input = "";

    @Option(names = "--seed", paramLabel = "SEED", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--max-steps", paramLabel = "T", description = "Step budget (default: ${DEFAULT-VALUE}).")
    int maxSteps = 200;

    @Option(names = "--rounds", description = "Also print, per step, the interneuron populations recruited in each round.")
    boolean rounds;

    @Option(names = "--n", paramLabel = "N", description = "Neurons of the arc and tape areas (default: 2000).")
    Integer n;

    @Option(names = "--k", paramLabel = "K", description = "Cap of every area (default: 40).")
    Integer k;

    @Option(names = "--p", paramLabel = "P", description = "Connection probability (default: 0.4).")
    Double p;

    @Override
    public Integer call() throws IOException {
      if (maxSteps < 1) {
        throw new IllegalArgumentException("--max-steps=" + maxSteps + " must be ≥ 1");
      }
      TuringMachine m = machineName.endsWith(".tm") || Files.exists(Path.of(machineName))
          ? TuringMachine.load(Path.of(machineName)) : TuringMachine.builtin(machineName);
      NeuralTuringMachine.Config d = NeuralTuringMachine.Config.standard();
      NeuralTuringMachine.Config c = new NeuralTuringMachine.Config(n == null ? d.n() : n, k == null ? d.k() : k,
          p == null ? d.p() : p, d.betaFsm(), d.presentations(), d.betaTape(), d.buildRounds());
      long t0 = System.nanoTime();
      NeuralTuringMachine tm = new NeuralTuringMachine(m, c, seed);
      NeuralTuringMachine.Trace t = tm.run(input, maxSteps);
      double seconds = (System.nanoTime() - t0) / 1e9;
      PrintWriter out = spec.commandLine().getOut();
      out.println(Text.fit(String.format("%s on \"%s\": n=%d, k=%d, p=%s, seed=%d (10 areas; tape read out of the network)",
          m.name(), input, c.n(), c.k(), c.p(), seed)));
      char blank = m.blank();
      for (int i = 0; i < t.neural().size(); i++) {
        NeuralTuringMachine.Snapshot s = t.neural().get(i);
        boolean ok = s.equals(t.reference().get(i)) || (s.state().equals(t.reference().get(i).state())
            && s.render(blank).equals(t.reference().get(i).render(blank)));
        out.println(String.format("%4d  %-10s %s%s", i, s.state(), s.render(blank),
            ok ? "" : "   ≠ interpreter: " + t.reference().get(i).state() + " " + t.reference().get(i).render(blank)));
        if (rounds && i < t.rounds().size()) {
          out.println("      rounds: " + t.rounds().get(i));
        }
      }
      out.println(Text.fit(t.agrees()
          ? String.format("agrees with the interpreter at all %d steps (%.1f s)", t.neural().size() - 1, seconds)
          : String.format("first disagreement at step %d (%.1f s)", t.firstMismatch(), seconds)));
      out.flush();
      return t.agrees() ? 0 : 1;
    }
  }
}
