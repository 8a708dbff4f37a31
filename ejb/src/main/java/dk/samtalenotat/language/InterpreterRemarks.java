package dk.samtalenotat.language;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an interpreter, who otherwise speaks the citizen's words in the first person, starts a
 * remark of their own: "Og så vil tolken lige sige noget for egen regning: ...", "Som tolk vil jeg
 * tilføje, at ...". What follows in that turn is the interpreter's, for the draft and the check
 * alike.
 */
public final class InterpreterRemarks {

  private static final Pattern OPENING =
      Pattern.compile(
          "(?iu)(?:\\bfor\\s+egen\\s+regning\\b"
              + "|\\btolken\\s+(?:vil|skal|må)\\s+(?:lige\\s+|gerne\\s+)?"
              + "(?:sige|tilføje|bemærke|gøre\\s+opmærksom\\s+på)\\b"
              + "|\\bsom\\s+tolk\\s+(?:vil|må|skal)\\s+jeg\\s+(?:lige\\s+|gerne\\s+)?"
              + "(?:sige|tilføje|bemærke)\\b)[^:.!?]*:?");

  private InterpreterRemarks() {}

  /**
   * The end of the opening of an interpreter's own remark in a text (where the remark itself
   * begins), or -1 when the text has none.
   */
  public static int remarkStart(String text) {
    Matcher m = OPENING.matcher(text);
    return m.find() ? m.end() : -1;
  }
}
