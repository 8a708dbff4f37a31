package dk.samtalenotat.draft.check;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.language.DanishWords;
import dk.samtalenotat.language.WordList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who someone is, as a note and a transcript name them: "borger", "sagsbehandleren",
 * "arbejdsgiveren", "ægtefællen" in a note; a participant role or a speaker label ("Partner") in a
 * transcript. An identity is BORGER, SAGSBEHANDLER, a participant role's name, PARTNER, or "LABEL:"
 * and a speaker label no role matches. What an interpreter says is the citizen's.
 */
final class Roles {

  static final String BORGER = "BORGER";
  static final String SAGSBEHANDLER = "SAGSBEHANDLER";

  /** An interpreter speaking for themself (a remark "for egen regning"), not for the citizen. */
  static final String INTERPRETER = "TOLK";

  private static final Map<String, String> WORDS = WordList.map(Roles.class, "roles.txt");
  private static final Set<String> PEOPLE =
      Set.copyOf(WordList.lines(Roles.class, "people-words.txt"));

  private Roles() {}

  /** The identity a word of a note names ("borgeren", "arbejdsgiveren"), or null. */
  static String ofWord(String word) {
    String v = WORDS.get(word.toLowerCase(Locale.ROOT));
    return v == null ? null : normalise(v.toUpperCase(Locale.ROOT));
  }

  /**
   * The role a word of the note's participants line names ("tolk", "borger"), or null: as {@link
   * #ofWord}, but an interpreter stays an interpreter (the line lists people, not whose words).
   */
  static String listedRole(String word) {
    String v = WORDS.get(word.toLowerCase(Locale.ROOT));
    return v == null ? null : v.toUpperCase(Locale.ROOT);
  }

  /** Whether a word names a role or a person by relation ("ægtefællens", "borgers leder"). */
  static boolean isPersonWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (WORDS.containsKey(lower) || PEOPLE.contains(lower)) {
      return true;
    }
    String stem = DanishWords.stem(lower);
    return PEOPLE.stream().anyMatch(p -> DanishWords.stem(p).equals(stem));
  }

  /** The identity of a segment's speaker. */
  static String ofSegment(DraftSegment s) {
    return normalise(speakerRole(s));
  }

  /** Whether a segment's speaker is an interpreter (whose words are otherwise the citizen's). */
  static boolean isInterpreter(DraftSegment s) {
    return INTERPRETER.equals(speakerRole(s));
  }

  /** The role of a segment's speaker, by registered role or by label, before normalising. */
  private static String speakerRole(DraftSegment s) {
    ParticipantRole role = s.speakerRole();
    if (role != null && role != ParticipantRole.ANDEN) {
      return role.name();
    }
    String label = s.speaker() == null ? "" : s.speaker().strip().toLowerCase(Locale.ROOT);
    String mapped = WORDS.get(label);
    if (mapped != null) {
      return mapped.toUpperCase(Locale.ROOT);
    }
    return label.isEmpty() ? "" : "LABEL:" + label;
  }

  /** The identity of a registered participant a word of a note names by name, or null. */
  static String ofParticipantName(String word, List<DraftParticipant> participants) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (DraftParticipant p : participants) {
      if (p.name() != null
          && p.role() != null
          && DanishWords.words(p.name()).stream().anyMatch(w -> w.lower().equals(lower))) {
        return p.role() == ParticipantRole.ANDEN ? "PARTNER" : normalise(p.role().name());
      }
    }
    return null;
  }

  /** The citizen, the caseworker, or another participant, as a flag names them. */
  static Evidence.Speaker speaker(String identity) {
    if (identity == null || identity.isEmpty()) {
      return Evidence.Speaker.UNKNOWN;
    }
    return switch (identity) {
      case BORGER -> Evidence.Speaker.BORGER;
      case SAGSBEHANDLER -> Evidence.Speaker.SAGSBEHANDLER;
      default -> Evidence.Speaker.OTHER;
    };
  }

  private static String normalise(String identity) {
    return INTERPRETER.equals(identity) ? BORGER : identity;
  }
}
