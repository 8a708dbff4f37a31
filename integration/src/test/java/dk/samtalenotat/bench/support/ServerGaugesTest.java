package dk.samtalenotat.bench.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ServerGaugesTest {

  @Test
  void readsTheNumberOfAnAttribute() throws IOException {
    assertEquals(
        123456789012.0,
        ServerGauges.number("{\"outcome\" : \"success\", \"result\" : 123456789012}"));
    assertEquals(1.5, ServerGauges.number("{\"outcome\" : \"success\", \"result\" : 1.5}"));
    assertThrows(
        IOException.class,
        () -> ServerGauges.number("{\"outcome\" : \"failed\", \"failure-description\" : \"x\"}"));
  }

  @Test
  void readsThePoolFigures() {
    ServerGauges.Pool p =
        ServerGauges.parsePool(
            "{\"outcome\" : \"success\", \"result\" : {\"ActiveCount\" : 7, \"AvailableCount\" : 13,"
                + " \"InUseCount\" : 4, \"MaxUsedCount\" : 9, \"MaxWaitTime\" : 12,"
                + " \"WaitCount\" : 2, \"statistics-enabled\" : true}}");
    assertEquals(new ServerGauges.Pool(4, 7, 9, 2, 12), p);
  }
}
