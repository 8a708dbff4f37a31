package dk.samtalenotat.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.saml.UsedIds;
import jakarta.ejb.EJBException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedReplayStoreTest {

  private static final Instant UNTIL = Instant.parse("2026-12-04T08:10:00Z");

  /** The database's answers, scripted: true/false, or null for a failed transaction. */
  private static final class ScriptedUsedIds extends UsedIds {
    final List<Boolean> answers;
    final List<String> asked = new ArrayList<>();

    ScriptedUsedIds(Boolean... answers) {
      this.answers = new ArrayList<>(java.util.Arrays.asList(answers));
    }

    @Override
    public boolean firstUse(String store, String id, Instant keepUntil) {
      asked.add(store + " " + id);
      Boolean answer = answers.remove(0);
      if (answer == null) {
        throw new EJBException("duplicate key");
      }
      return answer;
    }
  }

  @Test
  void theStoreNamesItsIdsAndPassesTheAnswerOn() {
    ScriptedUsedIds db = new ScriptedUsedIds(true, false);
    SharedReplayStore store = new SharedReplayStore(db, "idp-messages");
    assertTrue(store.firstUse("_m1", UNTIL));
    assertFalse(store.firstUse("_m1", UNTIL));
    assertEquals(List.of("idp-messages _m1", "idp-messages _m1"), db.asked);
  }

  @Test
  void theNodeThatLostARaceAsksAgainAndIsToldItIsAReplay() {
    ScriptedUsedIds db = new ScriptedUsedIds(null, false);
    assertFalse(new SharedReplayStore(db, "answered-requests").firstUse("_r1", UNTIL));
    assertEquals(2, db.asked.size());
  }

  @Test
  void aDatabaseThatFailsTwiceFailsTheSignOnInsteadOfAcceptingTheId() {
    ScriptedUsedIds db = new ScriptedUsedIds(null, null);
    assertThrows(
        EJBException.class,
        () -> new SharedReplayStore(db, "answered-requests").firstUse("_r2", UNTIL));
  }
}
