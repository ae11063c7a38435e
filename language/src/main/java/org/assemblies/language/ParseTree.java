package org.assemblies.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dependency tree as the readout walks it: a word, the relation (area) through which its head
 * reached it ({@code ROOT} for the verb) and its dependents.
 */
public record ParseTree(String word, String relation, List<ParseTree> children) {
  public static final String ROOT = "ROOT";

  public ParseTree {
    if (word == null || relation == null) {
      throw new IllegalArgumentException("word and relation must not be null");
    }
    children = List.copyOf(children);
  }

  /** The tree as indented lines, the root first: {@code chase}, then {@code   SUBJ dogs}, ... */
  public String render() {
    StringBuilder sb = new StringBuilder();
    render(sb, 0);
    return sb.toString();
  }

  private void render(StringBuilder sb, int depth) {
    sb.append("  ".repeat(depth));
    if (depth == 0) {
      sb.append(word).append('\n');
    } else {
      sb.append(relation).append(' ').append(word).append('\n');
    }
    for (ParseTree c : children) {
      c.render(sb, depth + 1);
    }
  }

  /** Plain data for JSON: {word, relation, children}. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("word", word);
    m.put("relation", relation);
    List<Object> cs = new ArrayList<>();
    children.forEach(c -> cs.add(c.toMap()));
    m.put("children", cs);
    return m;
  }
}
