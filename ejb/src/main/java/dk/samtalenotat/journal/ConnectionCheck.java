package dk.samtalenotat.journal;

/**
 * What trying a municipality's case system as configured found, for the operator's and the
 * administrator's "test connection" button.
 *
 * @param outcome how it went
 * @param system the adapter's system name, or null when none is configured
 * @param openCases how many open cases the test CPR has there (a look-up that answered)
 * @param detail what failed, in words for the operator: the setting that is wrong, or the case
 *     system's refusal; never a secret, a CPR number or a case's content
 */
public record ConnectionCheck(Outcome outcome, String system, int openCases, String detail) {

  /** How a test went. */
  public enum Outcome {
    /** The case system answered a case look-up of the test CPR. */
    ANSWERED,
    /** Configured, but the system looks up no cases (SF2900): only the settings were checked. */
    CONFIGURED,
    /** No case system: notes are journalised by hand from the PDF. */
    NONE,
    /** The settings are incomplete or wrong. */
    MISCONFIGURED,
    /** The case system could not be reached or refused the call. */
    FAILED
  }

  public boolean ok() {
    return outcome == Outcome.ANSWERED || outcome == Outcome.CONFIGURED;
  }
}
