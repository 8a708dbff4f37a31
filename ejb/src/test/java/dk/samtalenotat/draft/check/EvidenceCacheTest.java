package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The evidence of a transcript read once for the checks of several saves, and let go. */
class EvidenceCacheTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 3);

  private static final String[][] SAID = {
    {"Sagsbehandler", "Hvor mange timer arbejder du nu i butikken?"},
    {"Borger", "Jeg arbejder tolv timer om ugen, tirsdag og torsdag."},
    {"Sagsbehandler", "Næste samtale er tirsdag den tiende marts klokken ti."}
  };

  private static FactCheckContext context(String[][] said, LocalDate day) {
    return new FactCheckContext(
        Transcripts.of(said, Transcripts.roles(ParticipantRole.BORGER)),
        day,
        List.of(new DraftParticipant("Pia Sand", ParticipantRole.SAGSBEHANDLER)));
  }

  @Test
  void theSameTranscriptIsReadOnceAndAnyChangeReadsItAgain() {
    AtomicLong now = new AtomicLong();
    EvidenceCache cache = new EvidenceCache(4, TimeUnit.MINUTES.toNanos(10), now::get);
    Evidence first = cache.of(context(SAID, DAY));
    assertSame(first, cache.of(context(SAID, DAY)));
    // Another day, another word, another speaker, another participant: another reading.
    assertNotSame(first, cache.of(context(SAID, DAY.plusDays(1))));
    String[][] edited = {SAID[0], {"Borger", "Jeg arbejder tretten timer om ugen."}, SAID[2]};
    assertNotSame(first, cache.of(context(edited, DAY)));
    String[][] otherSpeaker = {SAID[0], {"Arbejdsgiver", SAID[1][1]}, SAID[2]};
    assertNotSame(first, cache.of(context(otherSpeaker, DAY)));
    FactCheckContext without = context(SAID, DAY);
    assertNotEquals(
        EvidenceCache.digest(without),
        EvidenceCache.digest(
            new FactCheckContext(without.segments(), DAY, List.of(), List.of("Pia Sand"))));
    // Where one text ends and the next begins is part of what is digested.
    String[][] a = {{"Borger", "ab"}, {"Borger", "c"}};
    String[][] b = {{"Borger", "a"}, {"Borger", "bc"}};
    assertNotEquals(EvidenceCache.digest(context(a, DAY)), EvidenceCache.digest(context(b, DAY)));
  }

  @Test
  void aTranscriptNotCheckedForTheTimeToLiveIsLetGoAndTheOldestBeyondTheMaximum() {
    AtomicLong now = new AtomicLong();
    EvidenceCache cache = new EvidenceCache(2, TimeUnit.MINUTES.toNanos(10), now::get);
    Evidence first = cache.of(context(SAID, DAY));
    now.addAndGet(TimeUnit.MINUTES.toNanos(9));
    assertSame(first, cache.of(context(SAID, DAY)), "used again within ten minutes");
    now.addAndGet(TimeUnit.MINUTES.toNanos(9));
    assertSame(first, cache.of(context(SAID, DAY)), "ten minutes count from the last use");
    now.addAndGet(TimeUnit.MINUTES.toNanos(11));
    assertNotSame(first, cache.of(context(SAID, DAY)), "let go after ten minutes unused");
    assertEquals(1, cache.size());
    cache.of(context(SAID, DAY.plusDays(1)));
    cache.of(context(SAID, DAY.plusDays(2)));
    assertEquals(2, cache.size(), "no more than the maximum");
  }

  @Test
  void checksSharingOneReadingAtOnceFlagAsEachAloneWould() throws Exception {
    List<DraftSegment> transcript = Transcripts.of(SAID, Transcripts.roles(ParticipantRole.BORGER));
    List<DraftSentence> note =
        List.of(
            new DraftSentence(
                NoteSection.DROEFTET, "Borger arbejder 14 timer om ugen i butikken.", List.of()),
            new DraftSentence(
                NoteSection.NAESTE_SKRIDT,
                "Næste samtale afholdes tirsdag den 10. marts 2026 kl. 10.00.",
                List.of()));
    List<FactFlag> alone =
        UnsupportedFactCheck.check(note, new FactCheckContext(transcript, DAY, List.of()));
    assertEquals(1, alone.size(), alone.toString());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<FactFlag>>> checks = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        checks.add(
            () ->
                UnsupportedFactCheck.check(note, new FactCheckContext(transcript, DAY, List.of())));
      }
      for (Future<List<FactFlag>> f : pool.invokeAll(checks)) {
        assertEquals(alone, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
