package dk.samtalenotat.compliance;

import java.text.MessageFormat;
import java.time.Period;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Danish texts of the compliance documents ({@code documents_da.properties}): the documents are
 * addressed to Datatilsynet and to Danish citizens, so they exist in Danish only.
 */
final class DocumentTexts {

  private static final Locale DANISH = Locale.forLanguageTag("da");

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle(
          "dk.samtalenotat.compliance.documents",
          DANISH,
          DocumentTexts.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private DocumentTexts() {}

  /** The text of {@code key}, with {@code args} put into its {0}, {1}, ... */
  static String t(String key, Object... args) {
    String text = BUNDLE.getString(key);
    return args.length == 0 ? text : new MessageFormat(text, DANISH).format(args);
  }

  /** A period as Danish prose: "6 måneder", "180 dage", "1 år". */
  static String period(Period p) {
    StringBuilder s = new StringBuilder();
    append(s, p.getYears(), "år", "år");
    append(s, p.getMonths(), "måned", "måneder");
    append(s, p.getDays(), "dag", "dage");
    return s.length() == 0 ? "0 dage" : s.toString();
  }

  /** Days as Danish prose: "1 dag", "7 dage". */
  static String days(int n) {
    return n == 1 ? "1 dag" : n + " dage";
  }

  private static void append(StringBuilder s, int n, String one, String many) {
    if (n != 0) {
      if (s.length() > 0) {
        s.append(" og ");
      }
      s.append(n).append(' ').append(n == 1 ? one : many);
    }
  }
}
