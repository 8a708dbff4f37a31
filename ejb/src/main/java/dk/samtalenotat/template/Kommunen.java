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

  /** "Jobcenter Skovby": the centre named after its town, which is the municipality's name. */
  private static final Pattern NAMED_CENTRE =
      Pattern.compile(
          "(?<![\\p{L}])[Jj]obcent(?:eret|ret|er)\\s+(\\p{Lu}[\\p{L}-]+)(?![\\p{L}])",
          Pattern.UNICODE_CASE);

  /** "på jobcentret", "her på æ jobcenter", "på kommunen": a place, which Danish puts "i". */
  private static final Pattern AT_THE_CENTRE =
      Pattern.compile(
          "(?<![\\p{L}])(?:her\\s+)?(?:på|hos|ved)\\s+(?:det\\s+|æ\\s+|jeres\\s+|vores\\s+)?"
              + "(?:jobcent(?:eret|ret|er)|kommunen)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern TO_FROM_THE_CENTRE =
      Pattern.compile(
          "(?<![\\p{L}])(til|fra)\\s+(?:det\\s+|æ\\s+)?jobcent(?:eret|ret|er)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Kommunen() {}

  /**
   * The text as a note says it in a municipality: "Jobcenter Skovby" becomes "Skovby Kommune" (the
   * municipality's own name when the town is its name), "på jobcentret" and "på kommunen" become "i
   * kommunen", and every other form of "jobcenter" the same form of "kommune". Never "Kommune
   * Skovby", a name no municipality has.
   *
   * @param municipality the municipality's name as registered ("Skovby Kommune"), or null
   */
  public static String rewrite(String text, String municipality) {
    if (text == null) {
      return null;
    }
    Matcher named = NAMED_CENTRE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (named.find()) {
      String town = named.group(1);
      String name =
          municipality != null
                  && municipality
                      .toLowerCase(java.util.Locale.ROOT)
                      .startsWith(town.toLowerCase(java.util.Locale.ROOT))
              ? municipality
              : town + " Kommune";
      named.appendReplacement(out, Matcher.quoteReplacement(name));
    }
    named.appendTail(out);
    String s = AT_THE_CENTRE.matcher(out.toString()).replaceAll("i kommunen");
    s = TO_FROM_THE_CENTRE.matcher(s).replaceAll("$1 kommunen");
    return rewrite(s);
  }

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
