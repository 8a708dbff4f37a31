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
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DraftRequestsTest {

  private static final TestKeys KEYS = new TestKeys();

  @Test
  void matchesSpeakerLabelsToParticipantRoles() {
    Tenant t = new Tenant("11111111", "Demo Kommune");
    Conversation c =
        Conversation.register(
            t,
            new AppUser(t, "mette", "Mette Sørensen", null),
            SealedCpr.seal(Cpr.parse("0703851234"), "11111111", KEYS.asDataKeys(), KEYS.hasher()),
            null,
            ConversationType.JOBSAMTALE,
            ConversationForm.VIDEO,
            LocalDateTime.of(2026, 3, 12, 9, 30));
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
}
