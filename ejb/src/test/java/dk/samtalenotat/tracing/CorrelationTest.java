package dk.samtalenotat.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.interceptor.InvocationContext;
import jakarta.jms.Message;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CorrelationTest {

  @Test
  void aReceivedIdIsKeptOnlyWhenItIsAShortToken() {
    assertEquals("lb-7f3a2c91", Correlation.acceptOrNew("lb-7f3a2c91"));
    assertEquals(
        "00-4bf92f3577b34da6a3ce929d0e0e4736",
        Correlation.acceptOrNew("00-4bf92f3577b34da6a3ce929d0e0e4736"));
    // Free text (which might be a name or a CPR number a client typed), too short or too long, or
    // with characters a log line or header could be split by: replaced by a new random id.
    for (String bad :
        new String[] {
          null, "", "short", "Jens Hansen", "0101901234\nforged", "x".repeat(65), "a;b=c,d/efgh"
        }) {
      String id = Correlation.acceptOrNew(bad);
      assertNotEquals(bad, id);
      assertTrue(id.matches("[0-9a-f-]{36}"), id);
    }
  }

  @Test
  void aScopeRestoresWhatTheThreadHadBefore() {
    assertNull(Correlation.current());
    try (Correlation.Scope outer = Correlation.open("request-00000001")) {
      assertEquals("request-00000001", Correlation.current());
      try (Correlation.Scope inner = Correlation.open(null)) {
        assertEquals(inner.id(), Correlation.current());
        assertNotEquals("request-00000001", inner.id());
      }
      assertEquals("request-00000001", Correlation.current());
    }
    assertNull(Correlation.current(), "a pooled thread carries no id into its next work");
  }

  @Test
  void aJobRunsUnderTheIdOfTheRequestThatQueuedIt() throws Exception {
    Map<String, Object> properties = new HashMap<>();
    Message message = message(properties);
    try (Correlation.Scope request = Correlation.open("approval-12345678")) {
      JmsCorrelation.stamp(message);
    }
    assertEquals("approval-12345678", properties.get(Correlation.PROPERTY));

    AtomicReference<String> seenByTheJob = new AtomicReference<>();
    new JmsCorrelation()
        .underMessagesId(invocation(message, () -> seenByTheJob.set(Correlation.current())));
    assertEquals("approval-12345678", seenByTheJob.get());
    assertNull(Correlation.current(), "the MDB's thread is left without it");

    // A message queued without one (by the recovery timer, say) runs under a new id.
    Message bare = message(new HashMap<>());
    new JmsCorrelation()
        .underMessagesId(invocation(bare, () -> seenByTheJob.set(Correlation.current())));
    assertTrue(seenByTheJob.get().matches("[0-9a-f-]{36}"), seenByTheJob.get());
  }

  @Test
  void stampingOutsideTracedWorkGivesTheMessageAnIdOfItsOwn() {
    Map<String, Object> properties = new HashMap<>();
    JmsCorrelation.stamp(message(properties));
    assertTrue(String.valueOf(properties.get(Correlation.PROPERTY)).matches("[0-9a-f-]{36}"));
  }

  /** A JMS message holding string properties in a map; nothing else of it is used. */
  private static Message message(Map<String, Object> properties) {
    return (Message)
        Proxy.newProxyInstance(
            Message.class.getClassLoader(),
            new Class<?>[] {Message.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "setStringProperty" -> properties.put((String) args[0], args[1]);
                  case "getStringProperty" -> properties.get((String) args[0]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static InvocationContext invocation(Message message, Runnable onMessage) {
    return (InvocationContext)
        Proxy.newProxyInstance(
            InvocationContext.class.getClassLoader(),
            new Class<?>[] {InvocationContext.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getParameters" -> new Object[] {message};
                  case "proceed" -> {
                    onMessage.run();
                    yield null;
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
