package dk.samtalenotat.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samtalenotat.audit.AccessAction;
import dk.samtalenotat.audit.AccessLog;
import dk.samtalenotat.audit.AccessLogQuery;
import dk.samtalenotat.audit.AccessObject;
import dk.samtalenotat.audit.AccessRecord;
import dk.samtalenotat.audit.Purpose;
import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The access log export's own rules, with the log replaced by a list of entries. */
class AccessLogResourceTest {

  private static AccessLogResource over(int entries) {
    AccessLogResource resource = new AccessLogResource();
    resource.accessLog =
        new AccessLog() {
          @Override
          public List<AccessRecord> search(AccessLogQuery query, long afterId, int limit) {
            return LongStream.rangeClosed(afterId + 1, Math.min(entries, afterId + limit))
                .mapToObj(AccessLogResourceTest::entry)
                .toList();
          }
        };
    return resource;
  }

  private static AccessRecord entry(long id) {
    return new AccessRecord(
        id,
        Instant.EPOCH,
        "u",
        "sagsbehandler",
        AccessAction.READ,
        AccessObject.CONVERSATION,
        1L,
        "h",
        "SAG-1",
        null,
        Purpose.CASE_DOCUMENTATION);
  }

  @Test
  void aJsonAnswerIsWholeOrRefusedNeverCutShort() {
    assertEquals(10_000, over(10_000).json("2026-01-01", "2026-01-31", null, null, null).size());
    assertThrows(
        BadRequestException.class,
        () -> over(10_001).json("2026-01-01", "2026-01-31", null, null, null));
  }

  @Test
  void aPeriodEndingBeforeItStartsAndAnUnknownActionAreRefused() {
    assertThrows(
        BadRequestException.class,
        () -> AccessLogResource.query("2026-02-01", "2026-01-01", null, null, null));
    assertThrows(
        BadRequestException.class,
        () -> AccessLogResource.query("2026-01-01", "2026-01-02", null, null, "LOOK"));
  }
}
