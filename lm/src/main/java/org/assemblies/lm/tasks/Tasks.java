package org.assemblies.lm.tasks;

import java.util.List;
import java.util.Map;
import org.assemblies.lm.Options;
import org.assemblies.lm.Task;

/**
 * The tasks of spec/lm-lab.md §1 by name, with their parameters as {@code key=value} options
 * (defaults are the spec's settings):
 *
 * <ul>
 *   <li>{@code copy}: blanks (T, 100), symbols (8), length (10)</li>
 *   <li>{@code string-copy}: min (1), max (64); tested up to 4·max</li>
 *   <li>{@code selective-copy}: length (4096; use e.g. 256 on CPU), count (16), symbols (16)</li>
 *   <li>{@code ar}: vocabulary (20), length (40)</li>
 *   <li>{@code mqar}: pairs (4), length (64), vocabulary (8192), a (0.01); Zoology's settings
 *       are (4,64), (8,128), (16,256), (64,512)</li>
 *   <li>{@code mqar-stacked}: keys (64), values (64), pairs (4), length (64), a (0.01)</li>
 *   <li>{@code induction}: vocabulary (20), length (30)</li>
 * </ul>
 */
public final class Tasks {
  private Tasks() {}

  /** The task names. */
  public static final List<String> NAMES =
      List.of("copy", "string-copy", "selective-copy", "ar", "mqar", "mqar-stacked", "induction");

  /** Zoology's MQAR (pairs, length) settings. */
  public static final List<int[]> MQAR_SETTINGS =
      List.of(new int[] {4, 64}, new int[] {8, 128}, new int[] {16, 256}, new int[] {64, 512});

  /** The task {@code name} with these options (unknown names or keys are errors naming them). */
  public static Task create(String name, Map<String, String> options) {
    String owner = "task " + name;
    return switch (name) {
      case "copy" -> {
        Options o = Options.of(owner, options, List.of("blanks", "symbols", "length"));
        yield new CopyTask(o.getInt("symbols", 8), o.getInt("length", 10), o.getInt("blanks", 100));
      }
      case "string-copy" -> {
        Options o = Options.of(owner, options, List.of("min", "max"));
        yield new StringCopyTask(o.getInt("min", 1), o.getInt("max", 64));
      }
      case "selective-copy" -> {
        Options o = Options.of(owner, options, List.of("length", "count", "symbols"));
        yield new SelectiveCopyTask(o.getInt("length", 4096), o.getInt("count", 16), o.getInt("symbols", 16));
      }
      case "ar" -> {
        Options o = Options.of(owner, options, List.of("vocabulary", "length"));
        yield new AssociativeRecallTask(o.getInt("vocabulary", 20), o.getInt("length", 40));
      }
      case "mqar" -> {
        Options o = Options.of(owner, options, List.of("pairs", "length", "vocabulary", "a"));
        yield new MqarTask(o.getInt("vocabulary", 8192), o.getInt("pairs", 4), o.getInt("length", 64),
            o.getDouble("a", 0.01));
      }
      case "mqar-stacked" -> {
        Options o = Options.of(owner, options, List.of("keys", "values", "pairs", "length", "a"));
        yield new StackedMqarTask(o.getInt("keys", 64), o.getInt("values", 64), o.getInt("pairs", 4),
            o.getInt("length", 64), o.getDouble("a", 0.01));
      }
      case "induction" -> {
        Options o = Options.of(owner, options, List.of("vocabulary", "length"));
        yield new InductionHeadTask(o.getInt("vocabulary", 20), o.getInt("length", 30));
      }
      default -> throw new IllegalArgumentException("unknown task '" + name + "'; valid: "
          + String.join(", ", NAMES));
    };
  }
}
