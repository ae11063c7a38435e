package org.assemblies.experiments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.assemblies.experiments.io.AtomicFiles;
import org.assemblies.experiments.io.VersionInfo;

/**
 * The report of a set of experiment runs: one self-contained HTML page (plots embedded) and the
 * same table in Markdown, for every experiment our figure beside the expected one, with pass/fail.
 */
public final class Report {
  private Report() {}

  /** One experiment's run as the report shows it: its result and its run directory. */
  public record Entry(SweepRunner.Result<?> result, Path runDir) {}

  /** Writes {@code report.html} and {@code results.md} into {@code dir}; returns the HTML path. */
  public static Path write(Path dir, List<Entry> entries, String command) throws IOException {
    Path html = dir.resolve("report.html");
    AtomicFiles.writeString(html, html(entries, command));
    AtomicFiles.writeString(dir.resolve("results.md"), markdown(entries, command));
    return html;
  }

  static String markdown(List<Entry> entries, String command) {
    StringBuilder sb = new StringBuilder();
    sb.append("| experiment | expected | measured (mean ± sd over seeds) | rule | pass |\n");
    sb.append("|---|---|---|---|---|\n");
    for (Entry e : entries) {
      Experiment<?> x = e.result().experiment();
      for (Check c : e.result().checks()) {
        sb.append("| ").append(x.title()).append(": ").append(md(c.name()))
            .append(" | ").append(md(c.expected()))
            .append(" | ").append(c.measured())
            .append(" | ").append(md(c.rule()))
            .append(" | ").append(c.passed() ? "yes" : "**no**").append(" |\n");
      }
      if (!e.result().complete()) {
        sb.append("| ").append(x.title()).append(" | ").append(md(x.expected()))
            .append(" | incomplete (trials of other shards missing) | | |\n");
      }
    }
    sb.append("\nRegenerate with `").append(command).append("`.\n");
    return sb.toString();
  }

  private static String md(String s) {
    return s.replace("|", "\\|");
  }

  static String html(List<Entry> entries, String command) throws IOException {
    long passed = entries.stream().filter(e -> e.result().passed()).count();
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>assemblies: experiment report</title><style>")
        .append("body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222}")
        .append("table{border-collapse:collapse;margin:0.6em 0;width:100%}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}")
        .append("th{background:#f4f4f4}.pass{color:#116611;font-weight:600}.fail{color:#b00020;font-weight:600}")
        .append("section{border-top:2px solid #eee;margin-top:2em;padding-top:0.5em}img{max-width:100%;border:1px solid #eee}")
        .append(".meta{color:#666;font-size:0.9em}code{background:#f6f6f6;padding:1px 4px}")
        .append("</style></head><body>");
    sb.append("<h1>Assembly Calculus: experiment report</h1>");
    sb.append("<p class=\"meta\">").append(esc(LocalDate.now().toString()))
        .append(" · assemblies ").append(esc(VersionInfo.version()))
        .append(" · commit ").append(esc(VersionInfo.gitCommit()))
        .append(" · Java ").append(esc(System.getProperty("java.version")))
        .append(" · ").append(esc(System.getProperty("os.name"))).append(' ')
        .append(esc(System.getProperty("os.arch")))
        .append("<br>Regenerate with <code>").append(esc(command)).append("</code></p>");
    sb.append("<p><b>").append(passed).append(" of ").append(entries.size())
        .append("</b> experiments match their expected figures.</p>");
    sb.append("<table><tr><th>experiment</th><th>expected (source)</th><th>measured</th><th></th></tr>");
    for (Entry e : entries) {
      Experiment<?> x = e.result().experiment();
      sb.append("<tr><td><a href=\"#").append(esc(x.name())).append("\">").append(esc(x.title()))
          .append("</a></td><td>").append(esc(x.expected())).append("</td><td>");
      for (Check c : e.result().checks()) {
        sb.append(esc(c.name())).append(": ").append(esc(c.measured())).append("<br>");
      }
      sb.append("</td><td>").append(verdict(e.result())).append("</td></tr>");
    }
    sb.append("</table>");
    for (Entry e : entries) {
      SweepRunner.Result<?> r = e.result();
      Experiment<?> x = r.experiment();
      sb.append("<section id=\"").append(esc(x.name())).append("\"><h2>").append(esc(x.title()))
          .append(" <small>").append(verdict(r)).append("</small></h2>");
      sb.append("<p class=\"meta\">").append(esc(x.source())).append(" · <code>")
          .append(esc(x.name())).append("</code> · ").append(r.seeds()).append(" seeds · root seed ")
          .append(r.rootSeed()).append(" · parameters ").append(esc(String.valueOf(Params.toMap(r.params()))))
          .append("</p>");
      sb.append("<p><b>Expected:</b> ").append(esc(x.expected())).append("</p>");
      sb.append("<table><tr><th>figure</th><th>expected</th><th>measured (mean ± sd)</th><th>rule</th><th></th></tr>");
      for (Check c : r.checks()) {
        sb.append("<tr><td>").append(esc(c.name())).append("</td><td>").append(esc(c.expected()))
            .append("</td><td>").append(esc(c.measured())).append("</td><td>").append(esc(c.rule()))
            .append("</td><td>").append(c.passed() ? "<span class=\"pass\">pass</span>"
                : "<span class=\"fail\">fail</span>").append("</td></tr>");
      }
      sb.append("</table>");
      for (String f : r.files()) {
        if (f.endsWith(".png")) {
          byte[] png = Files.readAllBytes(e.runDir().resolve(f));
          sb.append("<p><img alt=\"").append(esc(f)).append("\" src=\"data:image/png;base64,")
              .append(Base64.getEncoder().encodeToString(png)).append("\"></p>");
        }
      }
      sb.append("</section>");
    }
    sb.append("</body></html>\n");
    return sb.toString();
  }

  private static String verdict(SweepRunner.Result<?> r) {
    if (!r.complete()) {
      return "<span class=\"fail\">incomplete</span>";
    }
    return r.passed() ? "<span class=\"pass\">pass</span>" : "<span class=\"fail\">fail</span>";
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
