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

  /**
   * The interpreter speaking of the translating itself: "det ord kan jeg ikke oversætte", "der
   * findes ikke et dansk ord for det", "jeg ved ikke, hvad det hedder på dansk".
   */
  private static final Pattern TRANSLATING =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:(?:kan|kunne)\\s+(?:jeg\\s+)?ikke\\s+oversætte"
              + "|(?:findes|har\\s+vi)\\s+(?:der\\s+)?(?:ikke|intet)\\s+(?:et\\s+|noget\\s+)?dansk(?:e)?\\s+ord"
              + "|hvad\\s+det\\s+hedder\\s+på\\s+dansk"
              + "|(?:det|dette)\\s+ord\\s+(?:kender|har)\\s+jeg\\s+ikke)(?![\\p{L}])");

  private InterpreterRemarks() {}

  /** Whether a sentence of an interpreter's is about the translating, not the citizen's words. */
  public static boolean aboutTranslating(String sentence) {
    return TRANSLATING.matcher(sentence).find();
  }

  /**
   * The end of the opening of an interpreter's own remark in a text (where the remark itself
   * begins), or -1 when the text has none.
   */
  public static int remarkStart(String text) {
    Matcher m = OPENING.matcher(text);
    return m.find() ? m.end() : -1;
  }
}
