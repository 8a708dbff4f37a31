package dk.samtalenotat.retention;

/**
 * Why an object was destroyed; also the order in which a sweep applies the rules (expiry first, so
 * that an expired conversation's content is destroyed under that rule).
 */
public enum RetentionRule {
  /** Never approved within {@link RetentionPolicy#EXPIRY_DAYS} of registration: all content. */
  EXPIRED_UNAPPROVED(null),
  /** The audio has served its purpose once a draft exists. */
  AUDIO_DRAFT_EXISTS(ObjectType.AUDIO),
  /** Audio older than the tenant's audio retention (at most 7 days), draft or not. */
  AUDIO_CAP(ObjectType.AUDIO),
  /**
   * A recording never finished (the browser or device did not come back) is audio too: its chunks,
   * and what was heard of it while recording, go at the same cap from the start of the upload.
   */
  UPLOAD_CAP(ObjectType.AUDIO),
  /** The transcript has served its purpose once the note is approved. */
  TRANSCRIPT_APPROVED(ObjectType.TRANSCRIPT),
  /** Transcript older than the tenant's transcript retention from registration (at most 30). */
  TRANSCRIPT_CAP(ObjectType.TRANSCRIPT),
  /** Draft and note text have served their purpose once the case system's receipt is stored. */
  NOTE_RECEIPT_STORED(ObjectType.DRAFT_VERSION),
  /**
   * Draft and note text past the tenant's note retention after approval, receipt or not: the most a
   * tenant keeps them when journaling does not end it first.
   */
  NOTE_CAP(ObjectType.DRAFT_VERSION),
  /**
   * The citizen withdrew from being recorded, wholly or from a point in the conversation; applied
   * at once by the caseworker's action, never by the sweep.
   */
  CITIZEN_OPT_OUT(null);

  private final ObjectType objectType;

  RetentionRule(ObjectType objectType) {
    this.objectType = objectType;
  }

  /** What the rule destroys; null for expiry, which destroys every kind. */
  public ObjectType objectType() {
    return objectType;
  }
}
