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
  AGREEMENT
}
