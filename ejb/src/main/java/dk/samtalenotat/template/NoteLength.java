package dk.samtalenotat.template;

/** How long a note may be, as a number of sentences an engine aims to stay within. */
public enum NoteLength {
  KORT("kort", 8),
  MELLEM("mellem", 15),
  LANG("lang", 30);

  private final String danishName;
  private final int maxSentences;

  NoteLength(String danishName, int maxSentences) {
    this.danishName = danishName;
    this.maxSentences = maxSentences;
  }

  public String danishName() {
    return danishName;
  }

  /** The most sentences a draft of this length has. */
  public int maxSentences() {
    return maxSentences;
  }
}
