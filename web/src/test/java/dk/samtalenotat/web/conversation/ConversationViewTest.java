package dk.samtalenotat.web.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ConversationViewTest {

  @Test
  void stopTimesAreMinutesAndSecondsOrHoursToo() {
    assertEquals(0L, ConversationView.parseClock("00:00"));
    assertEquals(750_000L, ConversationView.parseClock(" 12:30 "));
    assertEquals(3_723_000L, ConversationView.parseClock("1:02:03"));
    assertEquals(5_400_000L, ConversationView.parseClock("90:00"));
    assertNull(ConversationView.parseClock("12:60"));
    assertNull(ConversationView.parseClock("12"));
    assertNull(ConversationView.parseClock("ti over"));
    assertNull(ConversationView.parseClock(null));
  }
}
