package dk.samtalenotat.draft.offline;

import dk.samtalenotat.language.DanishWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compound said once and then shortened to its last part: "en virksomhedspraktik ... vi venter
 * med praktik", "mine sygedagpenge ... stopper pengene?". Spoken Danish drops the first part once
 * the thing is known; a note is read on its own and names it whole ("venter med
 * virksomhedspraktik"). The compound and its parts come from the Danish dictionary (a part is a
 * word it knows, the last part a noun), the shortened word is matched by its lemma, so "praktikken"
 * after "virksomhedspraktik" is "virksomhedspraktikken". Only a compound said a few segments
 * before, and only when one compound of the conversation ends in that noun: two ("erhvervspraktik",
 * "virksomhedspraktik") leave the short word as said.
 */
final class CompoundHeads {

  /** Segments after its last mention within which a compound names its short form. */
  private static final int NEAR = 10;

  /** Letters a compound's first part needs: "god" in "godmorgen" is no thing of its own. */
  private static final int MIN_FIRST = 4;

  /** Letters a compound's last part needs to be taken for a word of its own. */
  private static final int MIN_HEAD = 5;

  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}-])\\p{L}+(?![\\p{L}-])");

  /** A name in apposition just after a word: ", Lundsted Revision". */
  private static final Pattern NAMED_AFTER = Pattern.compile(",\\s+\\p{Lu}\\p{L}+");

  /**
   * A number just before a word: digits (the transcript's numbers are digits by now) or a word of
   * amount that is no digit ("et par", "nogle", "halvanden").
   */
  private static final Pattern AFTER_NUMBER =
      Pattern.compile(
          "(?:\\d|(?<![\\p{L}])(?:par|nogle|hundrede|tusind|halv|halvanden|halvandet))\\s+$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A compound heard: its first part, its last part, who said it and where last. */
  private record Heard(String first, String head, Party speaker, int segment) {}

  /** The compounds heard by the lemma of their last part; null where two compounds share one. */
  private final Map<String, Heard> byHead = new HashMap<>();

  /**
   * The sentence with its short forms named whole, after the compounds it says are heard. Only the
   * speaker's own compounds count: another speaker's short word may mean another thing of the kind
   * ("lægesekretær" of a former job, "sekretær" of the new one).
   */
  String named(String sentence, Party speaker, int segment) {
    if (!DanishWords.dictionaryInstalled()) {
      return sentence;
    }
    Matcher m = WORD.matcher(sentence);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      // Word by word: a short word before the compound in the same sentence ("ordrer til
      // butikkerne og kassen i gårdbutikken") is not yet the compound's.
      String word = m.group();
      // "et par kilometer ... fire hundrede meter": a noun after a number is a measure of its
      // own, never the short form of a compound said before.
      boolean measure = AFTER_NUMBER.matcher(sentence.substring(0, m.start())).find();
      String whole = measure ? null : whole(word, speaker, segment, m.start() == 0);
      if (whole == null
          && !NAMED_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
        // "et revisionskontor, Lundsted Revision, ...": a compound that describes a name is
        // spoken of by the name after; a later "kontoret" is another office.
        hear(word, m.start() == 0, speaker, segment);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(whole == null ? word : whole));
    }
    m.appendTail(out);
    return out.toString();
  }

  private void hear(String word, boolean opensSentence, Party speaker, int segment) {
    if (Character.isUpperCase(word.charAt(0)) && !opensSentence) {
      return; // a name
    }
    for (String[] parts : splits(word.toLowerCase(Locale.ROOT))) {
      for (String lemma : lemmasOf(parts[1])) {
        Heard before = byHead.get(lemma);
        if (!byHead.containsKey(lemma) || before != null && before.first().equals(parts[0])) {
          byHead.put(lemma, new Heard(parts[0], parts[1], speaker, segment));
        } else {
          byHead.put(lemma, null); // two compounds end in this noun: which one is meant?
        }
      }
    }
  }

  /** The word named whole, or null when it is no short form of a compound heard near it. */
  private String whole(String word, Party speaker, int segment, boolean opensSentence) {
    if (Character.isUpperCase(word.charAt(0)) && !opensSentence) {
      return null;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() < MIN_HEAD || !noun(lower)) {
      return null; // "hjælp" may be the verb's, not "kontanthjælp"
    }
    for (String lemma : lemmasOf(lower)) {
      Heard h = byHead.get(lemma);
      if (h != null
          && h.speaker().equals(speaker)
          && segment - h.segment() <= NEAR
          && !lower.equals(h.first() + h.head())) {
        String whole = h.first() + lower;
        return Character.isUpperCase(word.charAt(0)) ? Clauses.upperFirst(whole) : whole;
      }
    }
    return null;
  }

  /** The ways a word splits into a first part and a noun that ends it, both known words. */
  private static List<String[]> splits(String lower) {
    List<String[]> out = new ArrayList<>();
    if (lower.length() < MIN_FIRST + MIN_HEAD
        || !DanishWords.isDictionaryWord(lower)
        || !noun(lower)) {
      return out;
    }
    for (int cut = MIN_FIRST; cut <= lower.length() - MIN_HEAD; cut++) {
      String first = lower.substring(0, cut);
      String head = lower.substring(cut);
      if (knownPart(first)
          && DanishWords.isDictionaryWord(head)
          && DanishWords.wordClasses(head).contains(DanishWords.WordClass.NOUN)) {
        out.add(new String[] {first, head});
      }
    }
    return out;
  }

  /** A first part: a word, or a word with the joining "s" or "e" ("virksomheds", "syge"). */
  private static boolean knownPart(String first) {
    return DanishWords.isDictionaryWord(first)
        || (first.endsWith("s") || first.endsWith("e"))
            && first.length() > 3
            && DanishWords.isDictionaryWord(first.substring(0, first.length() - 1));
  }

  /** A noun and never a verb by the dictionary ("praktik", not "hjælp" or "sætter"). */
  private static boolean noun(String lower) {
    java.util.Set<DanishWords.WordClass> classes = DanishWords.wordClasses(lower);
    return classes.contains(DanishWords.WordClass.NOUN)
        && !classes.contains(DanishWords.WordClass.VERB);
  }

  private static List<String> lemmasOf(String lower) {
    List<String> lemmas = DanishWords.lemmas(lower);
    return lemmas.isEmpty() ? List.of(lower) : lemmas;
  }
}
