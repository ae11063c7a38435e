package org.assemblies.cli;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;

/** Formatting for the terminal: tables, numbers, and ASCII fallbacks where UTF-8 can't be shown. */
final class Text {
  private static volatile boolean ascii;

  private Text() {}

  /** Use ASCII replacements for the few non-ASCII signs we print (when the console isn't UTF-8). */
  static void useAsciiFor(Charset console) {
    ascii = !console.newEncoder().canEncode("≥→–…·");
  }

  static String fit(String s) {
    if (!ascii) {
      return s;
    }
    String r = s.replace("≥", ">=").replace("≤", "<=").replace("→", "->").replace("–", "-")
        .replace("…", "...").replace("·", "*").replace("≈", "~").replace("×", "x");
    StringBuilder sb = new StringBuilder(r.length());
    r.codePoints().forEach(c -> sb.append(c < 128 ? (char) c : '?'));
    return sb.toString();
  }

  /** Collapses a (possibly multi-line) message into one line. */
  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    return s.strip().replaceAll("\\s*[\\r\\n]+\\s*", "; ");
  }

  static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  static String pct(double fraction) {
    return f("%.1f%%", 100 * fraction);
  }

  /** Renders rows as a table with right-aligned columns (the first column left-aligned). */
  static String table(List<String> header, List<List<String>> rows) {
    int[] w = new int[header.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = header.get(i).length();
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], r.get(i).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    appendRow(sb, header, w);
    int total = 0;
    for (int x : w) {
      total += x;
    }
    sb.append("-".repeat(total + 2 * (w.length - 1))).append('\n');
    for (List<String> r : rows) {
      appendRow(sb, r, w);
    }
    return sb.toString();
  }

  private static void appendRow(StringBuilder sb, List<String> cells, int[] w) {
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      if (i > 0) {
        sb.append("  ");
      }
      if (i == 0) {
        sb.append(c).append(" ".repeat(w[i] - c.length()));
      } else {
        sb.append(" ".repeat(w[i] - c.length())).append(c);
      }
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    sb.setLength(end);
    sb.append('\n');
  }
}
