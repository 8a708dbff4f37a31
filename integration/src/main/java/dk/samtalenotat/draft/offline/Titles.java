package dk.samtalenotat.draft.offline;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's title said with their name is written as a note writes it, the title before the name:
 * "butikschefen, Mona, hun ringer" is "butikschef Mona ringer", "med værkføreren, Ole Bak" is "med
 * værkfører Ole Bak". Speech puts the name after the title as an apposition, and a left dislocated
 * subject after it ("..., hun ringer"); the note keeps both title and name together, so that who
 * the person is stays with what they said. A name registered for a participant is left as said: the
 * note speaks of participants by their role.
 */
final class Titles {

  /**
   * A work title in the definite singular, also as the head of a compound ("køkkenchefen",
   * "afdelingslederen", "værkføreren"): the closed class of nouns for persons by position.
   */
  private static final String TITLE =
      "((?iu:\\p{L}*(?:chef|leder|direktør|formand|mester|indehaver|ejer|konsulent|koordinator"
          + "|vejleder|fører)))en";

  /** A first name, or a first and a last name, each with a capital. */
  private static final String NAME = "(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)";

  private static final Pattern TITLE_COMMA_NAME =
      Pattern.compile(
          "(?<![\\p{L}])" + TITLE + ",\\s+" + NAME + "(?![\\p{L}])(,\\s+(?:han|hun)\\s+(\\p{L}+))?",
          Pattern.UNICODE_CASE);

  /** "køkkenchef Brian", as {@link #withName} writes it: a person the talk goes on to speak of. */
  static final Pattern TITLED_NAME =
      Pattern.compile(
          "(?<![\\p{L}])" + TITLE.replaceFirst("en$", "") + "\\s+" + NAME + "(?![\\p{L}])",
          Pattern.UNICODE_CASE);

  private Titles() {}

  /**
   * "Jeg har talt med kontorchefen, Aase Krogh." is "Jeg har talt med kontorchef Aase Krogh.";
   * "Lederen, Kim, han siger ..." is "Leder Kim siger ...".
   *
   * @param names the registered participants, whose names stay as said
   */
  static String withName(String text, Names names) {
    Matcher m = TITLE_COMMA_NAME.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(2);
      String first = name.split("\\s+")[0];
      if (names.partyNamed(name) != null || names.partyNamed(first) != null) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      String rest = "";
      if (m.group(3) != null) {
        // "..., hun ringer": the pronoun repeats the subject just named; before anything but a verb
        // it opens a clause of its own and stays.
        String verb = m.group(4);
        rest = Clauses.isFiniteVerb(verb.toLowerCase(Locale.ROOT)) ? " " + verb : m.group(3);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + " " + name + rest));
    }
    m.appendTail(out);
    return out.toString();
  }
}
