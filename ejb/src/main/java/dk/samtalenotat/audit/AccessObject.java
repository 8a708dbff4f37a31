package dk.samtalenotat.audit;

/** Which kind of personal data an entry is about. */
public enum AccessObject {
  CONVERSATION,
  AUDIO,
  TRANSCRIPT,
  DRAFT,
  ACCESS_LOG,
  DELETION_EVIDENCE,
  /** The security log of sign-on, devices and users (employees' data, not citizens'). */
  SECURITY_LOG
}
