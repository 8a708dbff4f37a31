package dk.samtalenotat.draft.check;

/** The kinds of fact the unsupported-fact check compares with the transcript. */
public enum FactKind {
  DATE,
  WEEKDAY,
  TIME,
  NUMBER,
  AMOUNT,
  HOURS,
  NAME,
  ORGANISATION,
  AGREEMENT,
  /** Content (nouns, verbs, names) that nobody said. */
  INVENTED,
  /** A statement whose polarity differs from what was said ("har bil" / "har ikke bil"). */
  NEGATION,
  /** Said or decided by someone else than the note says (caseworker, citizen, another). */
  ATTRIBUTION,
  /** A value the speaker corrected afterwards ("fem – nej, fire"). */
  UNCORRECTED,
  /** The Deltagere line against the registered participants. */
  PARTICIPANTS
}
