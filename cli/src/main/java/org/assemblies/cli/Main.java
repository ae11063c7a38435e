package org.assemblies.cli;

import org.assemblies.experiments.io.*;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code assemblies} command line. Exit codes: 0 success, 2 invalid input (one line on
 * stderr), 1 any other failure (one line on stderr; set ASSEMBLIES_DEBUG=1 for the stack trace).
 */
@Command(name = "assemblies", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
    versionProvider = Main.Version.class, sortOptions = false, usageHelpAutoWidth = true,
    description = "Brain computation by assemblies of neurons: simulate the Assembly Calculus "
        + "(Papadimitriou et al., PNAS 2020).",
    subcommands = {DemoCommand.class, ProjectCommand.class, AssociateCommand.class,
        MergeCommand.class, CompleteCommand.class, BenchCommand.class, ExperimentCommand.class,
        ReportCommand.class, TmCommand.class, ParseCommand.class, LmCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
  /** Exit code of invalid input. */
  public static final int USAGE = 2;
  /** Exit code of other failures. */
  public static final int FAILURE = 1;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(),
        "missing command: demo, project, associate, merge, complete, bench, experiment, report, tm, parse or lm");
  }

  /** "assemblies VERSION" for --version. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"assemblies " + VersionInfo.version() + " (Java "
          + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
          + System.getProperty("os.arch") + ")"};
    }
  }

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    Charset outCs = charset("stdout.encoding");
    Charset errCs = charset("stderr.encoding");
    Text.useAsciiFor(outCs.newEncoder().canEncode('≥') ? errCs : outCs);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, outCs), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, errCs), true);
    int code;
    try {
      code = run(out, err, args);
    } catch (OutOfMemoryError e) {
      long max = Runtime.getRuntime().maxMemory();
      err.println(Text.fit(Text.f("assemblies: error: out of memory (max heap %s); "
              + "raise it, e.g. ASSEMBLIES_JAVA_OPTS=-Xmx16g",
          max >= 1L << 30 ? Text.f("%.1f GiB", max / 1073741824.0) : Text.f("%d MiB", max >> 20))));
      code = FAILURE;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line with these streams and returns the exit code (used by tests). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return commandLine(out, err).execute(args);
  }

  /** The configured command line: commands, streams and the one-line error handlers. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      String msg = Text.oneLine(ex.getMessage());
      if (ex instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
        msg += "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
      }
      return error(c, msg, USAGE);
    });
    cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
      if (System.getenv("ASSEMBLIES_DEBUG") != null) {
        ex.printStackTrace(c.getErr());
      }
      if (ex instanceof IllegalArgumentException || ex instanceof IllegalStateException) {
        return error(c, Text.oneLine(message(ex)), USAGE);
      }
      if (ex instanceof IOException || ex instanceof UncheckedIOException) {
        return error(c, "I/O failed: " + Text.oneLine(message(ex)), FAILURE);
      }
      return error(c, Text.oneLine(ex.getClass().getSimpleName() + ": " + message(ex)), FAILURE);
    });
    return cl;
  }

  private static String message(Throwable ex) {
    Throwable t = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
    String m = t.getMessage();
    if (t instanceof java.nio.file.FileSystemException fs && t.getCause() == null) {
      m = fs.getFile() + (fs.getReason() == null ? "" : ": " + fs.getReason())
          + " (" + t.getClass().getSimpleName() + ")";
    }
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }

  private static int error(CommandLine c, String msg, int code) {
    String hint = code == USAGE ? " (see '" + c.getCommandSpec().qualifiedName() + " --help')" : "";
    PrintWriter err = c.getErr();
    err.println(Text.fit("assemblies: error: " + msg + hint));
    err.flush();
    return code;
  }

  private static Charset charset(String property) {
    String name = System.getProperty(property);
    try {
      return name == null ? Charset.defaultCharset() : Charset.forName(name);
    } catch (RuntimeException e) {
      return Charset.defaultCharset();
    }
  }
}
