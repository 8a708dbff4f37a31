package dk.samtalenotat.conversation;

/**
 * What is wrong with a conversation's processing, as the owner and the administrator see it. The
 * screens turn the code into Danish (key {@code Problem.CODE}); a conversation stores it as a
 * {@link ProblemReport}, whose technical detail is sealed.
 */
public enum Problem {
  SPEECH_ENGINE_MISSING,
  TRANSCRIPTION_RETRYING,
  TRANSCRIPTION_FAILED,
  /** The recording could not be decoded: a damaged or unknown file, or no decoder installed. */
  AUDIO_UNDECODABLE,
  DRAFT_RETRYING,
  DRAFT_FAILED,
  JOURNAL_RETRYING,
  JOURNAL_FAILED,
  /** An asynchronous case system took the note but its receipt has not come. */
  JOURNAL_RECEIPT_MISSING;

  /** The code with a technical detail (sealed when stored), or the code alone. */
  public ProblemReport with(String detail) {
    return new ProblemReport(this, null, detail);
  }

  /**
   * The code of a problem text as it was stored before problems were sealed ({@code "CODE:
   * detail"}), if it starts with one: for migrating those texts.
   */
  public static Problem codeOf(String stored) {
    if (stored == null) {
      return null;
    }
    int colon = stored.indexOf(':');
    String code = colon < 0 ? stored.strip() : stored.substring(0, colon).strip();
    for (Problem p : values()) {
      if (p.name().equals(code)) {
        return p;
      }
    }
    return null;
  }
}
