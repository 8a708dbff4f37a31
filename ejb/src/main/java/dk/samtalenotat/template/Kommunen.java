package dk.samtalenotat.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 2025 reform removed "jobcenter" from the law: notes and templates say "kommunen". Rewrites
 * every inflection, also inside compounds ("jobcentermedarbejder" becomes "kommunemedarbejder").
 */
public final class Kommunen {

  // Longest forms first, so that "jobcenterets" is not read as "jobcenter" + "ets".
  private static final Pattern JOBCENTER =
      Pattern.compile(
          "jobcent(?:erets|rets|eret|ret|rene|erne|re|er)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Kommunen() {}

  /** True when the text says "jobcenter" in any form. */
  public static boolean mentionsJobcenter(String text) {
    return text != null && JOBCENTER.matcher(text).find();
  }

  /** The text with every form of "jobcenter" replaced by the same form of "kommune". */
  public static String rewrite(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = JOBCENTER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String found = m.group();
      String lower = found.toLowerCase(java.util.Locale.ROOT);
      String replacement =
          switch (lower) {
            case "jobcenterets", "jobcentrets" -> "kommunens";
            case "jobcenteret", "jobcentret" -> "kommunen";
            case "jobcentrene" -> "kommunerne";
            case "jobcentre", "jobcenterne" -> "kommuner";
            default -> "kommune";
          };
      if (Character.isUpperCase(found.charAt(0))) {
        replacement = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
