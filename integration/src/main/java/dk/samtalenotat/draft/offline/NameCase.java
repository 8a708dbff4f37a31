package dk.samtalenotat.draft.offline;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftSentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that are words too keep their capital: a clause that opens with "Bo har skrevet" or "Per
 * siger" is lower-cased as any clause is when it becomes "..., at bo har skrevet", because "bo" and
 * "per" are in the dictionary. A word is a name here when a participant is registered with it, or
 * the transcript writes it with a capital inside a sentence, and the transcript never writes it in
 * lower case inside a sentence ("100 kr. per time" keeps "per" a word). Only where a clause opens,
 * after "at", "og", "men", "så", a comma or a colon, where the engine lower-cased it.
 */
final class NameCase {

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}-]*", Pattern.UNICODE_CASE);

  private NameCase() {}

  static List<DraftSentence> apply(
      List<DraftSentence> sentences, List<Talk.Turn> turns, List<DraftParticipant> people) {
    Set<String> capital = new HashSet<>();
    Set<String> lower = new HashSet<>();
    for (DraftParticipant p : people) {
      if (p.name() != null) {
        for (String w : p.name().strip().split("\\s+")) {
          if (w.length() > 1 && Character.isUpperCase(w.charAt(0))) {
            capital.add(w);
          }
        }
      }
    }
    for (Talk.Turn t : turns) {
      for (String s : t.sentences()) {
        Matcher m = WORD.matcher(s);
        boolean first = true;
        while (m.find()) {
          String w = m.group();
          boolean afterStop = first || s.substring(0, m.start()).matches("(?s).*[.!?:–]\\s*$");
          first = false;
          if (afterStop) {
            continue;
          }
          if (Character.isUpperCase(w.charAt(0))) {
            if (w.length() > 1 && !w.equals("I") && !w.equals(w.toUpperCase(Locale.ROOT))) {
              capital.add(w);
            }
          } else {
            lower.add(w);
          }
        }
      }
    }
    // The note's own words for the parties ("borger", "sagsbehandler") are never names, even where
    // a transcript capitalises a role ("Borger siger ...").
    for (ParticipantRole role : ParticipantRole.values()) {
      lower.add(role.danishName().toLowerCase(Locale.ROOT));
    }
    List<Pattern> restore = new ArrayList<>();
    for (String name : capital) {
      String l = name.toLowerCase(Locale.ROOT);
      if (!lower.contains(l) && !l.equals(name)) {
        restore.add(
            Pattern.compile(
                "(?<=(?<![\\p{L}])(?:at|og|men|så|,|:) )" + Pattern.quote(l) + "(?![\\p{L}-])",
                Pattern.UNICODE_CASE));
      }
    }
    if (restore.isEmpty()) {
      return sentences;
    }
    List<DraftSentence> out = new ArrayList<>();
    for (DraftSentence d : sentences) {
      String text = d.text();
      for (Pattern p : restore) {
        Matcher m = p.matcher(text);
        if (m.find()) {
          String l = m.group();
          text = m.replaceAll(Character.toUpperCase(l.charAt(0)) + l.substring(1));
        }
      }
      out.add(text.equals(d.text()) ? d : new DraftSentence(d.section(), text, d.citations()));
    }
    return out;
  }
}
