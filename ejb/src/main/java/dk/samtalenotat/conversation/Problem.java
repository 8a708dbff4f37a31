package dk.samtalenotat.conversation;

/**
 * What is wrong with a conversation's processing, as the owner and the administrator see it. The
 * screens turn the code into Danish (key {@code problem.CODE}); the detail is the technical cause.
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

  /** "CODE: detail" as stored on the conversation. */
  public String with(String detail) {
    return detail == null || detail.isBlank() ? name() : name() + ": " + detail;
  }

  /** The code of a stored problem text, if it starts with one. */
  public static Problem codeOf(String stored) {
    if (stored == null) {
      return null;
    }
    int colon = stored.indexOf(':');
    String code = colon < 0 ? stored : stored.substring(0, colon);
    for (Problem p : values()) {
      if (p.name().equals(code)) {
        return p;
      }
    }
    return null;
  }
}
