package dk.samtalenotat.audit;

/** Why personal data was used; the purposes of the records of processing (GDPR art. 30). */
public enum Purpose {
  /** Documenting the conversation in the citizen's case (notatpligt, offentlighedsloven § 13). */
  CASE_DOCUMENTATION,
  /** Control of the processing by the compliance officer (GDPR art. 5(2), 32). */
  COMPLIANCE_CONTROL,
  /** Answering the citizen's access request (GDPR art. 15). */
  ACCESS_REQUEST,
  /** Deleting data whose retention period has run out. */
  RETENTION,
  /** Running the installation: a municipality's settings, onboarding, suspension, offboarding. */
  ADMINISTRATION
}
