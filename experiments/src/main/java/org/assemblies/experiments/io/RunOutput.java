package org.assemblies.experiments.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A run directory: every file is written atomically (temporary file, then move), and the names
 * written are remembered so that {@link #writeManifest} can list them. Commands and experiments
 * use it the same way:
 *
 * <pre>{@code
 * RunOutput out = RunOutput.create(dir);
 * out.writeCsv("support.csv", header, rows);
 * out.writePng("support.png", chart);
 * out.writeManifest("project", params, seed, Map.of());
 * }</pre>
 */
public final class RunOutput {
  /** The manifest's file name. */
  public static final String MANIFEST = "manifest.json";

  private final Path dir;
  private final List<String> files = new ArrayList<>();

  private RunOutput(Path dir) {
    this.dir = dir;
  }

  /** Opens (creating it and its parents if needed) a run directory. */
  public static RunOutput create(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IOException("output path '" + dir + "' exists and is not a directory");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IOException("cannot create output directory '" + dir + "' ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
    }
    return new RunOutput(dir);
  }

  public Path dir() {
    return dir;
  }

  /** Names (relative to the directory) of the files written so far, in order. */
  public List<String> files() {
    return Collections.unmodifiableList(files);
  }

  public Path writeBytes(String name, byte[] content) throws IOException {
    return record(name, AtomicFiles.write(resolve(name), content));
  }

  public Path writeString(String name, String content) throws IOException {
    return record(name, AtomicFiles.writeString(resolve(name), content));
  }

  /** Writes a value (maps, lists, records, numbers) as indented JSON. */
  public Path writeJson(String name, Object value) throws IOException {
    return writeString(name, Json.pretty(value));
  }

  /**
   * Writes a CSV file: a header and one line per row. Values are written with
   * {@link String#valueOf}; doubles without locale; text with commas or quotes is quoted.
   */
  public Path writeCsv(String name, List<String> header, List<? extends List<?>> rows)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    appendCsvLine(sb, header);
    for (List<?> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("CSV row has " + row.size() + " values but the header has "
            + header.size() + " columns");
      }
      appendCsvLine(sb, row);
    }
    return writeString(name, sb.toString());
  }

  /** Renders a chart (XChart) to PNG. */
  public Path writePng(String name, Chart<?, ?> chart) throws IOException {
    return writeBytes(name, Plots.png(chart));
  }

  /**
   * Writes {@value #MANIFEST}: {@link RunManifest} with the list of files written so far (the
   * manifest itself excluded). Call it last.
   */
  public Path writeManifest(String command, Map<String, ?> params, long seed, Map<String, ?> extra)
      throws IOException {
    Map<String, Object> manifest = RunManifest.of(command, params, seed, files, extra);
    Path p = AtomicFiles.writeString(resolve(MANIFEST), Json.pretty(manifest));
    if (!files.contains(MANIFEST)) {
      files.add(MANIFEST);
    }
    return p;
  }

  private Path resolve(String name) {
    Path p = dir.resolve(name).normalize();
    if (!p.startsWith(dir.normalize())) {
      throw new IllegalArgumentException("file name '" + name + "' leaves the run directory");
    }
    return p;
  }

  private Path record(String name, Path written) {
    if (!files.contains(name)) {
      files.add(name);
    }
    return written;
  }

  private static void appendCsvLine(StringBuilder sb, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(csvValue(values.get(i)));
    }
    sb.append('\n');
  }

  private static String csvValue(Object v) {
    if (v == null) {
      return "";
    }
    String s = v instanceof Double d ? Plots.number(d) : String.valueOf(v);
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
