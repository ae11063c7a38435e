package org.assemblies.language.nemo;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An order of the constituents of a transitive sentence, e.g. {@code WordOrder.of("SVO")}. Used by
 * the teacher ({@link ToyLanguage}) to say sentences and by evaluations to name what the learner
 * produced; the learner itself never sees it.
 */
public record WordOrder(List<Role> roles) {

  public WordOrder {
    roles = List.copyOf(roles);
    if (roles.size() != 3 || !EnumSet.copyOf(roles).equals(EnumSet.allOf(Role.class))) {
      throw new IllegalArgumentException("word order " + roles + " must list S, V and O once each");
    }
  }

  /** Parses three letters, a permutation of S, V, O (case-insensitive). */
  public static WordOrder of(String symbols) {
    if (symbols == null || symbols.length() != 3) {
      throw new IllegalArgumentException("word order '" + symbols + "' must be 3 letters, a permutation of SVO");
    }
    return new WordOrder(symbols.toUpperCase(java.util.Locale.ROOT).chars()
        .mapToObj(c -> Role.ofSymbol((char) c)).toList());
  }

  /** All six orders: SVO, SOV, VSO, VOS, OVS, OSV. */
  public static List<WordOrder> all() {
    return List.of("SVO", "SOV", "VSO", "VOS", "OVS", "OSV").stream().map(WordOrder::of).toList();
  }

  /** "SVO". */
  @Override
  public String toString() {
    return symbols(roles);
  }

  /** The symbols of a role sequence of any length, e.g. "SV" or "SVO". */
  public static String symbols(List<Role> roles) {
    return roles.stream().map(r -> String.valueOf(r.symbol())).collect(Collectors.joining());
  }
}
