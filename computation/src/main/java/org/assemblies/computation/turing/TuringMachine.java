package org.assemblies.computation.turing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A one-tape Turing machine M = (Q, Σ, q0, δ), δ: Q × Σ → Q × Σ × {L, R}, loaded from a small
 * text format:
 *
 * <pre>
 * # comment
 * name: binary-increment
 * blank: _
 * start: right
 * halt: done            (one or more halting states)
 * right 0 -> right 0 R  (state symbol -> next write move)
 * </pre>
 *
 * Symbols are single characters; states are words. A machine stops in a halting state or when no
 * transition applies.
 */
public record TuringMachine(String name, char blank, String start, Set<String> halting,
    Map<String, Map<Character, Action>> delta) {

  /** What δ(q, σ) does. */
  public record Action(String next, char write, Move move) {}

  /** Head moves. */
  public enum Move { L, R }

  public TuringMachine {
    // insertion-ordered copies: the order of states, symbols and training must not depend on
    // the JVM's randomised iteration order of Map.copyOf / Set.copyOf
    halting = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(halting));
    Map<String, Map<Character, Action>> d = new LinkedHashMap<>();
    delta.forEach((q, row) -> d.put(q, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(row))));
    delta = java.util.Collections.unmodifiableMap(d);
  }

  /** The machine's states (start first), symbols (blank first). */
  public List<String> states() {
    Set<String> s = new LinkedHashSet<>();
    s.add(start);
    delta.forEach((q, row) -> {
      s.add(q);
      row.values().forEach(a -> s.add(a.next()));
    });
    s.addAll(halting);
    return new ArrayList<>(s);
  }

  public List<Character> symbols() {
    Set<Character> s = new LinkedHashSet<>();
    s.add(blank);
    delta.values().forEach(row -> row.forEach((c, a) -> {
      s.add(c);
      s.add(a.write());
    }));
    return new ArrayList<>(s);
  }

  public Action action(String state, char symbol) {
    Map<Character, Action> row = delta.get(state);
    return row == null ? null : row.get(symbol);
  }

  public static TuringMachine parse(String text, String source) {
    String name = null;
    Character blank = null;
    String start = null;
    Set<String> halt = new LinkedHashSet<>();
    Map<String, Map<Character, Action>> delta = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash).strip();
      }
      if (line.isEmpty()) {
        continue;
      }
      String where = source + ":" + (i + 1) + ": ";
      if (line.contains(":") && !line.contains("->")) {
        String key = line.substring(0, line.indexOf(':')).strip();
        String value = line.substring(line.indexOf(':') + 1).strip();
        switch (key) {
          case "name" -> name = value;
          case "blank" -> {
            if (value.length() != 1) {
              throw new IllegalArgumentException(where + "blank must be one character, got '" + value + "'");
            }
            blank = value.charAt(0);
          }
          case "start" -> start = value;
          case "halt" -> halt.addAll(List.of(value.split("\\s+")));
          default -> throw new IllegalArgumentException(where + "unknown key '" + key + "' (name, blank, start, halt)");
        }
        continue;
      }
      String[] parts = line.split("\\s+");
      if (parts.length != 6 || !parts[2].equals("->")) {
        throw new IllegalArgumentException(where + "a transition is 'state symbol -> next write move', got '" + line + "'");
      }
      if (parts[1].length() != 1 || parts[4].length() != 1) {
        throw new IllegalArgumentException(where + "symbols must be single characters");
      }
      Move move;
      try {
        move = Move.valueOf(parts[5]);
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException(where + "move must be L or R, got '" + parts[5] + "'");
      }
      Action previous = delta.computeIfAbsent(parts[0], q -> new LinkedHashMap<>())
          .put(parts[1].charAt(0), new Action(parts[3], parts[4].charAt(0), move));
      if (previous != null) {
        throw new IllegalArgumentException(where + "(" + parts[0] + ", " + parts[1] + ") is defined twice");
      }
    }
    if (blank == null || start == null) {
      throw new IllegalArgumentException(source + ": 'blank:' and 'start:' are required");
    }
    for (String h : halt) {
      if (delta.containsKey(h)) {
        throw new IllegalArgumentException(source + ": halting state '" + h + "' has transitions");
      }
    }
    return new TuringMachine(name == null ? source : name, blank, start, halt, delta);
  }

  public static TuringMachine load(Path file) throws IOException {
    return parse(Files.readString(file), file.getFileName().toString());
  }

  /** The machines shipped with the project: binary-increment, palindrome, unary-add, busy-beaver-2. */
  public static TuringMachine builtin(String name) {
    try (InputStream in = TuringMachine.class.getResourceAsStream(name + ".tm")) {
      if (in == null) {
        throw new IllegalArgumentException("unknown machine '" + name + "'; built-in machines: " + BUILTIN
            + " (or give a .tm file)");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".tm");
    } catch (IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
  }

  public static final List<String> BUILTIN = List.of("binary-increment", "palindrome", "unary-add", "busy-beaver-2");
}
