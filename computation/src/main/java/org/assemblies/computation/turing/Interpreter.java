package org.assemblies.computation.turing;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** The plain interpreter: the ground truth for the machine built from assemblies. */
public final class Interpreter {
  private Interpreter() {}

  /**
   * A configuration: state, head position and the non-blank squares.
   *
   * @param tape squares by position (blanks left out)
   */
  public record Configuration(String state, int head, TreeMap<Integer, Character> tape) {
    public Configuration {
      tape = new TreeMap<>(tape);
    }

    @Override
    public TreeMap<Integer, Character> tape() {
      return new TreeMap<>(tape);
    }

    public char read(char blank) {
      return tape.getOrDefault(head, blank);
    }

    /** The tape from its leftmost to its rightmost non-blank square (and the head), as text. */
    public String render(char blank) {
      int lo = Math.min(head, tape.isEmpty() ? head : tape.firstKey());
      int hi = Math.max(head, tape.isEmpty() ? head : tape.lastKey());
      StringBuilder sb = new StringBuilder();
      for (int i = lo; i <= hi; i++) {
        sb.append(tape.getOrDefault(i, blank));
      }
      return sb.toString();
    }

    /** Position of the head within {@link #render}. */
    public int headOffset() {
      return head - Math.min(head, tape.isEmpty() ? head : tape.firstKey());
    }
  }

  /** The configuration with {@code input} on the tape from square 0 and the head on square 0. */
  public static Configuration initial(TuringMachine m, String input) {
    TreeMap<Integer, Character> tape = new TreeMap<>();
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (!m.symbols().contains(c)) {
        throw new IllegalArgumentException("input symbol '" + c + "' is not in the alphabet " + m.symbols()
            + " of " + m.name());
      }
      if (c != m.blank()) {
        tape.put(i, c);
      }
    }
    return new Configuration(m.start(), 0, tape);
  }

  /** One step, or null when the machine has stopped. */
  public static Configuration step(TuringMachine m, Configuration c) {
    if (m.halting().contains(c.state())) {
      return null;
    }
    TuringMachine.Action a = m.action(c.state(), c.read(m.blank()));
    if (a == null) {
      return null;
    }
    TreeMap<Integer, Character> tape = c.tape();
    if (a.write() == m.blank()) {
      tape.remove(c.head());
    } else {
      tape.put(c.head(), a.write());
    }
    return new Configuration(a.next(), c.head() + (a.move() == TuringMachine.Move.L ? -1 : 1), tape);
  }

  /** Every configuration from the initial one until the machine stops or {@code maxSteps} pass. */
  public static List<Configuration> run(TuringMachine m, String input, int maxSteps) {
    List<Configuration> trace = new ArrayList<>();
    Configuration c = initial(m, input);
    trace.add(c);
    for (int i = 0; i < maxSteps; i++) {
      c = step(m, c);
      if (c == null) {
        break;
      }
      trace.add(c);
    }
    return trace;
  }
}
