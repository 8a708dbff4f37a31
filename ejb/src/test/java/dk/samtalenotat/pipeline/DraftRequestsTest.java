package dk.samtalenotat.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.Cpr;
import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.conversation.SealedCpr;
import dk.samtalenotat.crypto.TestKeys;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.draft.check.FactCheckContext;
import dk.samtalenotat.template.DefaultTemplates;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.Transcript;
import dk.samtalenotat.transcript.TranscriptSegment;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftRequestsTest {

  private static final TestKeys KEYS = new TestKeys();

  /** A video job conversation of Mette Sørensen's on 12 March 2026. */
  private static Conversation mettesConversation() {
    Tenant t = new Tenant("11111111", "Demo Kommune");
    return Conversation.register(
        t,
        new AppUser(t, "mette", "Mette Sørensen", null),
        SealedCpr.seal(Cpr.parse("0703851234"), "11111111", KEYS.asDataKeys(), KEYS.hasher()),
        null,
        ConversationType.JOBSAMTALE,
        ConversationForm.VIDEO,
        LocalDateTime.of(2026, 3, 12, 9, 30));
  }

  @Test
  void matchesSpeakerLabelsToParticipantRoles() {
    Conversation c = mettesConversation();
    c.addParticipant("Mette Sørensen", ParticipantRole.SAGSBEHANDLER);
    c.addParticipant("Ali Hassan", ParticipantRole.BORGER);
    var people = c.getParticipants();
    assertEquals(ParticipantRole.BORGER, DraftRequests.roleOf("Ali Hassan", people));
    assertEquals(ParticipantRole.BORGER, DraftRequests.roleOf("ali", people));
    assertEquals(ParticipantRole.SAGSBEHANDLER, DraftRequests.roleOf("Sagsbehandler", people));
    assertEquals(ParticipantRole.A_KASSE, DraftRequests.roleOf("A-kasse", people));
    assertEquals(ParticipantRole.TOLK, DraftRequests.roleOf("tolk", people));
    assertNull(DraftRequests.roleOf("Ukendt taler", people));
    assertNull(DraftRequests.roleOf(null, people));
  }

  @Test
  void aGeneratedDraftIsCheckedAgainstWhatItsEngineWasGiven() {
    Conversation c = mettesConversation();
    c.addParticipant("Ali Hassan", ParticipantRole.BORGER);
    List<TranscriptSegment> segments =
        new Transcript(
                c,
                Transcript.Source.IMPORT,
                "samtale.vtt",
                List.of(
                    new SegmentData(0, 2000, "Sagsbehandler", "da", "Hvornår starter du?"),
                    new SegmentData(2000, 4000, "Ali Hassan", "da", "Den første april.")),
                KEYS.asDataKeys().create("11111111"))
            .getSegments();
    DraftRequest request =
        DraftRequests.of(c, segments, DefaultTemplates.of(ConversationType.JOBSAMTALE));

    // The drafting job checks from the request, outside any transaction; the review's checks read
    // the conversation: both must see the same speakers, roles, day and names.
    FactCheckContext fromRequest = DraftRequests.factCheckContext(request);
    assertEquals(DraftRequests.factCheckContext(c, segments), fromRequest);
    assertEquals(ParticipantRole.BORGER, fromRequest.segments().get(1).speakerRole());
    assertEquals(List.of("Mette Sørensen"), fromRequest.otherNames());
  }
}
