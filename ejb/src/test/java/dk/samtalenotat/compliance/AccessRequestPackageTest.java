package dk.samtalenotat.compliance;

import static dk.samtalenotat.compliance.PdfDocumentTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.audit.AccessAction;
import dk.samtalenotat.audit.Purpose;
import dk.samtalenotat.audit.Use;
import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.journal.JournalReceipt;
import dk.samtalenotat.retention.ObjectType;
import dk.samtalenotat.retention.RetentionPolicy;
import dk.samtalenotat.retention.RetentionRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessRequestPackageTest {

  private static final Instant AT = Instant.parse("2026-11-29T13:05:00Z");

  @Test
  void thePackageHoldsConversationsContentDeletionsLookUpsAndTheArticle15Information()
      throws Exception {
    List<AccessRequestPackage.LookUp> lookUps = sampleLookUps();
    assertEquals(3, lookUps.size(), lookUps.toString());
    assertEquals(2, lookUps.get(1).count());
    assertEquals(LocalDate.of(2026, 11, 21), lookUps.get(2).day());

    byte[] pdf =
        AccessRequestPackage.pdf(
            TestFacts.local(new RetentionPolicy(7, 30, 30)), sampleContents(lookUps), AT);
    String text = text(pdf).replace("\n", " ");
    assertTrue(text.contains("Indsigt efter databeskyttelsesforordningens art. 15"), text);
    assertTrue(text.contains("CPR-nummer 010190-1234"), text);
    assertTrue(text.contains("j.nr. 2026-117"), "the stated purpose: " + text);
    assertTrue(text.contains("frabedt sig optagelse af samtaler fra 25.11.2026 11:00"), text);
    assertTrue(text.contains("Samtale 17 (01.09.2026 13:00)"), text);
    assertTrue(text.contains("Samtale 41 (20.11.2026 09:30)"), text);
    assertTrue(text.contains("SAG-ÆØÅ-1"), text);
    assertTrue(text.contains("Udkast klar"), "the state in Danish: " + text);
    assertTrue(text.contains("Bent Bisidder (Bisidder)"), text);
    assertTrue(text.contains("Jeg søger job på lageret i Århus"), "the transcript held: " + text);
    assertTrue(text.contains("Udkast til notat, version 2 af 2"), text);
    assertTrue(text.contains("Borgeren søger lagerjob"), "the draft held: " + text);
    assertTrue(text.contains("sbsys, sag 4711, dokument DOK-99"), "the receipt: " + text);
    assertTrue(text.contains("Intet indhold opbevares længere"), text);
    assertTrue(text.contains("Udkastet fandtes 20.11.2026 09:10 20.11.2026 09:12"), text);
    assertTrue(text.contains("Notatet blev journaliseret"), text);
    assertTrue(text.contains("20.11.2026 Læst Dokumentation af samtalen på sagen 2"), text);
    assertTrue(text.contains("21.11.2026 Læst"), text);
    assertTrue(text.contains("Hvem der har slået op, oplyses ikke"), text);
    assertTrue(text.contains("Der træffes ingen automatiske afgørelser"), text);
    assertTrue(text.contains("Lyd: til det første udkast findes, højst 7 dage"), text);
    assertTrue(text.contains("Fra samtalen selv"), "the source: " + text);
    assertTrue(text.contains("Klage til Datatilsynet"), text);
    assertTrue(text.contains("Dine rettigheder"), text);
    assertFalse(text.contains("Mette") || text.contains("6f1c2a10"), "no employee: " + text);
  }

  @Test
  void aCitizenWithoutConversationsGetsAnAnswerSayingSo() throws Exception {
    String text =
        text(
            AccessRequestPackage.pdf(
                TestFacts.local(new RetentionPolicy(7, 30, 30)),
                new AccessRequestPackage.Contents(
                    "010190-1234", "Anmodning", List.of(), List.of(), false, null),
                AT));
    assertTrue(text.contains("ingen samtaler registreret om borgeren"), text);
    assertTrue(text.contains("Adgangsloggen har ingen opslag om borgeren"), text);
  }

  /** A citizen's package with a conversation still held and one journalised and closed. */
  static AccessRequestPackage.Contents sampleContents(List<AccessRequestPackage.LookUp> lookUps) {
    AccessRequestPackage.ConversationRecord held =
        new AccessRequestPackage.ConversationRecord(
            41,
            LocalDateTime.of(2026, 11, 20, 9, 30),
            "Jobsamtale",
            "Fremmøde",
            "SAG-ÆØÅ-1",
            ConversationState.DRAFT_READY,
            Instant.parse("2026-11-20T08:00:00Z"),
            List.of("Bent Bisidder (Bisidder)"),
            null,
            null,
            null,
            List.of(),
            List.of("00:05  Borger: Jeg søger job på lageret i Århus."),
            new AccessRequestPackage.HeldDraft(2, 2, "Formål\nBorgeren søger lagerjob."),
            List.of(
                new AccessRequestPackage.Destroyed(
                    ObjectType.AUDIO,
                    RetentionRule.AUDIO_DRAFT_EXISTS,
                    Instant.parse("2026-11-20T08:10:00Z"),
                    Instant.parse("2026-11-20T08:12:00Z"))));
    AccessRequestPackage.ConversationRecord closed =
        new AccessRequestPackage.ConversationRecord(
            17,
            LocalDateTime.of(2026, 9, 1, 13, 0),
            "Opfølgningssamtale ved sygdom",
            "Telefon",
            "SAG-2",
            ConversationState.CLOSED,
            Instant.parse("2026-09-01T10:00:00Z"),
            List.of(),
            null,
            null,
            new JournalReceipt("sbsys", "4711", "DOK-99", Instant.parse("2026-09-02T07:00:00Z")),
            List.of(),
            null,
            null,
            List.of(
                new AccessRequestPackage.Destroyed(
                    ObjectType.DRAFT_VERSION,
                    RetentionRule.NOTE_RECEIPT_STORED,
                    Instant.parse("2026-09-02T07:00:00Z"),
                    Instant.parse("2026-09-02T07:03:00Z"))));
    return new AccessRequestPackage.Contents(
        "010190-1234",
        "Anmodning fra borgeren 28.11.2026, j.nr. 2026-117",
        List.of(closed, held),
        lookUps,
        false,
        Instant.parse("2026-11-25T10:00:00Z"));
  }

  /** Look-ups on three occasions, two of them on the same Danish day. */
  static List<AccessRequestPackage.LookUp> sampleLookUps() {
    return ComplianceDocuments.lookUps(
        List.of(
            new Use(
                Instant.parse("2026-11-20T08:00:00Z"),
                AccessAction.CREATE,
                Purpose.CASE_DOCUMENTATION),
            new Use(
                Instant.parse("2026-11-20T09:00:00Z"),
                AccessAction.READ,
                Purpose.CASE_DOCUMENTATION),
            new Use(
                Instant.parse("2026-11-20T09:30:00Z"),
                AccessAction.READ,
                Purpose.CASE_DOCUMENTATION),
            // 23:30 UTC is the next day in Denmark.
            new Use(
                Instant.parse("2026-11-20T23:30:00Z"),
                AccessAction.READ,
                Purpose.CASE_DOCUMENTATION)));
  }
}
