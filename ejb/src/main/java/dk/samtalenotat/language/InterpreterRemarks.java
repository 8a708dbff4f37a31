package dk.samtalenotat.language;

import java.util.List;
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
              // "Undskyld, tolken her.": the interpreter speaking as the interpreter.
              + "|\\btolken\\s+her\\b"
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

  /**
   * What a word of the citizen's language can mean: "han bruger et ord, der på arabisk både kan
   * betyde værksted og forretning", "det ord, hun bruger, kan betyde træt": the interpreter's own
   * remark, which the note keeps as the interpreter's.
   */
  private static final Pattern WORD_MEANING =
      Pattern.compile("(?iu)\\bord\\b[^.!?]{0,60}?\\bkan\\b[^.!?]{0,30}?\\bbetyde(?![\\p{L}])");

  /** "Må jeg lige sige noget fra mig selv, som tolk?": a remark of one's own announced. */
  private static final Pattern FROM_MYSELF =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:(?:må|vil|skal|kan)\\s+jeg\\s+(?:lige\\s+|godt\\s+)?)?"
              + "(?:sige|tilføje|nævne|bemærke)\\s+(?:lige\\s+)?(?:noget|en\\s+ting)"
              + "\\s+(?:fra\\s+mig\\s+selv|fra\\s+min\\s+side|for\\s+egen\\s+regning|som\\s+tolk)"
              + "(?![\\p{L}])[^.!?]*[.!?]?");

  /**
   * "Men det er min egen fornemmelse", "det er ikke noget, han har sagt": what was just said is the
   * interpreter's own, not the citizen's.
   */
  private static final Pattern MARKER =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:det\\s+er|det\\s+var)\\s+(?:bare\\s+|kun\\s+)?(?:min\\s+egen|mit\\s+eget"
              + "|min|mit)\\s+(?:fornemmelse|vurdering|bemærkning|opfattelse|mening|indtryk|gæt)"
              + "(?![\\p{L}])"
              + "|(?<![\\p{L}])det\\s+er\\s+ikke\\s+noget,?\\s+(?:han|hun|borgeren)\\s+(?:har\\s+)?sagt"
              + "(?![\\p{L}])");

  /** A marker standing as a sentence of its own: it is about the sentence before it. */
  private static final Pattern MARKER_ALONE =
      Pattern.compile("(?iu)^\\s*(?:(?:men|og|altså|så)\\s+)?(?:" + MARKER.pattern() + ")\\W*$");

  /** "Han siger ...", "Hun svarer, at ...": the interpreter reports the citizen again. */
  private static final Pattern REPORTS_AGAIN =
      Pattern.compile(
          "(?iu)^\\s*(?:(?:og|men|så)\\s+)?(?:han|hun)\\s+(?:siger|svarer|fortæller|spørger)"
              + "(?![\\p{L}])");

  private InterpreterRemarks() {}

  /**
   * Which of an interpreter's sentences are the interpreter's own remark, not the citizen's words
   * in the first person: from an opening ("Tolken vil lige sige for egen regning", "må jeg sige
   * noget fra mig selv", "tolken her") until the citizen is reported again ("Han siger ..."), a
   * sentence that a marker after it ("Men det er min egen fornemmelse") says is the interpreter's
   * own, and one that says what a word of the citizen's language can mean.
   *
   * @param continuing whether a remark announced just before (the interpreter's segment before
   *     ended with the opening) goes on in these sentences
   */
  public static boolean[] ownSentences(List<String> sentences, boolean continuing) {
    boolean[] own = new boolean[sentences.size()];
    boolean on = continuing;
    for (int i = 0; i < sentences.size(); i++) {
      String sentence = sentences.get(i);
      if (REPORTS_AGAIN.matcher(sentence).find()) {
        on = false;
      }
      if (opens(sentence)) {
        on = true;
      }
      own[i] = on || MARKER.matcher(sentence).find() || WORD_MEANING.matcher(sentence).find();
      if (i > 0 && MARKER_ALONE.matcher(sentence).matches()) {
        own[i - 1] = true;
      }
    }
    return own;
  }

  /**
   * Whether an interpreter's segment ends announcing a remark still to come: "Må jeg lige sige
   * noget fra mig selv? Det er ikke noget, han har sagt."
   */
  public static boolean announcesARemark(List<String> sentences) {
    if (sentences.isEmpty()) {
      return false;
    }
    String last = sentences.get(sentences.size() - 1);
    return opens(last) && remarkIn(last).isEmpty() || MARKER_ALONE.matcher(last).matches();
  }

  /**
   * What an own sentence says once its opening and markers are taken away: "" for "Må jeg sige
   * noget fra mig selv, som tolk?" and for "Men det er min egen fornemmelse".
   */
  public static String remarkIn(String sentence) {
    if (MARKER_ALONE.matcher(sentence).matches()) {
      return "";
    }
    String rest = sentence;
    int start = remarkStart(rest);
    if (start >= 0) {
      rest = rest.substring(start);
    }
    rest = FROM_MYSELF.matcher(rest).replaceAll("");
    rest = MARKER.matcher(rest).replaceAll("");
    rest =
        rest.replaceAll("(?iu)^[\\s,:;.!?–-]*(?:(?:øh|undskyld),?\\s*)*", "")
            .replaceAll("[\\s,;–-]+$", "");
    return rest.matches("(?s)[\\p{Punct}\\s]*") ? "" : rest.strip();
  }

  private static boolean opens(String sentence) {
    return remarkStart(sentence) >= 0 || FROM_MYSELF.matcher(sentence).find();
  }

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
