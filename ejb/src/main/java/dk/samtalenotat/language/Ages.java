package dk.samtalenotat.language;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's age said as a bare number, the way people say it: "jeg er enogtres nu", "æ er 61",
 * "hun fylder tres", "han er blevet 54". A note writes it "61 år"; the check reads the number as
 * years. The dialects' "æ" and "a" are "jeg". Runs on text whose numbers are digits.
 */
public final class Ages {

  /** A person, then "er", "fylder", "blev" or "bliver", and the small words spoken in between. */
  private static final String PERSON_IS =
      "(?<![\\p{L}])(?:jeg|æ|a|du|han|hun|borger|borgeren)\\s+(?:er|fylder|blev|bliver)"
          + "(?:\\s+(?:nu|jo|lige|snart|altså|blevet))*\\s+";

  private static final Pattern BEFORE_NUMBER =
      Pattern.compile(PERSON_IS + "$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The age alone: a grown-up's number with nothing after it but a pause, an "og" or the end. */
  private static final Pattern ALONE =
      Pattern.compile(
          PERSON_IS
              + "(?:1[5-9]|[2-9]\\d)(?![\\d.,]\\d)"
              + "(?=(?:\\s+(?:nu|snart|jo|altså))?(?:\\s*[,.!?]|\\s+og\\s|$))",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "jeg fylder", "hun bliver snart": the age a person turns, with the small words between. */
  private static final Pattern TURNS_BEFORE_NUMBER =
      Pattern.compile(
          "(?<![\\p{L}])(?:jeg|æ|a|du|han|hun|borger|borgeren)\\s+(fylder|bliver)"
              + "((?:\\s+(?:nu|jo|lige|snart|altså|først))*)\\s+$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A time to come after the age: "til oktober", "i næste måned", "på fredag", not "i dag". */
  private static final Pattern LATER =
      Pattern.compile(
          "^\\s*(?:år\\s+)?(?:til|i|på|om|efter|inden|næste)\\s+(?!dag(?![\\p{L}]))\\p{L}",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Ages() {}

  /** "i dag" after the age: "hun bliver 40 i dag" is her age now. */
  private static final Pattern TODAY =
      Pattern.compile("^\\s*(?:år\\s+)?i\\s+dag(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

  /**
   * Whether a number is the age a person turns later, not the age they are: "jeg fylder 66 til
   * oktober", "hun bliver 40 i næste måned", "han fylder snart 30". "Hun fylder 60 i dag" is her
   * age now.
   */
  public static boolean turnsLater(String textBeforeNumber, String textAfterNumber) {
    Matcher m = TURNS_BEFORE_NUMBER.matcher(textBeforeNumber);
    if (!m.find()) {
      return false;
    }
    boolean later =
        m.group(1).equalsIgnoreCase("bliver")
            || m.group(2).toLowerCase(Locale.ROOT).contains("snart");
    return later && !TODAY.matcher(textAfterNumber).find() || LATER.matcher(textAfterNumber).find();
  }

  /** Whether the words just before a number say the age a person turns ("hun fylder "). */
  public static boolean turnsBefore(String textBeforeNumber) {
    return TURNS_BEFORE_NUMBER.matcher(textBeforeNumber).find();
  }

  /** Whether the words just before a number say whose age it is ("jeg er nu " before "61"). */
  public static boolean saidBefore(String textBeforeNumber) {
    return BEFORE_NUMBER.matcher(textBeforeNumber).find();
  }

  /** The sentence with "år" after each age said alone: "jeg er 54, og" is "jeg er 54 år, og". */
  public static String withYears(String sentence) {
    return ALONE.matcher(sentence).replaceAll("$0 år");
  }
}
