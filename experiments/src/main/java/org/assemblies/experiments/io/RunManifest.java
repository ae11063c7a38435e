package org.assemblies.experiments.io;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run needs to be reproduced and compared: the command, its parameters and seed, the code
 * (project version, git commit) and the machine (Java, OS, cores).
 */
public final class RunManifest {
  private RunManifest() {}

  /**
   * The manifest as an ordered map, ready for JSON.
   *
   * @param command the command that ran (e.g. "project")
   * @param params every option of the command, by name
   * @param seed the seed of the run
   * @param files the files of the run directory the manifest describes (names relative to it)
   * @param extra further entries (may be empty)
   */
  public static Map<String, Object> of(String command, Map<String, ?> params, long seed,
      List<String> files, Map<String, ?> extra) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("command", command);
    m.put("params", params);
    m.put("seed", seed);
    m.put("projectVersion", VersionInfo.version());
    m.put("gitCommit", VersionInfo.gitCommit());
    Boolean dirty = VersionInfo.gitDirty();
    if (dirty != null) {
      m.put("gitDirty", dirty);
    }
    m.put("javaVersion", System.getProperty("java.version"));
    m.put("javaVendor", System.getProperty("java.vendor"));
    m.put("javaVm", System.getProperty("java.vm.name"));
    m.put("osName", System.getProperty("os.name"));
    m.put("osArch", System.getProperty("os.arch"));
    m.put("availableProcessors", Runtime.getRuntime().availableProcessors());
    m.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
    m.put("timestamp", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
    if (extra != null) {
      m.putAll(extra);
    }
    m.put("files", List.copyOf(files));
    return m;
  }
}
