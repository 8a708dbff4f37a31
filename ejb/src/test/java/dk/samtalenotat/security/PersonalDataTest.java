package dk.samtalenotat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The rule's check, and the log guard every unit test runs under. */
class PersonalDataTest {

  @Test
  void findsCprNumbersInRunningTextButNotOtherNumbers() {
    for (String text :
        List.of(
            "citizens/find?cpr=0703851234",
            "CPR 070385-1234 fandtes ikke",
            "070385 1234",
            "(3112991234)")) {
      assertTrue(PersonalData.containsCpr(text), text);
    }
    for (String text :
        List.of(
            "entry 1234567890123 failed",
            "HTTP 500",
            "conversation 42",
            "3212991234",
            "0713851234",
            "070385-XXXX",
            "sha 9f8a7d6c5b4a0703851234ff")) {
      assertFalse(PersonalData.containsCpr(text), text);
    }
  }

  @Test
  void safeMasksAndCuts() {
    assertEquals("no citizen [CPR] known", PersonalData.safe("no citizen 0703851234 known", 100));
    assertEquals(10, PersonalData.safe("x".repeat(50), 10).length());
    PersonalDataGuard.reset();
  }

  @Test
  void aFailureIsDescribedByItsClassesOnly() {
    Exception e =
        new IllegalStateException(
            "call to /citizens/find?cpr=0703851234 failed",
            new ConnectException("refused for 0703851234"));
    assertEquals("IllegalStateException/ConnectException", PersonalData.causeChain(e));
  }

  /** The guard itself: a CPR number or a watched name in a log record is found. */
  @Test
  void theGuardFindsPersonalDataInAnyPartOfALogRecord() {
    Logger log = Logger.getLogger("dk.samtalenotat.test.guard");
    PersonalDataGuard.watch("Jonas Kragh");
    log.fine("nothing personal, entry 17");
    assertEquals(List.of(), PersonalDataGuard.violations());
    log.log(Level.FINE, "case check for {0}", "0703851234");
    log.log(Level.WARNING, "failed", new RuntimeException("wrapper", new Exception("Jonas Kragh")));
    assertEquals(
        List.of("dk.samtalenotat.test.guard FINE", "dk.samtalenotat.test.guard WARNING"),
        PersonalDataGuard.violations());
    PersonalDataGuard.reset();
  }
}
