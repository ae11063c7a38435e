package org.assemblies.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.Experiments;
import org.assemblies.experiments.Report;
import org.assemblies.experiments.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code assemblies report}: every experiment (run, or read back), one HTML page. */
@Command(name = "report", sortOptions = false,
    description = "Run (or read back from DIR) every experiment with the papers' parameters and "
        + "write DIR/report.html: for each, our figure beside the expected one, the plots, and "
        + "pass/fail; DIR/results.md has the same table in Markdown.")
final class ReportCommand extends ExperimentCommand.RunOptions implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", description = "Report directory (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("runs", "report");

  @Option(names = "--only", split = ",", paramLabel = "NAME", description = "Only these experiments.")
  List<String> only = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    List<Experiment<?>> selected = new ArrayList<>();
    if (only.isEmpty()) {
      selected.addAll(Experiments.all());
    } else {
      for (String n : only) {
        selected.add(Experiments.byName(n));
      }
    }
    PrintWriter o = spec.commandLine().getOut();
    List<Report.Entry> entries = new ArrayList<>();
    int i = 0;
    for (Experiment<?> e : selected) {
      i++;
      Path dir = out.resolve(e.name());
      SweepRunner.Result<?> r = runDefaults(e, dir, String.format("%d/%d %s", i, selected.size(), e.name()));
      entries.add(new Report.Entry(r, dir));
      o.println(Text.fit(String.format("%-4s %s (%.1f s)", r.passed() ? "PASS" : "FAIL", e.title(), r.seconds())));
      o.flush();
    }
    StringBuilder cmd = new StringBuilder("./assemblies report --out ").append(out);
    if (seeds != null) {
      cmd.append(" --seeds ").append(seeds);
    }
    if (!only.isEmpty()) {
      cmd.append(" --only ").append(String.join(",", only));
    }
    Path html = Report.write(out, entries, cmd.toString());
    long passed = entries.stream().filter(en -> en.result().passed()).count();
    o.println(Text.fit(String.format("%d of %d experiments match; report: %s", passed, entries.size(), html)));
    o.flush();
    return 0;
  }

  private <P extends Record> SweepRunner.Result<P> runDefaults(Experiment<P> e, Path dir, String task)
      throws IOException {
    return run(e, e.defaults(), dir, SweepRunner.Shard.ALL, task);
  }
}
