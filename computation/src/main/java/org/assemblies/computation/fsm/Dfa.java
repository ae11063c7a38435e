package org.assemblies.computation.fsm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A deterministic finite automaton as a plain transition table: the ground truth against which
 * the neural machine is checked.
 *
 * @param name a short name
 * @param states state names; state 0 is the start state
 * @param symbols symbol names; inputs are symbol indices
 * @param transitions the (state, symbol) → next entries (pairs without an entry are undefined)
 * @param accepting the states that accept
 */
public record Dfa(String name, List<String> states, List<String> symbols, List<Transition> transitions,
    List<Integer> accepting) {

  /** One arc: reading {@code symbol} in {@code state} leads to {@code next}. */
  public record Transition(int state, int symbol, int next) {}

  public Dfa {
    states = List.copyOf(states);
    symbols = List.copyOf(symbols);
    transitions = List.copyOf(transitions);
    accepting = List.copyOf(accepting);
    if (states.isEmpty() || symbols.isEmpty()) {
      throw new IllegalArgumentException("a DFA needs at least one state and one symbol");
    }
    boolean[][] seen = new boolean[states.size()][symbols.size()];
    for (Transition t : transitions) {
      if (t.state() < 0 || t.state() >= states.size() || t.next() < 0 || t.next() >= states.size()) {
        throw new IllegalArgumentException("transition " + t + ": states must be in [0, " + states.size() + ")");
      }
      if (t.symbol() < 0 || t.symbol() >= symbols.size()) {
        throw new IllegalArgumentException("transition " + t + ": symbols must be in [0, " + symbols.size() + ")");
      }
      if (seen[t.state()][t.symbol()]) {
        throw new IllegalArgumentException("transition " + t + ": (state, symbol) defined twice");
      }
      seen[t.state()][t.symbol()] = true;
    }
  }

  /** The next state, or −1 when undefined. */
  public int next(int state, int symbol) {
    for (Transition t : transitions) {
      if (t.state() == state && t.symbol() == symbol) {
        return t.next();
      }
    }
    return -1;
  }

  /** The states visited from the start state reading {@code input} (start first). */
  public List<Integer> run(int[] input) {
    List<Integer> path = new ArrayList<>();
    int s = 0;
    path.add(s);
    for (int symbol : input) {
      s = next(s, symbol);
      path.add(s);
      if (s < 0) {
        break;
      }
    }
    return Collections.unmodifiableList(path);
  }

  public boolean accepts(int[] input) {
    List<Integer> path = run(input);
    int last = path.get(path.size() - 1);
    return last >= 0 && accepting.contains(last);
  }

  /**
   * Base-10 numbers divisible by 3 (the paper's Fig. 4): states mod0, mod1, mod2 track the digit
   * sum mod 3; the end symbol □ (index 10) leads to accept or reject.
   */
  public static Dfa divisibleBy3() {
    List<String> symbols = new ArrayList<>();
    for (int d = 0; d < 10; d++) {
      symbols.add(String.valueOf(d));
    }
    symbols.add("□");
    List<Transition> t = new ArrayList<>();
    for (int mod = 0; mod < 3; mod++) {
      for (int d = 0; d < 10; d++) {
        t.add(new Transition(mod, d, (mod + d) % 3));
      }
    }
    t.add(new Transition(0, 10, 3));
    t.add(new Transition(1, 10, 4));
    t.add(new Transition(2, 10, 4));
    return new Dfa("divisible-by-3", List.of("mod0", "mod1", "mod2", "accept", "reject"), symbols, t, List.of(3));
  }

  /** Binary strings with an even number of zeros; end symbol □ (index 2) leads to accept/reject. */
  public static Dfa evenZeros() {
    List<Transition> t = List.of(
        new Transition(0, 0, 1), new Transition(0, 1, 0),
        new Transition(1, 0, 0), new Transition(1, 1, 1),
        new Transition(0, 2, 2), new Transition(1, 2, 3));
    return new Dfa("even-zeros", List.of("even", "odd", "accept", "reject"), List.of("0", "1", "□"), t, List.of(2));
  }
}
