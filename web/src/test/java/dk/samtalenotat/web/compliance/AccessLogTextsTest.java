package dk.samtalenotat.web.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessLogTextsTest {

  private static String danish(String criterion) {
    return AccessLogTexts.criterion(
        criterion,
        Map.of("6f1c2a10-0000-4000-8000-000000000002", "Jonas Holm")::get,
        state -> "label of " + state,
        action -> "action " + action);
  }

  @Test
  void everyShapeTheWritersUseIsDanish() {
    assertEquals("egne samtaler", danish("own conversations"));
    assertEquals(
        "egne samtaler med status label of DRAFT_READY",
        danish("own conversations in state DRAFT_READY"));
    assertEquals(
        "overdraget til Jonas Holm", danish("handed over to 6f1c2a10-0000-4000-8000-000000000002"));
    assertEquals(
        "sletninger udført 01.12.2026 00:00 til 02.12.2026 00:00",
        danish("deletions executed 2026-11-30T23:00:00Z to 2026-12-01T23:00:00Z"));
    assertEquals("sletninger af samtale 42", danish("deletions of conversation 42"));
    assertEquals(
        "sikkerhedsloggen, periode 01.12.2026 00:00 til 02.12.2026 00:00, efter hændelse 7",
        danish("security log, period 2026-11-30T23:00:00Z to 2026-12-01T23:00:00Z, after event 7"));
    assertEquals(
        "indsigtsanmodning (art. 15): borgerens anmodning; borger a1b2c3d4e5f6…, 2 samtaler",
        danish(
            "access request (art. 15): borgerens anmodning; citizen a1b2c3d4e5f6…, 2 conversation(s)"));
    assertEquals(
        "periode 01.12.2026 00:00 til 02.12.2026 00:00, bruger Jonas Holm, handling action READ",
        danish(
            "period 2026-11-30T23:00:00Z to 2026-12-01T23:00:00Z,"
                + " user 6f1c2a10-0000-4000-8000-000000000002, action READ"));
    assertEquals("optagelse startet i bidder", danish("recording started in chunks"));
  }

  @Test
  void anUnknownUserKeyOrShapeIsShownAsItIs() {
    assertEquals("overdraget til someone-else", danish("handed over to someone-else"));
    assertEquals("something new", danish("something new"));
    assertEquals("", danish(null));
  }
}
