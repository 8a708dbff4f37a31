package dk.samtalenotat.conversation;

/** The conversation types of the employment services that a note can be written for. */
public enum ConversationType {
  JOBSAMTALE("Jobsamtale", true),
  JOBSAMTALE_A_KASSE("Jobsamtale med a-kasse", true),
  SYGEOPFOELGNING("Opfølgningssamtale ved sygdom", false),
  FLEKSJOBOPFOELGNING("Fleksjobopfølgning", false),
  INTEGRATIONSSAMTALE("Integrationssamtale", false),
  RUNDBORDSSAMTALE("Rundbordssamtale", false),
  ANDEN("Anden samtale", false);

  private final String danishName;
  private final boolean bindingAgreementsAllowed;

  ConversationType(String danishName, boolean bindingAgreementsAllowed) {
    this.danishName = danishName;
    this.bindingAgreementsAllowed = bindingAgreementsAllowed;
  }

  public String danishName() {
    return danishName;
  }

  /** Agreements binding the citizen may appear only in the job-conversation types. */
  public boolean bindingAgreementsAllowed() {
    return bindingAgreementsAllowed;
  }
}
