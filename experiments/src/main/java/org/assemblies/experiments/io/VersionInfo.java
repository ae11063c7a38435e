package org.assemblies.experiments.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** The project version (filtered into the jar at build time) and the git commit of a run. */
public final class VersionInfo {
  private static volatile String version;

  private VersionInfo() {}

  /** The project version, e.g. {@code 0.1.0-SNAPSHOT}, or "unknown". */
  public static String version() {
    String v = version;
    if (v == null) {
      v = "unknown";
      try (InputStream in = VersionInfo.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          Properties p = new Properties();
          p.load(in);
          String s = p.getProperty("version", "").trim();
          if (!s.isEmpty() && !s.startsWith("${")) {
            v = s;
          }
        }
      } catch (IOException e) {
        // keep "unknown"
      }
      version = v;
    }
    return v;
  }

  /**
   * The commit checked out where the code runs from ({@code git rev-parse HEAD} next to the jar,
   * else in the working directory), or "unknown" when there is no git or no repository.
   */
  public static String gitCommit() {
    for (Path dir : candidateDirs()) {
      String out = git(dir, "rev-parse", "HEAD");
      if (out != null && out.matches("[0-9a-f]{7,64}")) {
        return out;
      }
    }
    return "unknown";
  }

  /** Whether the working tree has uncommitted changes; null when unknown. */
  public static Boolean gitDirty() {
    for (Path dir : candidateDirs()) {
      if (git(dir, "rev-parse", "HEAD") != null) {
        String status = git(dir, "status", "--porcelain", "--untracked-files=no");
        return status == null ? null : !status.isEmpty();
      }
    }
    return null;
  }

  private static List<Path> candidateDirs() {
    List<Path> dirs = new ArrayList<>();
    try {
      Path code = Path.of(VersionInfo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      dirs.add(Files.isDirectory(code) ? code : code.getParent());
    } catch (Exception e) {
      // no code source: only the working directory
    }
    dirs.add(Path.of("").toAbsolutePath());
    return dirs;
  }

  private static String git(Path dir, String... args) {
    if (dir == null || !Files.isDirectory(dir)) {
      return null;
    }
    List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(
              System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null")))
          .start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8).trim() : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
