package dk.samtalenotat.compliance;

import dk.samtalenotat.audit.AccessAction;
import dk.samtalenotat.audit.AccessLog;
import dk.samtalenotat.audit.AccessObject;
import dk.samtalenotat.audit.Purpose;
import dk.samtalenotat.audit.Use;
import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.ConversationRepository;
import dk.samtalenotat.conversation.Cpr;
import dk.samtalenotat.conversation.Participant;
import dk.samtalenotat.conversation.PurgedConversation;
import dk.samtalenotat.crypto.CprHasher;
import dk.samtalenotat.draft.DraftVersion;
import dk.samtalenotat.journal.JournalReceipt;
import dk.samtalenotat.journal.StoredReceipt;
import dk.samtalenotat.retention.DeletionEvidence;
import dk.samtalenotat.retention.RetentionService;
import dk.samtalenotat.security.Roles;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.UserRegistry;
import dk.samtalenotat.transcript.TranscriptSegment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The compliance officer's documents for the caller's municipality: the record of processing (PDF
 * and CSV), the access request package for one CPR number, and the citizen notice (which the
 * administrator may also take). Everything is scoped by the caller's tenant.
 */
@Stateless
@RolesAllowed(Roles.COMPLIANCE)
public class ComplianceDocuments {

  private static final Logger LOG = Logger.getLogger(ComplianceDocuments.class.getName());

  /** The longest stated purpose of an access request export. */
  public static final int PURPOSE_MAX = 500;

  @Inject private UserRegistry users;
  @Inject private RetentionService retention;
  @Inject private ProcessingConfiguration configuration;
  @Inject private ConversationRepository conversations;
  @Inject private AccessLog accessLog;
  @Inject private CprHasher cprHasher;
  @PersistenceContext private EntityManager em;

  /** The record of processing (GDPR art. 30) as PDF/A. */
  public byte[] recordOfProcessingPdf() {
    return RecordOfProcessing.pdf(facts(), Instant.now());
  }

  /** The record of processing (GDPR art. 30) as CSV, one row per activity. */
  public String recordOfProcessingCsv() {
    return RecordOfProcessing.csv(facts());
  }

  /**
   * The citizen notice (GDPR art. 13) of the caller's municipality.
   *
   * @throws MissingSettingsException while the controller's or the DPO's name or contact is not
   *     configured
   */
  @RolesAllowed({Roles.COMPLIANCE, Roles.ADMINISTRATOR})
  public byte[] citizenNotice() {
    ProcessingFacts facts = facts();
    refuseIncomplete(facts);
    return CitizenNotice.pdf(facts, Instant.now());
  }

  /**
   * What the documents for citizens (the notice, the access request package) still need configured
   * before they can be made; empty when nothing is missing.
   */
  @RolesAllowed({Roles.COMPLIANCE, Roles.ADMINISTRATOR})
  public List<MissingSetting> missingForCitizens() {
    return MissingSetting.forCitizens(facts());
  }

  private static void refuseIncomplete(ProcessingFacts facts) {
    List<MissingSetting> missing = MissingSetting.forCitizens(facts);
    if (!missing.isEmpty()) {
      throw new MissingSettingsException(missing);
    }
  }

  /**
   * The access request package (GDPR art. 15) for one citizen: their conversations with content
   * still held, what was destroyed when, and the dates and purposes of look-ups. The export is
   * written to the access log with the stated purpose, one entry per conversation it discloses.
   *
   * @throws dk.samtalenotat.conversation.InvalidCprException when the CPR number is not valid
   * @throws MissingPurposeException when no purpose is stated, or a too long one
   */
  public byte[] accessRequest(String cprText, String purpose) {
    String why = purpose == null ? "" : purpose.strip();
    if (why.isEmpty() || why.length() > PURPOSE_MAX) {
      throw new MissingPurposeException();
    }
    Cpr cpr = Cpr.parse(cprText);
    ProcessingFacts facts = facts();
    refuseIncomplete(facts);
    AppUser me = users.caller();
    String hash = cprHasher.hash(me.getTenant().getCvr(), cpr.digits());

    List<Conversation> found = conversations.ofCitizen(me.getTenant(), hash);
    List<AccessRequestPackage.ConversationRecord> records = new ArrayList<>();
    for (Conversation c : found) {
      records.add(record(c));
    }
    // Conversations whose rows are purged: what was held and when it was destroyed, as long as the
    // keyed hash is kept (the access log's retention).
    for (PurgedConversation p : conversations.purgedOfCitizen(me.getTenant(), hash)) {
      records.add(record(p));
    }
    records.sort(
        java.util.Comparator.comparing(AccessRequestPackage.ConversationRecord::time)
            .thenComparing(AccessRequestPackage.ConversationRecord::id));
    List<Use> uses = accessLog.usesOf(hash, AccessRequestPackage.LOOKUP_LIMIT + 1);
    boolean cut = uses.size() > AccessRequestPackage.LOOKUP_LIMIT;
    Instant refusal =
        conversations
            .activeRefusal(me.getTenant(), hash)
            .map(r -> r.getRegisteredAt())
            .orElse(null);
    AccessRequestPackage.Contents contents =
        new AccessRequestPackage.Contents(
            cpr.formatted(),
            why,
            records,
            lookUps(cut ? uses.subList(0, AccessRequestPackage.LOOKUP_LIMIT) : uses),
            cut,
            refusal);
    byte[] pdf = AccessRequestPackage.pdf(facts, contents, Instant.now());

    String criterion = "access request (art. 15): " + forLog(why);
    accessLog.searched(
        AccessObject.CONVERSATION,
        criterion
            + "; citizen "
            + hash.substring(0, 12)
            + "…, "
            + records.size()
            + " conversation(s)",
        Purpose.ACCESS_REQUEST);
    for (Conversation c : found) {
      accessLog.used(
          AccessAction.EXPORT, AccessObject.CONVERSATION, c, Purpose.ACCESS_REQUEST, criterion);
    }
    LOG.info(
        () ->
            "access request package for tenant "
                + me.getTenant().getCvr()
                + ": "
                + records.size()
                + " conversation(s)");
    return pdf;
  }

