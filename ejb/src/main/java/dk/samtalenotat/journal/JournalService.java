package dk.samtalenotat.journal;

import dk.samtalenotat.audit.AccessAction;
import dk.samtalenotat.audit.AccessLog;
import dk.samtalenotat.audit.AccessObject;
import dk.samtalenotat.audit.Purpose;
import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.ConversationRepository;
import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.conversation.Cpr;
import dk.samtalenotat.conversation.IllegalTransitionException;
import dk.samtalenotat.conversation.InvalidCprException;
import dk.samtalenotat.crypto.CprHasher;
import dk.samtalenotat.draft.Draft;
import dk.samtalenotat.security.Roles;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.UserRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The caseworker's use cases around journalising: find the citizen's open cases, follow the note,
 * resend it to another case after a refusal, and take it as a PDF to journalise by hand. Only the
 * caller's own conversations.
 */
@Stateless
@RolesAllowed(Roles.CASEWORKER)
public class JournalService {

  private static final Logger LOG = Logger.getLogger(JournalService.class.getName());
  private static final Purpose CASE = Purpose.CASE_DOCUMENTATION;

  @PersistenceContext private EntityManager em;
  @Inject private ConversationRepository conversations;
  @Inject private UserRegistry users;
  @Inject private CaseSystems caseSystems;
  @Inject private JournalOutbox outbox;
  @Inject private AccessLog accessLog;
  @Inject private CprHasher cprHasher;

  /** Whether the caller's municipality can look cases up. */
  public boolean caseLookupAvailable() {
    return caseSystems.caseLookup(users.caller().getTenant().getCvr()).isPresent();
  }

  /**
   * The citizen's open cases in the municipality's case system.
   *
   * @throws InvalidCprException when the number is not a CPR number
   * @throws CaseLookupException when the case system cannot answer, or none is configured
   */
  public List<OpenCase> openCases(String cprText) {
    Cpr cpr = Cpr.parse(cprText);
    AppUser me = users.caller();
    return lookUp(me, cpr, null, "open cases in the case system");
  }

  /** The open cases of the conversation's citizen, to pick another after a refusal. */
  public List<OpenCase> openCasesOf(long conversationId) {
    Conversation c = own(conversationId);
    return lookUp(users.caller(), c.getCitizen(), c, "open cases in the case system");
  }

  /**
   * Asks the case system for the citizen's open cases; the look-up is in the access log with the
   * citizen's keyed hash and its purpose, so the citizen's access request shows it.
   */
  private List<OpenCase> lookUp(AppUser me, Cpr cpr, Conversation c, String criterion) {
    String cvr = me.getTenant().getCvr();
    CaseLookup lookup =
        caseSystems
            .caseLookup(cvr)
            .orElseThrow(() -> new CaseLookupException("no case system configured", null));
    accessLog.lookedUp(cprHasher.hash(cvr, cpr.digits()), c, criterion, CASE);
    try {
      return lookup.openCases(cvr, cpr.digits());
    } catch (JournalException e) {
      LOG.warning(() -> "case lookup for tenant " + cvr + " failed: " + e.getMessage());
      throw new CaseLookupException(e.getMessage(), null);
    }
  }

  public JournalStatus status(long conversationId) {
    Conversation c = own(conversationId);
    Optional<OutboxEntry> last = latest(c);
    JournalReceipt receipt =
        em.createQuery(
                "select r from StoredReceipt r where r.conversation = :c order by r.id desc",
                StoredReceipt.class)
            .setParameter("c", c)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .map(StoredReceipt::receipt)
            .orElse(null);
    return new JournalStatus(
        outbox.configured(c.getTenant().getCvr()),
        last.map(OutboxEntry::getStatus).orElse(null),
        last.map(OutboxEntry::getFailure).orElse(null),
        last.map(OutboxEntry::getCaseReference).orElse(c.getCaseReference()),
        last.map(OutboxEntry::getAttempts).orElse(0),
        receipt,
        c.getNotePdfAt());
  }

  /**
   * Sends the approved note again, to the given case (or the same one). After a give-up with an
   * unknown outcome into the same case, the same entry is reopened with its idempotency key, so the
   * case system is asked before anything is sent again.
   *
   * @throws IllegalTransitionException unless the note failed, or is approved and waiting
   */
  public void resend(long conversationId, String caseReference) {
    Conversation c = own(conversationId);
    if (c.getState() != ConversationState.JOURNAL_FAILED
        && c.getState() != ConversationState.APPROVED) {
      throw new IllegalTransitionException(
          conversationId, c.getState(), ConversationState.JOURNALISING);
    }
    String target =
        caseReference == null || caseReference.isBlank()
            ? c.getCaseReference()
            : caseReference.strip();
    checkCase(c, target);
    Optional<OutboxEntry> last = latest(c);
    if (last.isPresent()
        && last.get().getStatus() == OutboxEntry.Status.FAILED
        && last.get().getFailure() == JournalFailure.UNREACHABLE
        && last.get().isOutcomeUnknown()
        && java.util.Objects.equals(target, last.get().getCaseReference())) {
      c.journalisingStarted(target);
      last.get().retryAt(Instant.now(), true, "resent by the caseworker");
      last.get().reopened();
    } else if (!outbox.enqueue(c, target)) {
      throw new IllegalTransitionException(
          conversationId, c.getState(), ConversationState.JOURNALISING);
    }
    accessLog.used(
        AccessAction.CHANGE, AccessObject.CONVERSATION, c, CASE, "journalise into " + target);
  }

