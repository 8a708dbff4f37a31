package dk.samtalenotat.journal;

import java.util.List;
import java.util.Optional;

/** Port: finds the cases a note can be journalised into, in the tenant's case system. */
public interface CaseLookup {

  /**
   * The citizen's open cases.
   *
   * @param cpr ten digits
   * @throws JournalException when the case system cannot answer
   */
  List<OpenCase> openCases(String tenantCvr, String cpr) throws JournalException;

  /**
   * The case with this number, if it exists and is open.
   *
   * @throws JournalException when the case system cannot answer
   */
  Optional<OpenCase> byNumber(String tenantCvr, String caseNumber) throws JournalException;

  /**
   * Whether the case the reference names (as the caseworker typed it: id, number or the case
   * system's citizen id) is one of the citizen's open cases, by the case system's own look-up of
   * the citizen. A note goes nowhere else.
   *
   * @param cpr ten digits
   * @throws JournalException when the case system cannot answer
   */
  CaseCheck check(String tenantCvr, String cpr, String caseReference) throws JournalException;
}
