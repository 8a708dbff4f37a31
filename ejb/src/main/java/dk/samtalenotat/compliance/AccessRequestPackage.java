package dk.samtalenotat.compliance;

import static dk.samtalenotat.compliance.DocumentTexts.period;
import static dk.samtalenotat.compliance.DocumentTexts.t;

import dk.samtalenotat.audit.AccessAction;
import dk.samtalenotat.audit.Purpose;
import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.journal.JournalReceipt;
import dk.samtalenotat.retention.ObjectType;
import dk.samtalenotat.retention.RetentionRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer to a citizen's access request (GDPR art. 15) as one PDF: every conversation about the
 * citizen with its metadata, the content still held, when each object was destroyed, the dates and
 * purposes of look-ups (never who looked), and the information the article requires.
 */
public final class AccessRequestPackage {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  /**
   * What the package holds about one citizen.
   *
   * @param cpr the CPR number, DDMMYY-SSSS
   * @param purpose why the compliance officer made the export, as logged
   * @param conversations the citizen's conversations, oldest first
   * @param lookUps look-ups per day, action and purpose, oldest first
   * @param lookUpsCut whether the access log had more entries than were read
   * @param refusalSince since when a standing refusal to be recorded stands, or null
   */
  public record Contents(
      String cpr,
      String purpose,
      List<ConversationRecord> conversations,
      List<LookUp> lookUps,
      boolean lookUpsCut,
      Instant refusalSince) {}

  /** One conversation: metadata, content still held, and what was destroyed. */
  public record ConversationRecord(
      long id,
      LocalDateTime time,
      String type,
      String form,
      String caseReference,
      ConversationState state,
      Instant registeredAt,
      List<String> participants,
      String declinedReason,
      String recordingStoppedAt,
      JournalReceipt receipt,
      List<HeldAudio> audio,
      List<String> transcript,
      HeldDraft draft,
      List<Destroyed> destroyed) {}

  public record HeldAudio(String fileName, long bytes, Instant receivedAt) {}

  /** The newest draft version still held. */
  public record HeldDraft(int versionNo, int versions, String text) {}

  public record Destroyed(
      ObjectType type, RetentionRule rule, Instant scheduledAt, Instant executedAt) {}

  /** Uses of the citizen's data on one day, for one action and purpose; never who. */
  public record LookUp(LocalDate day, AccessAction action, Purpose purpose, long count) {}

  /** The most access log entries the package reads. */
  public static final int LOOKUP_LIMIT = 50_000;

  private AccessRequestPackage() {}

  public static byte[] pdf(ProcessingFacts f, Contents c, Instant at) {
    PdfDocument pdf =
        PdfDocument.titled(t("art15.title"), at)
            .paragraph(t("art15.intro", c.cpr(), f.controller().name()))
            .note(t("art15.purposeLine", c.purpose()));
    if (c.refusalSince() != null) {
      pdf.paragraph(t("art15.refusal", PdfDocument.STAMP.format(c.refusalSince())));
    }
    pdf.heading(t("art15.conversations"));
    if (c.conversations().isEmpty()) {
      pdf.paragraph(t("art15.noConversations"));
    }
    for (ConversationRecord r : c.conversations()) {
      conversation(pdf, r);
    }
    pdf.heading(t("art15.lookups"));
    pdf.paragraph(t("art15.lookupsIntro", period(f.accessLogRetention())));
    if (c.lookUps().isEmpty()) {
      pdf.paragraph(t("art15.lookupsNone"));
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (LookUp l : c.lookUps()) {
        rows.add(
            List.of(
                DAY.format(l.day()),
                label(l.action()),
                label(l.purpose()),
                Long.toString(l.count())));
      }
      pdf.table(
          List.of(
              t("art15.col.date"),
              t("art15.col.action"),
              t("art15.col.purpose"),
              t("art15.col.count")),
          new float[] {1.2f, 2, 3, 0.8f},
          rows);
      if (c.lookUpsCut()) {
        pdf.note(t("art15.lookupsCut", LOOKUP_LIMIT));
      }
    }
    pdf.heading(t("art15.info"));
    pdf.facts(
        List.<String[]>of(
            new String[] {t("art15.info.purposes"), t("art15.info.purposesText")},
            new String[] {t("art15.info.legalBasis"), ProcessingTexts.legalBasis(f)},
            new String[] {t("art15.info.categories"), t("art15.info.categoriesText")},
            new String[] {t("art15.info.recipients"), ProcessingTexts.recipients(f)},
            new String[] {t("art15.info.transfers"), ProcessingTexts.transfers(f)},
            new String[] {t("art15.info.storage"), ProcessingTexts.storage(f)},
            new String[] {t("art15.info.source"), t("art15.info.sourceText")},
            new String[] {t("art15.info.automated"), t("art15.info.automatedText")},
            new String[] {
              t("notice.controller"), ProcessingTexts.contact(f.controller(), "controller")
            },
            new String[] {t("notice.dpo"), ProcessingTexts.contact(f.dpo(), "dpo")}));
    pdf.heading(t("rights.title")).paragraph(t("rights.text"));
    pdf.heading(t("complaint.title")).paragraph(t("complaint.text"));
    return pdf.render();
  }