  /**
   * The caseworker journalised the approved note by hand (typically from the PDF) and confirms it
   * with the case system's reference of the document: stored as the receipt, so the conversation is
   * JOURNALISED and retention may proceed; written to the access log.
   *
   * @param caseReference the case it went into; null or blank for the conversation's own
   * @throws ManualReceiptException when the document reference is missing or too long
   * @throws IllegalTransitionException unless the note is approved and not on its way, or failed
   */
  public void confirmJournalisedManually(
      long conversationId, String caseReference, String documentReference) {
    Conversation c = own(conversationId);
    if (c.getState() != ConversationState.APPROVED
        && c.getState() != ConversationState.JOURNAL_FAILED) {
      throw new IllegalTransitionException(
          conversationId, c.getState(), ConversationState.JOURNALISED);
    }
    String document = documentReference == null ? "" : documentReference.strip();
    if (document.isEmpty()) {
      throw new ManualReceiptException(ManualReceiptException.Reason.DOCUMENT_MISSING);
    }
    String target =
        caseReference == null || caseReference.isBlank()
            ? c.getCaseReference()
            : caseReference.strip();
    if (document.length() > 200 || (target != null && target.length() > 100)) {
      throw new ManualReceiptException(ManualReceiptException.Reason.TOO_LONG);
    }
    OutboxEntry entry = OutboxEntry.manual(c, target);
    em.persist(entry);
    em.persist(
        new StoredReceipt(
            entry, new JournalReceipt(OutboxEntry.MANUAL, target, document, Instant.now())));
    c.journalised();
    accessLog.used(
        AccessAction.CHANGE,
        AccessObject.CONVERSATION,
        c,
        CASE,
        "journalised by hand into " + target + " as " + document);
    LOG.info(() -> "conversation " + c.getId() + " journalised by hand as " + document);
  }

  /**
   * The approved note as a PDF for journalising by hand; logged, and marked on the conversation.
   */
  public byte[] notePdf(long conversationId) {
    Conversation c = own(conversationId);
    if (!java.util.EnumSet.of(
            ConversationState.APPROVED,
            ConversationState.JOURNALISING,
            ConversationState.JOURNAL_FAILED,
            ConversationState.JOURNALISED)
        .contains(c.getState())) {
      throw new IllegalTransitionException(conversationId, c.getState(), c.getState());
    }
    Draft draft = conversations.draftOf(c).orElseThrow();
    JournalNote note = JournalNotes.of(c, draft, c.getCaseReference(), "pdf");
    byte[] pdf = NotePdf.render(note);
    c.notePdfDownloaded(Instant.now());
    accessLog.used(
        AccessAction.EXPORT, AccessObject.DRAFT, c, CASE, "note as PDF for manual journalising");
    return pdf;
  }

  /**
   * Checks the case against the conversation's citizen through the case system's own look-up before
   * anything is queued: a case that is not one of the citizen's open cases stops the resend with a
   * reason for the caseworker. When the case system cannot answer now, the note is queued; the
   * adapter checks again before it sends.
   *
   * @throws CaseCheckException when the case is not the citizen's, or closed
   */
  private void checkCase(Conversation c, String target) {
    if (target == null || target.isBlank()) {
      return;
    }
    String cvr = c.getTenant().getCvr();
    Optional<CaseLookup> lookup = caseSystems.caseLookup(cvr);
    if (lookup.isEmpty()) {
      return;
    }
    accessLog.lookedUp(
        c.getCitizenCprHash(), c, "case check before resending into " + target, CASE);
    CaseCheck check;
    try {
      check = lookup.get().check(cvr, c.getCitizen().digits(), target);
    } catch (JournalException e) {
      LOG.info(
          () ->
              "case check before resending conversation "
                  + c.getId()
                  + " not possible now, left to the delivery: "
                  + e.getMessage());
      return;
    }
    if (check != CaseCheck.CITIZENS_OPEN_CASE) {
      LOG.info(() -> "resend of conversation " + c.getId() + " stopped: case check " + check);
      throw new CaseCheckException(check);
    }
  }

  private Optional<OutboxEntry> latest(Conversation c) {
    return em.createQuery(
            "select e from OutboxEntry e where e.conversation = :c order by e.id desc",
            OutboxEntry.class)
        .setParameter("c", c)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private Conversation own(long id) {
    return conversations.ownedBy(id, users.caller());
  }
}
