package dk.samtalenotat.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samtalenotat.metrics.ApplicationMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each delivery and look-up of a case system counted once, under the outcome it had. */
class CountedJournalTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final Scripted sbsys = new Scripted();
  private final Journal counted = new CountedJournal(sbsys, ApplicationMetrics.on(registry));

  @Test
  void eachOutcomeIsCountedUnderItsNameAndTheCallGoesThrough() throws Exception {
    Delivery stored = new Delivery.Accepted("tx-1");
    sbsys.next.add(stored);
    sbsys.next.add(new PermanentJournalException(JournalFailure.CASE_CLOSED, "lukket"));
    sbsys.next.add(new TransientJournalException("503"));
    sbsys.next.add(new UnknownOutcomeException("forbindelsen gik midt i svaret"));

    assertSame(stored, counted.deliver(null));
    assertThrows(PermanentJournalException.class, () -> counted.deliver(null));
    assertThrows(TransientJournalException.class, () -> counted.deliver(null));
    assertThrows(UnknownOutcomeException.class, () -> counted.deliver(null));

    assertEquals(1, calls("deliver", "ok"));
    assertEquals(1, calls("deliver", "refused"));
    assertEquals(1, calls("deliver", "transient"));
    assertEquals(1, calls("deliver", "unknown"));
    assertEquals(0, calls("find", "ok"));
  }

  @Test
  void aLookUpIsCountedApartFromDeliveriesAndAnUnexpectedFailureAsError() throws Exception {
    sbsys.next.add(Optional.empty());
    sbsys.next.add(new IllegalStateException("adapterfejl"));

    assertEquals(Optional.empty(), counted.find(null));
    assertThrows(IllegalStateException.class, () -> counted.find(null));

    assertEquals(1, calls("find", "ok"));
    assertEquals(1, calls("find", "error"));
    assertEquals(0, calls("deliver", "ok"));
  }

  private double calls(String call, String outcome) {
    Counter counter =
        registry
            .find("samtalenotat.journal.calls")
            .tags("case_system", "sbsys", "call", call, "outcome", outcome)
            .counter();
    return counter == null ? 0 : counter.count();
  }

  /** A case system answering from a script: a delivery, a look-up's answer or a failure. */
  private static final class Scripted implements Journal {
    final Deque<Object> next = new ArrayDeque<>();

    @Override
    public String system() {
      return "sbsys";
    }

    @Override
    public String endpoint() {
      return "http://127.0.0.1:1/";
    }

    @Override
    public Delivery deliver(JournalNote note) throws JournalException {
      return (Delivery) answer();
    }

    @SuppressWarnings("unchecked")
    @Override
    public Optional<Delivery> find(JournalNote note) throws JournalException {
      return (Optional<Delivery>) answer();
    }

    private Object answer() throws JournalException {
      Object o = next.removeFirst();
      if (o instanceof JournalException e) {
        throw e;
      }
      if (o instanceof RuntimeException e) {
        throw e;
      }
      return o;
    }
  }
}