  private static void conversation(PdfDocument pdf, ConversationRecord r) {
    pdf.subheading(t("art15.conversation", Long.toString(r.id()), LOCAL.format(r.time())));
    List<String[]> meta = new ArrayList<>();
    meta.add(new String[] {t("art15.meta.time"), LOCAL.format(r.time())});
    meta.add(new String[] {t("art15.meta.type"), r.type()});
    meta.add(new String[] {t("art15.meta.form"), r.form()});
    meta.add(
        new String[] {
          t("art15.meta.case"), r.caseReference() == null ? t("art15.noCase") : r.caseReference()
        });
    meta.add(new String[] {t("art15.meta.state"), label(r.state())});
    meta.add(new String[] {t("art15.meta.registered"), PdfDocument.STAMP.format(r.registeredAt())});
    if (!r.participants().isEmpty()) {
      meta.add(new String[] {t("art15.meta.participants"), String.join("\n", r.participants())});
    }
    if (r.declinedReason() != null) {
      meta.add(new String[] {t("art15.meta.declined"), r.declinedReason()});
    }
    if (r.recordingStoppedAt() != null) {
      meta.add(new String[] {t("art15.meta.recordingStopped"), r.recordingStoppedAt()});
    }
    if (r.receipt() != null) {
      JournalReceipt j = r.receipt();
      meta.add(
          new String[] {
            t("art15.meta.journal"),
            t(
                "art15.meta.journalValue",
                j.system(),
                String.valueOf(j.caseId()),
                String.valueOf(j.remoteDocumentId()),
                j.receivedAt() == null ? "" : PdfDocument.STAMP.format(j.receivedAt()))
          });
    }
    pdf.facts(meta);

    pdf.paragraph(t("art15.held"));
    boolean held = false;
    for (HeldAudio a : r.audio()) {
      held = true;
      pdf.paragraph(
          t(
              "art15.audioHeld",
              a.fileName(),
              Long.toString(a.bytes()),
              PdfDocument.STAMP.format(a.receivedAt())));
    }
    if (r.transcript() != null) {
      held = true;
      pdf.table(List.of(t("art15.transcript")), new float[] {1}, lines(r.transcript()));
    }
    if (r.draft() != null) {
      held = true;
      pdf.table(
          List.of(t("art15.draft", r.draft().versionNo(), r.draft().versions())),
          new float[] {1},
          List.of(List.of(r.draft().text())));
    }
    if (!held) {
      pdf.note(t("art15.heldNone"));
    }

    pdf.paragraph(t("art15.destroyed"));
    if (r.destroyed().isEmpty()) {
      pdf.note(t("art15.destroyedNone"));
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (Destroyed d : r.destroyed()) {
        rows.add(
            List.of(
                label(d.type()),
                label(d.rule()),
                PdfDocument.STAMP.format(d.scheduledAt()),
                PdfDocument.STAMP.format(d.executedAt())));
      }
      pdf.table(
          List.of(
              t("art15.col.what"),
              t("art15.col.rule"),
              t("art15.col.scheduled"),
              t("art15.col.executed")),
          new float[] {1.3f, 2.2f, 1.2f, 1.2f},
          rows);
    }
  }

  private static List<List<String>> lines(List<String> segments) {
    List<List<String>> rows = new ArrayList<>();
    for (String s : segments) {
      rows.add(List.of(s));
    }
    return rows;
  }

  static String label(Enum<?> e) {
    return e == null ? "" : t(e.getDeclaringClass().getSimpleName() + "." + e.name());
  }
}
