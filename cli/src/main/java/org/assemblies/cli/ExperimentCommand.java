package org.assemblies.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.Experiments;
import org.assemblies.experiments.Params;
import org.assemblies.experiments.SweepRunner;
import org.assemblies.experiments.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assemblies experiment list|run}: the papers' experiments by name. */
@Command(name = "experiment", sortOptions = false,
    description = "The papers' experiments: list them, or run one over seeds (and a sweep) with "
        + "CSV, plots, a manifest and checks of the expected figures.",
    subcommands = {ExperimentCommand.ListCommand.class, ExperimentCommand.RunCommand.class})
final class ExperimentCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing subcommand: list or run");
  }

  @Command(name = "list", description = "One line per experiment: name, title, expected figure.")
  static final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      int width = Experiments.all().stream().mapToInt(e -> e.name().length()).max().orElse(10);
      for (Experiment<?> e : Experiments.all()) {
        out.println(Text.fit(String.format("%-" + width + "s  %s: %s", e.name(), e.title(), e.expected())));
      }
      out.flush();
      return 0;
    }
  }

  /** Options shared by {@code experiment run} and {@code report}. */
  static class RunOptions {
    @Option(names = "--seeds", paramLabel = "N", description = "Seeds per sweep point (default: the experiment's).")
    Integer seeds;

    @Option(names = "--threads", paramLabel = "T", description = "Trials run in parallel (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--root-seed", paramLabel = "S", description = "Seed every trial's seed is derived from (default: ${DEFAULT-VALUE}).")
    long rootSeed = 1;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    <P extends Record> SweepRunner.Result<P> run(Experiment<P> e, P params, Path out,
        SweepRunner.Shard shard, String task) throws IOException {
      int n = seeds == null ? e.defaultSeeds() : seeds;
      SweepRunner.Listener listener = new SweepRunner.Listener() {
        Progress bar = Progress.NONE;

        @Override
        public void started(String experiment, int total, int skipped) {
          bar = Progress.trials(task, total, noProgress);
        }

        @Override
        public void trialDone(int done, int total) {
          bar.step();
        }

        @Override
        public void finished() {
          bar.close();
        }
      };
      return SweepRunner.run(e, params, new SweepRunner.Options(n, threads, rootSeed, shard, out, listener));
    }
  }

  @Command(name = "run", sortOptions = false,
      description = "Run one experiment: trials (seeds × sweep) in parallel; writes DIR/<name>.csv, "
          + "plots, summary.json and manifest.json. Finished trials are kept in DIR/trials: an "
          + "interrupted run resumes where it stopped.")
  static final class RunCommand extends RunOptions implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The experiment (see 'assemblies experiment list').")
    String name;

    @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default: runs/<name>).")
    Path out;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
        description = "Override a parameter, e.g. --set beta=0.1 --set betas=0.05,0.1 (repeatable).")
    List<String> set = new ArrayList<>();

    @Option(names = "--shard", paramLabel = "I/N", description = "Run only trials with index ≡ I (mod N), e.g. 0/4.")
    String shard;

    @Option(names = "--json", description = "Print the checks as one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      return runTyped(Experiments.byName(name));
    }

    private <P extends Record> int runTyped(Experiment<P> e) throws IOException {
      if (seeds != null && seeds < 1) {
        throw new IllegalArgumentException("--seeds=" + seeds + " must be ≥ 1");
      }
      if (threads < 1) {
        throw new IllegalArgumentException("--threads=" + threads + " must be ≥ 1");
      }
      P params = Params.with(e.defaults(), Params.assignments(set));
      Path dir = out == null ? Path.of("runs", e.name()) : out;
      SweepRunner.Shard sh = shard == null ? SweepRunner.Shard.ALL : SweepRunner.Shard.parse(shard);
      SweepRunner.Result<P> r = run(e, params, dir, sh, e.name());
      PrintWriter o = spec.commandLine().getOut();
      if (json) {
        var summary = SweepRunner.summary(e, r.checks());
        summary.put("complete", r.complete());
        summary.put("seconds", r.seconds());
        summary.put("dir", dir.toString());
        o.println(Json.compact(summary));
      } else {
        o.println(Text.fit(String.format("%s (%s): %d trials, %d run now in %.1f s, %s",
            e.title(), e.source(), r.trialsTotal(), r.trialsRunNow(), r.seconds(), dir)));
        if (!r.complete()) {
          o.println("incomplete: trials of other shards are missing; run them with the same options");
        }
        for (Check c : r.checks()) {
          o.println(Text.fit(String.format("  %s  %s: expected %s, measured %s [%s]",
              c.passed() ? "PASS" : "FAIL", c.name(), c.expected(), c.measured(), c.rule())));
        }
        if (r.complete()) {
          o.println(Text.fit("files: " + String.join(", ", r.files())));
        }
      }
      o.flush();
      return 0;
    }
  }
}