  private static final java.util.regex.Pattern CPR_LIKE =
      java.util.regex.Pattern.compile("\\b\\d{6}-?\\d{4}\\b");

  /**
   * The stated purpose as the access log keeps it: a CPR number the officer may have typed into it
   * is masked, since the log never holds one.
   */
  static String forLog(String purpose) {
    return CPR_LIKE.matcher(purpose).replaceAll("[CPR]");
  }

  private ProcessingFacts facts() {
    return configuration.facts(users.caller().getTenant(), retention.settings());
  }

  private AccessRequestPackage.ConversationRecord record(Conversation c) {
    List<String> participants = new ArrayList<>();
    for (Participant p : c.getParticipants()) {
      participants.add(p.getName() + " (" + p.getRole().danishName() + ")");
    }
    List<AccessRequestPackage.HeldAudio> audio = new ArrayList<>();
    conversations
        .audioOf(c)
        .forEach(
            a ->
                audio.add(
                    new AccessRequestPackage.HeldAudio(
                        a.getFileName(), a.getSizeBytes(), a.getReceivedAt())));
    List<String> transcript =
        conversations
            .transcriptOf(c)
            .filter(t -> !t.isDestroyed() && !t.getSegments().isEmpty())
            .map(t -> t.getSegments().stream().map(ComplianceDocuments::segment).toList())
            .orElse(null);
    AccessRequestPackage.HeldDraft draft =
        conversations
            .draftOf(c)
            .flatMap(
                d -> {
                  List<DraftVersion> held =
                      d.getVersions().stream().filter(v -> !v.isDestroyed()).toList();
                  return held.isEmpty()
                      ? java.util.Optional.<AccessRequestPackage.HeldDraft>empty()
                      : java.util.Optional.of(
                          new AccessRequestPackage.HeldDraft(
                              held.get(held.size() - 1).getVersionNo(),
                              d.getVersions().size(),
                              held.get(held.size() - 1).getContent()));
                })
            .orElse(null);
    List<AccessRequestPackage.Destroyed> destroyed = destroyed(c.getTenant(), c.getId());
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
    return new AccessRequestPackage.ConversationRecord(
        c.getId(),
        c.getConversationTime(),
        c.getType().danishName(),
        c.getForm().danishName(),
        c.getCaseReference(),
        c.getState(),
        c.getRegisteredAt(),
        participants,
        c.getDeclinedReason(),
        c.getRecordingStoppedMs().isPresent()
            ? minutes(c.getRecordingStoppedMs().getAsLong())
            : null,
        receipt,
        audio,
        transcript,
        draft,
        destroyed);
  }

  /** A conversation whose row is purged: its metadata without personal data, and the evidence. */
  private AccessRequestPackage.ConversationRecord record(PurgedConversation p) {
    return new AccessRequestPackage.ConversationRecord(
        p.getId(),
        p.getConversationTime(),
        p.getType().danishName(),
        p.getForm().danishName(),
        null,
        p.getFinalState(),
        p.getRegisteredAt(),
        List.of(),
        null,
        null,
        p.receipt(),
        List.of(),
        null,
        null,
        destroyed(p.getTenant(), p.getId()));
  }

  private List<AccessRequestPackage.Destroyed> destroyed(
      dk.samtalenotat.tenant.Tenant tenant, long conversationId) {
    return em.createQuery(
            "select e from DeletionEvidence e where e.tenant = :tenant"
                + " and e.conversationId = :c order by e.executedAt, e.id",
            DeletionEvidence.class)
        .setParameter("tenant", tenant)
        .setParameter("c", conversationId)
        .getResultStream()
        .map(
            e ->
                new AccessRequestPackage.Destroyed(
                    e.getObjectType(), e.getRule(), e.getScheduledAt(), e.getExecutedAt()))
        .toList();
  }

  private static String segment(TranscriptSegment s) {
    return s.getStartLabel()
        + "  "
        + (s.getSpeaker() == null ? "" : s.getSpeaker() + ": ")
        + s.getText();
  }

  /** mm:ss into the conversation. */
  private static String minutes(long millis) {
    long s = millis / 1000;
    return String.format("%02d:%02d", s / 60, s % 60);
  }

  /** Uses per Danish day, action and purpose, in the order they first occurred. */
  static List<AccessRequestPackage.LookUp> lookUps(List<Use> uses) {
    Map<String, AccessRequestPackage.LookUp> byKey = new LinkedHashMap<>();
    for (Use u : uses) {
      LocalDate day = LocalDate.ofInstant(u.occurredAt(), PdfDocument.DENMARK);
      String key = day + "|" + u.action() + "|" + u.purpose();
      byKey.merge(
          key,
          new AccessRequestPackage.LookUp(day, u.action(), u.purpose(), 1),
          (a, b) ->
              new AccessRequestPackage.LookUp(a.day(), a.action(), a.purpose(), a.count() + 1));
    }
    return new ArrayList<>(byKey.values());
  }
}
