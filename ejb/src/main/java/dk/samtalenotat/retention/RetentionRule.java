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
   * The conversation's row, with its sealed CPR number, personal fields and data key, once nothing
   * of its content is held (its note journalised and the text destroyed, or expired, declined, or
   * its note text past its cap unsent) and the grace period has passed. What stays is a record
   * without personal data ({@link dk.samtalenotat.conversation.PurgedConversation}).
   */
  CONVERSATION_PURGED(ObjectType.CONVERSATION),
  /**
   * The citizen withdrew from being recorded, wholly or from a point in the conversation; applied
   * at once by the caseworker's action, never by the sweep.
   */
  CITIZEN_OPT_OUT(null),
  /**
   * The tenant's key-encryption key was rotated on schedule: every data key re-wrapped under the
   * new version; the old version is retired. Applied by the rotation timer, never by the sweep.
   */
  KEY_ROTATED(ObjectType.KEY_VERSION),
  /**
   * A retired key-encryption key version destroyed once no database backup that may need it is kept
   * ({@code samtalenotat.backup.retention}): content deleted before then is unreadable also in old
   * backups. Applied by the rotation timer and the sweep, never per conversation.
   */
  BACKUP_RETENTION(ObjectType.KEY_VERSION),
  /**
   * The municipality left the installation: every conversation of it destroyed with all its content
   * and its row purged, whatever its state, by the operator's offboarding. Never applied by the
   * sweep.
   */
  TENANT_OFFBOARDED(null);

  private final ObjectType objectType;

  RetentionRule(ObjectType objectType) {
    this.objectType = objectType;
  }

  /** What the rule destroys; null for expiry, which destroys every kind. */
  public ObjectType objectType() {
    return objectType;
  }
}
