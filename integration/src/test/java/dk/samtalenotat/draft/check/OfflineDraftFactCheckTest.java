package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.GeneratedDraft;
import dk.samtalenotat.draft.offline.OfflineDraftEngine;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.importing.SampleTranscript;
import dk.samtalenotat.transcript.importing.SampleTranscripts;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * False flags on real drafts: the offline engine only rewrites what was said, so its drafts of the
 * sample transcripts must pass the check untouched, and a fact changed in them must not.
 */
class OfflineDraftFactCheckTest {

  private static final LocalDateTime WHEN = LocalDateTime.of(2026, 3, 2, 10, 0);

  private final SampleTranscripts samples = new SampleTranscripts();

  private static DraftRequest request(SampleTranscript sample, List<SegmentData> data) {
    return request(sample, data, WHEN);
  }

  private static DraftRequest request(
      SampleTranscript sample, List<SegmentData> data, LocalDateTime when) {
    List<DraftSegment> segments = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      SegmentData d = data.get(i);
      ParticipantRole role =
          "A-kasse".equals(d.speaker())
              ? ParticipantRole.A_KASSE
              : "Borger".equals(d.speaker())
                  ? ParticipantRole.BORGER
                  : ParticipantRole.SAGSBEHANDLER;
      segments.add(
          new DraftSegment(
              i + 1, d.startMillis(), d.endMillis(), d.speaker(), role, d.language(), d.text()));
    }
    return new DraftRequest(
        sample.type(),
        ConversationForm.FREMMOEDE,
        when,
        "Karen Sagsbehandler",
        List.of(new DraftParticipant("Karen Sagsbehandler", ParticipantRole.SAGSBEHANDLER)),
        segments);
  }

  @Test
  void offlineDraftsOfTheSamplesHaveNoFlags() throws Exception {
    List<SampleTranscript> all = samples.list();
    assertFalse(all.isEmpty());
    List<String> falseFlags = new ArrayList<>();
    // The demo registers its samples on the days before today, whatever today is: the dates they
    // say without a year ("torsdag den 12. marts") must resolve to a year their weekday fits.
    List<LocalDateTime> days =
        List.of(
            WHEN,
            LocalDateTime.of(2026, 12, 2, 9, 0),
            LocalDateTime.of(2026, 8, 14, 10, 0),
            LocalDateTime.of(2027, 1, 20, 11, 0));
    for (LocalDateTime when : days) {
      for (SampleTranscript sample : all) {
        DraftRequest request = request(sample, samples.load(sample), when);
        GeneratedDraft draft = new OfflineDraftEngine().generate(request);
        List<DraftSentence> sentences = draft.sentences();
        for (FactFlag f :
            UnsupportedFactCheck.check(sentences, request.segments(), when.toLocalDate())) {
          falseFlags.add(
              when.toLocalDate()
                  + " "
                  + sample.key()
                  + ": "
                  + sentences.get(f.sentenceIndex()).text()
                  + " -> "
                  + f);
        }
      }
    }
    assertEquals(List.of(), falseFlags, String.join("\n", falseFlags));
  }

  /** Changes every number and weekday of a sentence to another one, as a mishearing would. */
  private static String plantError(String text) {
    Matcher m = PLANTABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String found = m.group();
      String replacement =
          found.chars().allMatch(Character::isDigit)
              ? String.valueOf(Integer.parseInt(found) + 1)
              : NEXT.get(found.toLowerCase(Locale.ROOT));
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static final Map<String, String> NEXT =
      Map.ofEntries(
          Map.entry("to", "tre"),
          Map.entry("tre", "fire"),
          Map.entry("fire", "fem"),
          Map.entry("fem", "seks"),
          Map.entry("seks", "syv"),
          Map.entry("otte", "ni"),
          Map.entry("ti", "elleve"),
          Map.entry("mandag", "tirsdag"),
          Map.entry("tirsdag", "onsdag"),
          Map.entry("onsdag", "torsdag"),
          Map.entry("torsdag", "fredag"),
          Map.entry("fredag", "mandag"));

  private static final Pattern PLANTABLE =
      Pattern.compile(
          "(?<![\\p{L}\\d])(\\d+|" + String.join("|", NEXT.keySet()) + ")(?![\\p{L}\\d])");

  @Test
  void aNumberOrWeekdayChangedInAnOfflineDraftIsFlagged() throws Exception {
    int planted = 0;
    List<String> missed = new ArrayList<>();
    for (SampleTranscript sample : samples.list()) {
      DraftRequest request = request(sample, samples.load(sample));
      for (DraftSentence s : new OfflineDraftEngine().generate(request).sentences()) {
        String wrong = plantError(s.text());
        if (wrong.equals(s.text())) {
          continue;
        }
        planted++;
        List<FactFlag> flags =
            UnsupportedFactCheck.check(
                List.of(new DraftSentence(s.section(), wrong, s.citations())),
                request.segments(),
                WHEN.toLocalDate());
        if (flags.isEmpty()) {
          missed.add(sample.key() + ": " + wrong);
        }
      }
    }
    assertTrue(planted >= 5, "only " + planted + " sentences with a number or weekday");
    assertEquals(List.of(), missed, String.join("\n", missed));
  }
}
