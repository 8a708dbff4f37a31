package dk.samtalenotat.security;

import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The one rule for text that leaves the sealed columns: no CPR number, citizen name or conversation
 * content in a log line, an exception message, a URL sent to a case system (where its API allows a
 * body instead) or any plain column. Such text is built from codes (an enum, a state, an HTTP
 * status, an exception's class name, a row id) and fixed English or Danish wording; what may hold
 * personal data is sealed with the conversation's data key.
 *
 * <p>This class is where the rule is checked: {@link #safe} guards a text built from codes before
 * it is stored in a plain column, and the unit tests install a log handler that fails any test
 * whose log holds what {@link #findCpr} finds. A hit is a bug in the code that built the text, so
 * {@link #safe} masks it (the stored text must not hold it even then) and warns, without the text.
 */
public final class PersonalData {

  /**
   * A CPR number as it appears in running text: a real day and month, the year, and four digits,
   * with or without a hyphen or blank. Longer runs of digits or letters (ids, timestamps, hashes)
   * are not matched.
   */
  private static final Pattern CPR =
      Pattern.compile(
          "(?<![\\dA-Za-z])(0[1-9]|[12]\\d|3[01])(0[1-9]|1[0-2])\\d{2}[- ]?\\d{4}(?![\\dA-Za-z])");

  static final String MASK = "[CPR]";

  private static final Logger LOG = Logger.getLogger(PersonalData.class.getName());

  private PersonalData() {}

  /** Whether the text holds something shaped like a CPR number. */
  public static boolean containsCpr(String text) {
    return text != null && CPR.matcher(text).find();
  }

  /** The first CPR-shaped run in the text, or null. */
  public static String findCpr(String text) {
    if (text == null) {
      return null;
    }
    var m = CPR.matcher(text);
    return m.find() ? m.group() : null;
  }

  /** The text with every CPR-shaped run replaced by {@value #MASK}. */
  public static String maskCpr(String text) {
    return text == null ? null : CPR.matcher(text).replaceAll(MASK);
  }

  /**
   * A text built from codes, checked before it is stored in a plain column or shown: cut to {@code
   * max} characters and masked if it holds a CPR number after all.
   */
  public static String safe(String text, int max) {
    if (text == null) {
      return null;
    }
    String masked = maskCpr(text);
    if (!masked.equals(text)) {
      LOG.warning("a text built from codes held a CPR-shaped number; it was masked before storing");
    }
    return masked.length() <= max ? masked : masked.substring(0, max - 1) + "…";
  }

  /**
   * The class names along an exception's causes, outermost first ({@code
   * ProcessingException/ConnectException}): what may be said of a failure whose messages can hold a
   * URL, a remote answer or personal data.
   */
  public static String causeChain(Throwable t) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (Throwable c = t; c != null && depth < 6; c = c.getCause(), depth++) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(c.getClass().getSimpleName());
    }
    return out.toString();
  }

  /** A case-insensitive search, for the tests' scans of logs and stored text for known names. */
  public static boolean mentions(String text, String name) {
    return text != null
        && name != null
        && text.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
  }
}
