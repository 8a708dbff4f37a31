package dk.samtalenotat.audit;

/** Which kind of personal data an entry is about. */
public enum AccessObject {
  CONVERSATION,
  AUDIO,
  TRANSCRIPT,
  DRAFT,
  ACCESS_LOG,
  /** The citizen's cases in the municipality's case system, looked up by CPR number. */
  CASE_SYSTEM,
  DELETION_EVIDENCE,
  /** The security log of sign-on, devices and users (employees' data, not citizens'). */
  SECURITY_LOG,
  /**
   * A municipality's settings and its state on the installation (contacts of its controller and
   * DPO, case system, onboarding, suspension, offboarding): no citizen's data, logged as who
   * changed what and when.
   */
  SETTINGS
}
