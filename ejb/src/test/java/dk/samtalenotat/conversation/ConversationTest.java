package dk.samtalenotat.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.crypto.TestKeys;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConversationTest {

  private static final TestKeys KEYS = new TestKeys();

  private final Tenant tenant = new Tenant("11111111", "Demo Kommune");
  private final AppUser owner = new AppUser(tenant, "mette", "Mette Sørensen", "Team Job");

  private Conversation registered() {
    return Conversation.register(
        tenant,
        owner,
        SealedCpr.seal(Cpr.parse("0703851234"), "11111111", KEYS.asDataKeys(), KEYS.hasher()),
        "27.12.04-G01-1-26",
        ConversationType.JOBSAMTALE,
        ConversationForm.FREMMOEDE,
        LocalDateTime.of(2026, 3, 12, 9, 30));
  }

  @Test
  void goesFromTranscriptToApprovedNote() {
    Conversation c = registered();
    c.transcribed();
    assertEquals(1, c.draftingStarted());
    c.draftReady();
    c.draftEdited();
    c.approve();
    assertEquals(ConversationState.APPROVED, c.getState());
  }

  @Test
  void theRatingIsKeptAsANumberAndItsReasonSealed() {
    Conversation c = registered();
    c.documented(540, new dk.samtalenotat.benefit.DraftRating(4, "Manglede aftalen om CV"));
    assertEquals(540, c.getDocumentationSeconds());
    assertEquals(4, c.getDraftRating());
    assertEquals("Manglede aftalen om CV", c.ratingReason());
    assertFalse(
        String.join(" ", c.sealedFields().stream().map(String::valueOf).toList())
            .contains("Manglede"),
        "the reason is stored sealed only");
    c.documented(null, dk.samtalenotat.benefit.DraftRating.NONE);
    assertNull(c.getDraftRating());
    assertNull(c.ratingReason());
  }

  @Test
  void goesFromAudioThroughTranscription() {
    Conversation c = registered();
    c.audioReceived();
    c.transcriptionStarted();
    c.transcribed();
    c.draftingStarted();
    c.draftReady();
    assertEquals(ConversationState.DRAFT_READY, c.getState());
  }

  @Test
  void regeneratingStartsANewGeneration() {
    Conversation c = registered();
    c.transcribed();
    c.draftingStarted();
    c.draftReady();
    assertEquals(2, c.draftingStarted());
    assertEquals(ConversationState.DRAFTING, c.getState());
  }

  @Test
  void aFailureKeepsItsReasonUntilTheRetrySucceeds() {
    Conversation c = registered();
    c.audioReceived();
    c.transcriptionStarted();
    c.transcriptionFailed(Problem.TRANSCRIPTION_FAILED.with("HTTP 500"));
    assertEquals(Problem.TRANSCRIPTION_FAILED, c.getProblem());
    assertEquals("HTTP 500", c.getProblemDetail());
    assertTrue(c.getState().isFailure());
    c.transcriptionStarted();
    assertNull(c.getProblem());
    assertNull(c.getProblemDetail());
  }

  @Test
  void aDeclinedConversationTakesNothing() {
    Conversation c =
        Conversation.registerDeclined(
            tenant,
            owner,
            SealedCpr.seal(Cpr.parse("0703851234"), "11111111", KEYS.asDataKeys(), KEYS.hasher()),
            null,
            ConversationType.JOBSAMTALE,
            ConversationForm.TELEFON,
            LocalDateTime.of(2026, 3, 12, 9, 30),
            "Ønsker ikke optagelse");
    assertEquals(ConversationState.DECLINED, c.getState());
    assertFalse(c.isCitizenInformed());
    assertEquals("Ønsker ikke optagelse", c.getDeclinedReason());
    assertThrows(IllegalTransitionException.class, c::audioReceived);
    assertThrows(IllegalTransitionException.class, c::transcribed);
  }

  @Test
  void theCitizenMayWithdrawUntilApprovalAndSegmentsAfterAStopAreNotConsented() {
    Conversation c = registered();
    c.transcribed();
    c.draftingStarted();
    c.draftReady();
    c.recordingStoppedFrom(60_000);
    c.recordingStoppedFrom(90_000);
    assertEquals(60_000, c.getRecordingStoppedMs().getAsLong(), "the earlier mark stands");
    var segments =
        java.util.List.of(
            new dk.samtalenotat.transcript.SegmentData(0, 30_000, "Borger", "da", "Før."),
            new dk.samtalenotat.transcript.SegmentData(59_999, 61_000, "Borger", "da", "Lige før."),
            new dk.samtalenotat.transcript.SegmentData(60_000, 70_000, "Borger", "da", "Efter."));
    assertEquals(2, c.consented(segments).size());
    c.recordingWithdrawn();
    assertEquals(ConversationState.DECLINED, c.getState());
    assertFalse(c.isCitizenInformed());

    Conversation approved = registered();
    approved.transcribed();
    approved.draftingStarted();
    approved.draftReady();
    approved.approve();
    assertThrows(IllegalTransitionException.class, approved::recordingWithdrawn);
  }

  @Test
  void approvalNeedsADraft() {
    Conversation c = registered();
    IllegalTransitionException e = assertThrows(IllegalTransitionException.class, c::approve);
    assertEquals(ConversationState.REGISTERED, e.from());
    assertEquals(ConversationState.APPROVED, e.to());
    assertEquals(ConversationState.REGISTERED, c.getState());
  }

  @Test
  void longReasonsAreCut() {
    Conversation c = registered();
    c.noteProblem(
        ProblemReport.of(Problem.DRAFT_RETRYING, "x".repeat(5000)).withDetail("y".repeat(5000)));
    assertEquals(Conversation.REASON_LENGTH, c.getProblemText().length());
    assertEquals(Conversation.REASON_LENGTH, c.getProblemDetail().length());
  }

  @ParameterizedTest
  @EnumSource(ConversationState.class)
  void onlyTheDesignedMovesAreAllowed(ConversationState from) {
    Set<ConversationState> expected =
        switch (from) {
          case REGISTERED ->
              EnumSet.of(
                  ConversationState.DECLINED,
                  ConversationState.AUDIO_RECEIVED,
                  ConversationState.TRANSCRIBED,
                  ConversationState.EXPIRED);
          case AUDIO_RECEIVED ->
              EnumSet.of(
                  ConversationState.TRANSCRIBING,
                  ConversationState.TRANSCRIBED,
                  ConversationState.DECLINED,
                  ConversationState.EXPIRED);
          case TRANSCRIBING ->
              EnumSet.of(
                  ConversationState.TRANSCRIBED,
                  ConversationState.TRANSCRIPTION_FAILED,
                  ConversationState.DECLINED,
                  ConversationState.EXPIRED);
          case TRANSCRIPTION_FAILED ->
              EnumSet.of(
                  ConversationState.TRANSCRIBING,
                  ConversationState.DECLINED,
                  ConversationState.EXPIRED);
          case TRANSCRIBED ->
              EnumSet.of(
                  ConversationState.DRAFTING,
                  ConversationState.DECLINED,
                  ConversationState.EXPIRED);
          case DRAFTING ->
              EnumSet.of(
                  ConversationState.DRAFT_READY,
                  ConversationState.DRAFT_FAILED,
                  ConversationState.DECLINED,
                  ConversationState.EXPIRED);
          case DRAFT_FAILED ->
              EnumSet.of(
                  ConversationState.DRAFTING,
                  ConversationState.DECLINED,
                  ConversationState.EXPIRED);
          case DRAFT_READY ->
              EnumSet.of(
                  ConversationState.DRAFT_READY,
                  ConversationState.DRAFTING,
                  ConversationState.APPROVED,
                  ConversationState.DECLINED,
                  ConversationState.EXPIRED);
          // Straight to JOURNALISED: journalised by hand and confirmed by the caseworker.
          case APPROVED ->
              EnumSet.of(ConversationState.JOURNALISING, ConversationState.JOURNALISED);
          case JOURNALISING ->
              EnumSet.of(ConversationState.JOURNALISED, ConversationState.JOURNAL_FAILED);
          case JOURNAL_FAILED ->
              EnumSet.of(ConversationState.JOURNALISING, ConversationState.JOURNALISED);
          case JOURNALISED -> EnumSet.of(ConversationState.CLOSED);
          case DECLINED, CLOSED, EXPIRED -> EnumSet.noneOf(ConversationState.class);
        };
    for (ConversationState to : ConversationState.values()) {
      assertEquals(expected.contains(to), from.canMoveTo(to), from + " -> " + to);
    }
  }

  @Test
  void recordsBenefitMetadataAsThingsHappen() {
    Conversation c = registered();
    assertEquals("Team Job", c.getTeam());
    c.audioReceived();
    c.transcriptionStarted();
    c.transcriptionFailed(Problem.TRANSCRIPTION_FAILED.with("engine down"));
    c.transcriptionStarted();
    c.transcribed();
    c.draftingStarted();
    c.draftFailed(Problem.DRAFT_FAILED.with("no answer"));
    c.draftingStarted();
    c.draftReady();
    c.regenerationRequested();
    c.draftingStarted();
    c.draftReady();
    c.approve();
    assertTrue(c.getApprovedAt() != null);
    c.measuredAtApproval(java.time.Duration.ofMinutes(25), null, 0.2);
    c.journalisingStarted(null);
    c.journalFailed(ProblemReport.of(Problem.JOURNAL_FAILED));
    c.journalisingStarted("other");
    c.journalised();
    assertEquals(1, c.getTranscriptionFailures());
    assertEquals(1, c.getDraftFailures());
    assertEquals(1, c.getJournalFailures());
    assertEquals(1, c.getRegenerations());
    assertEquals(0.2, c.getDraftChangedShare());
    assertEquals(java.time.Instant.parse("2026-03-12T08:55:00Z"), c.getEndedAt());
    assertTrue(c.getJournalisedAt() != null);
  }

  @Test
  void theEndIsStartPlusLengthButNeverAfterTheTranscriptArrived() {
    LocalDateTime start = LocalDateTime.of(2026, 7, 1, 13, 0); // 11:00 UTC in summer
    assertEquals(
        java.time.Instant.parse("2026-07-01T11:40:00Z"),
        Conversation.endOf(start, java.time.Duration.ofMinutes(40), null));
    assertEquals(
        java.time.Instant.parse("2026-07-01T11:40:00Z"),
        Conversation.endOf(
            start,
            java.time.Duration.ofMinutes(40),
            java.time.Instant.parse("2026-07-01T12:00:00Z")));
    // A start entered an hour too late: the transcript's arrival is the end.
    assertEquals(
        java.time.Instant.parse("2026-07-01T11:10:00Z"),
        Conversation.endOf(
            start,
            java.time.Duration.ofMinutes(40),
            java.time.Instant.parse("2026-07-01T11:10:00Z")));
  }
}
