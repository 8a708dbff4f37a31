package dk.samtalenotat.transcript;

import java.util.Optional;

/**
 * What a speaker label or a participant's name may hold: a person's name or a role, as text. Markup
 * and invisible characters are refused, not stripped: a name with {@code <b>} in it was not meant
 * as a name, and half of it is no better. The same rule holds for transcript speakers (a WebVTT
 * voice, a "Name: text" prefix) and for the participants registered with a conversation, whose
 * names the draft engines match against the speakers.
 */
public final class SpeakerName {

  /** The longest name accepted, in characters (the columns hold 200). */
  public static final int MAX_LENGTH = 100;

  /** Why a name is refused. */
  public enum Problem {
    TOO_LONG,
    /** An angle bracket: a tag, or what is left of one. */
    MARKUP,
    /**
     * A control, format (bidirectional override, zero width), separator or unassigned character.
     */
    CONTROL_CHARACTER
  }

  private SpeakerName() {}

  /** What is wrong with {@code name}, or empty when it may be stored as it is (after strip). */
  public static Optional<Problem> check(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String s = name.strip();
    if (s.length() > MAX_LENGTH) {
      return Optional.of(Problem.TOO_LONG);
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp == '<' || cp == '>') {
        return Optional.of(Problem.MARKUP);
      }
      if (invisible(cp)) {
        return Optional.of(Problem.CONTROL_CHARACTER);
      }
      i += Character.charCount(cp);
    }
    return Optional.empty();
  }

  private static boolean invisible(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.PRIVATE_USE,
          Character.SURROGATE,
          Character.UNASSIGNED ->
          true;
      default -> false;
    };
  }
}
