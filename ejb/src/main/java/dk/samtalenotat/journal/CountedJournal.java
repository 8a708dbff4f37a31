package dk.samtalenotat.journal;

import dk.samtalenotat.metrics.ApplicationMetrics;
import java.util.Optional;

/**
 * A case system's journal whose deliveries and look-ups are counted by outcome ({@code
 * samtalenotat.journal.calls}: case system, call, outcome {@code ok}, {@code refused}, {@code
 * transient}, {@code unknown}, {@code error}), so operations see a case system that stops answering
 * before its outbox backlog grows.
 */
final class CountedJournal implements Journal {

  private final Journal journal;
  private final ApplicationMetrics metrics;

  CountedJournal(Journal journal, ApplicationMetrics metrics) {
    this.journal = journal;
    this.metrics = metrics;
  }

  @Override
  public String system() {
    return journal.system();
  }

  @Override
  public String endpoint() {
    return journal.endpoint();
  }

  @Override
  public String address() {
    return journal.address();
  }

  @Override
  public boolean looksUpCitizen() {
    return journal.looksUpCitizen();
  }

  @Override
  public Delivery deliver(JournalNote note) throws JournalException {
    String outcome = "error";
    try {
      Delivery d = journal.deliver(note);
      outcome = "ok";
      return d;
    } catch (JournalException e) {
      outcome = outcome(e);
      throw e;
    } finally {
      metrics.journalCall(system(), "deliver", outcome);
    }
  }

  @Override
  public Optional<Delivery> find(JournalNote note) throws JournalException {
    String outcome = "error";
    try {
      Optional<Delivery> d = journal.find(note);
      outcome = "ok";
      return d;
    } catch (JournalException e) {
      outcome = outcome(e);
      throw e;
    } finally {
      metrics.journalCall(system(), "find", outcome);
    }
  }

  private static String outcome(JournalException e) {
    if (e instanceof PermanentJournalException) {
      return "refused";
    }
    if (e instanceof UnknownOutcomeException) {
      return "unknown";
    }
    return e instanceof TransientJournalException ? "transient" : "error";
  }
}
