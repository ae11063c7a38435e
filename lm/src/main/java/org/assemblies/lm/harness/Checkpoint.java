package org.assemblies.lm.harness;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assemblies.experiments.io.AtomicFiles;
import org.assemblies.experiments.io.Json;
import org.assemblies.lm.LanguageModel;

/**
 * A training checkpoint: a directory with the model ({@code model/}, written by
 * {@link LanguageModel#save}) and {@code state.json} (the {@link Trainer.State} and the caller's
 * metadata: model kind, options, data). It is replaced atomically: the new checkpoint is written
 * beside the old one and moved into place, so a crash leaves the previous complete checkpoint
 * (possibly under its {@code .old} name, which {@link #load} also accepts).
 */
public final class Checkpoint {
  /** The state file. */
  public static final String STATE = "state.json";
  /** The model's subdirectory. */
  public static final String MODEL = "model";

  private Checkpoint() {}

  /**
   * A checkpoint read back.
   *
   * @param state the training state
   * @param meta the caller's metadata
   * @param modelDirectory where the model is (for {@code ModelFactory.load})
   */
  public record Loaded(Trainer.State state, Map<String, Object> meta, Path modelDirectory) {}

  public static void save(Path dir, LanguageModel model, Trainer.State state, Map<String, Object> meta)
      throws IOException {
    Path abs = dir.toAbsolutePath().normalize();
    Files.createDirectories(abs.getParent());
    Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp-" + System.nanoTime());
    Path old = abs.resolveSibling(abs.getFileName() + ".old");
    try {
      model.save(tmp.resolve(MODEL));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("step", state.step());
      m.put("tokens", state.tokens());
      m.put("seconds", state.seconds());
      m.put("wallSeconds", state.wallSeconds());
      m.put("timeToTarget", Double.isNaN(state.timeToTarget()) ? null : state.timeToTarget());
      List<Map<String, Object>> curve = new ArrayList<>();
      for (Trainer.Point p : state.curve()) {
        curve.add(Map.of("step", p.step(), "tokens", p.tokens(), "seconds", p.seconds(),
            "trainNats", p.trainNats(), "evalNats", p.evalNats(), "evalAccuracy", p.evalAccuracy()));
      }
      m.put("curve", curve);
      m.put("meta", meta);
      AtomicFiles.writeString(tmp.resolve(STATE), Json.pretty(m));
      deleteTree(old);
      if (Files.exists(abs)) {
        Files.move(abs, old);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs);
      }
      deleteTree(old);
    } finally {
      deleteTree(tmp);
    }
  }

  /** Reads the checkpoint in {@code dir} (or its {@code .old} copy after an interrupted save). */
  public static Loaded load(Path dir) throws IOException {
    Path abs = dir.toAbsolutePath().normalize();
    if (!Files.isRegularFile(abs.resolve(STATE))) {
      Path old = abs.resolveSibling(abs.getFileName() + ".old");
      if (Files.isRegularFile(old.resolve(STATE))) {
        abs = old;
      } else {
        throw new IOException("no checkpoint in " + dir + " (missing " + STATE + ")");
      }
    }
    Map<String, Object> m = Json.mapper().readValue(Files.readString(abs.resolve(STATE)),
        new TypeReference<Map<String, Object>>() {});
    List<Trainer.Point> curve = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> raw = (List<Map<String, Object>>) m.getOrDefault("curve", List.of());
    for (Map<String, Object> p : raw) {
      curve.add(new Trainer.Point(num(p, "step").longValue(), num(p, "tokens").longValue(),
          num(p, "seconds").doubleValue(), num(p, "trainNats").doubleValue(),
          num(p, "evalNats").doubleValue(), num(p, "evalAccuracy").doubleValue()));
    }
    Object ttt = m.get("timeToTarget");
    Trainer.State state = new Trainer.State(num(m, "step").longValue(), num(m, "tokens").longValue(),
        num(m, "seconds").doubleValue(), num(m, "wallSeconds").doubleValue(), ttt == null ? Double.NaN : ((Number) ttt).doubleValue(), curve);
    @SuppressWarnings("unchecked")
    Map<String, Object> meta = (Map<String, Object>) m.getOrDefault("meta", Map.of());
    return new Loaded(state, meta, abs.resolve(MODEL));
  }

  private static Number num(Map<String, Object> m, String key) throws IOException {
    if (!(m.get(key) instanceof Number n)) {
      throw new IOException("checkpoint " + STATE + ": '" + key + "' missing or not a number");
    }
    return n;
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    }
  }
}
