package dk.samtalenotat.transcript.windowed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.SpeechToTextException;
import dk.samtalenotat.transcript.windowed.ScriptedEngine.Script;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The windows against a fake engine that answers with known words: the joined transcript must hold
 * exactly the spoken words, in order, whatever the seams cut.
 */
class WindowedTranscriptionTest {

  private static final String TALK =
      "Jeg har søgt tre stillinger som lagerarbejder i denne måned og har fået en samtale. "
          + "Vi aftaler at du søger mindst fire stillinger om ugen, og vi ses igen om tre uger.";

  private static List<String> words(List<SegmentData> segments) {
    return segments.stream().flatMap(s -> Arrays.stream(s.text().split("\\s+"))).toList();
  }

  private static List<SegmentData> atStop(Script script, long millis) throws Exception {
    ScriptedEngine engine = new ScriptedEngine(script.words);
    return transcription(engine).finish(PcmAudio.of(ScriptedEngine.clockAudio(millis)));
  }

  private static WindowedTranscription transcription(ScriptedEngine engine) {
    return new WindowedTranscription(engine, WindowPlan.standard(), new SeamJoiner(), "da", "test");
  }

  @Test
  void continuousSpeechAcrossManySeamsKeepsEveryWordOnce() throws Exception {
    Script script = new Script(400).talkUntil(170_000, TALK);
    List<SegmentData> joined = atStop(script, 175_000);
    assertEquals(script.spoken(), words(joined));
  }

  @Test
  void segmentsAreInRecordingTimeInOrderWithTheirSpeakers() throws Exception {
    Script script = new Script(400).talkUntil(100_000, TALK);
    List<SegmentData> joined = atStop(script, 103_000);
    long previousEnd = 0;
    for (SegmentData s : joined) {
      assertTrue(s.startMillis() >= previousEnd - 2_000, "order at " + s);
      previousEnd = s.endMillis();
    }
    // The last segment lies in the last window (from 75 s): its time was shifted, not left at 0.
    SegmentData last = joined.get(joined.size() - 1);
    ScriptedEngine.Spoken lastWord = script.words.get(script.words.size() - 1);
    assertEquals(lastWord.end(), last.endMillis());
    assertEquals(lastWord.speaker(), last.speaker());
    assertTrue(joined.stream().anyMatch(s -> "Borger".equals(s.speaker())));
  }

  @Test
  void wordsCutByEitherEdgeOfTheOverlapAreTakenWhole() throws Exception {
    // The first window ends at 30 s and the second starts at 25 s: one long word straddles each.
    Script script =
        new Script(400)
            .talkUntil(22_500, TALK)
            .quietUntil(24_000)
            .say("arbejdsløshedsdagpengene")
            .talkUntil(27_000, TALK)
            .quietUntil(28_800)
            .say("kontanthjælpsmodtageren")
            .talkUntil(58_000, TALK);
    assertStraddles(script, "arbejdsløshedsdagpengene", 25_000);
    assertStraddles(script, "kontanthjælpsmodtageren", 30_000);

    // The engine really garbles them at the edges: the first window hears only the start of the
    // second long word, the second window only the end of the first.
    PcmAudio audio = PcmAudio.of(ScriptedEngine.clockAudio(60_000));
    ScriptedEngine engine = new ScriptedEngine(script.words);
    List<String> first = words(engine.transcribe(audio.window("a.wav", 0, 30_000), "da"));
    List<String> second = words(engine.transcribe(audio.window("b.wav", 25_000, 55_000), "da"));
    assertTrue(first.get(first.size() - 1).startsWith("kontanthjælps"));
    assertTrue(!first.contains("kontanthjælpsmodtageren"));
    assertTrue(second.get(0).endsWith("dagpengene") && !second.get(0).startsWith("arbejds"));

    List<SegmentData> joined = atStop(script, 60_000);

    assertEquals(script.spoken(), words(joined));
    assertEquals(1, Collections.frequency(words(joined), "arbejdsløshedsdagpengene"));
    assertEquals(1, Collections.frequency(words(joined), "kontanthjælpsmodtageren"));
  }

  private static void assertStraddles(Script script, String word, long edge) {
    ScriptedEngine.Spoken w =
        script.words.stream().filter(s -> s.word().equals(word)).findFirst().orElseThrow();
    assertTrue(w.start() < edge && w.end() > edge, word + " does not straddle " + edge);
  }

  @Test
  void repeatedWordsInTheOverlapKeepTheirCount() throws Exception {
    Script script =
        new Script(400)
            .talkUntil(24_000, TALK)
            .speaker("Borger")
            .say("nej nej nej nej nej nej nej nej nej nej nej nej")
            .speaker("Sagsbehandler")
            .talkUntil(58_000, TALK);
    long nejInOverlap =
        script.words.stream()
            .filter(w -> w.word().equals("nej") && w.start() >= 25_000 && w.end() <= 30_000)
            .count();
    assertTrue(nejInOverlap >= 5, "the repetition must lie in the overlap");

    List<SegmentData> joined = atStop(script, 60_000);

    assertEquals(script.spoken(), words(joined));
    assertEquals(12, Collections.frequency(words(joined), "nej"));
  }

  @Test
  void aSeamInSilenceLosesAndRepeatsNothing() throws Exception {
    Script script = new Script(400).talkUntil(23_500, TALK).silence(8_000).talkUntil(58_000, TALK);
    assertTrue(
        script.words.stream().noneMatch(w -> w.end() > 25_000 && w.start() < 30_000),
        "nothing may be said in the overlap");

    List<SegmentData> joined = atStop(script, 60_000);

    assertEquals(script.spoken(), words(joined));
  }

  @Test
  void speechEndingInTheLastOverlapIsNotRepeated() throws Exception {
    // The recording stops 2 s into the last window: everything it heard, the one before heard too.
    Script script = new Script(400).talkUntil(56_000, TALK);
    List<SegmentData> joined = atStop(script, 57_000);
    assertEquals(script.spoken(), words(joined));
  }

  @Test
  void whileRecordingEachWindowIsSentOnceAndOnlyTheLastRemainsAtStop() throws Exception {
    Script script = new Script(400).talkUntil(128_000, TALK);
    byte[] all = ScriptedEngine.clockAudio(130_000);
    ScriptedEngine engine = new ScriptedEngine(script.words);
    WindowedTranscription live = transcription(engine);

    int chunk = 3 * PcmAudio.RATE * PcmAudio.BYTES_PER_SAMPLE;
    for (int received = chunk; received < all.length; received += chunk) {
      live.advance(PcmAudio.of(Arrays.copyOf(all, received)));
    }
    int sentWhileRecording = engine.callsByStart.size();
    List<SegmentData> joined = live.finish(PcmAudio.of(all));

    assertEquals(4, sentWhileRecording, "windows at 0, 25, 50 and 75 s are complete before 127 s");
    assertEquals(
        Map.of(0L, 1, 25_000L, 1, 50_000L, 1, 75_000L, 1, 100_000L, 1), engine.callsByStart);
    assertEquals(words(atStop(script, 130_000)), words(joined));
    assertEquals(script.spoken(), words(joined));
  }

  @Test
  void afterTheStopAnotherJobSendsOnlyTheMissingWindowsAndNeedsOnlyTheirAudio() throws Exception {
    Script script = new Script(400).talkUntil(88_000, TALK);
    byte[] all = ScriptedEngine.clockAudio(90_000);
    ScriptedEngine recordingEngine = new ScriptedEngine(script.words);
    WindowedTranscription whileRecording = transcription(recordingEngine);
    whileRecording.advance(PcmAudio.of(Arrays.copyOf(all, 70 * PcmAudio.RATE * 2)));
    List<WindowSegments> stored = whileRecording.done();
    assertEquals(2, stored.size(), "windows 0-30 s and 25-55 s are complete at 70 s");

    // The transcription job after the stop: a new instance given what was stored.
    ScriptedEngine afterStop = new ScriptedEngine(script.words);
    WindowedTranscription job = transcription(afterStop).resume(stored);
    assertEquals(50_000, job.neededFromMillis(), "audio before the third window is not needed");
    TailPcm tail = new TailPcm(job.neededFromMillis());
    for (int i = 0; i < all.length; i += 4093) {
      tail.write(all, i, Math.min(4093, all.length - i));
    }
    List<SegmentData> joined = job.finish(tail);

    assertEquals(Map.of(50_000L, 1, 75_000L, 1), afterStop.callsByStart);
    assertEquals(script.spoken(), words(joined));
    assertEquals(words(atStop(script, 90_000)), words(joined));
  }

  @Test
  void aWindowTheEngineFailedIsTriedAgainLater() throws Exception {
    Script script = new Script(400).talkUntil(80_000, TALK);
    byte[] all = ScriptedEngine.clockAudio(80_000);
    ScriptedEngine engine = new ScriptedEngine(script.words);
    engine.failOnceAt.add(25_000L);
    WindowedTranscription live = transcription(engine);
    PcmAudio at60 = PcmAudio.of(Arrays.copyOf(all, 60 * PcmAudio.RATE * 2));

    SpeechToTextException e = assertThrows(SpeechToTextException.class, () -> live.advance(at60));
    assertTrue(e.transient_());
    assertEquals(1, live.done().size(), "the first window stays done");
    assertEquals(1, live.advance(at60));

    List<SegmentData> joined = live.finish(PcmAudio.of(all));
    assertEquals(script.spoken(), words(joined));
    assertEquals(2, engine.callsByStart.get(25_000L));
    assertEquals(1, engine.callsByStart.get(0L));
  }

  @Test
  void anyWindowSizeAndPaceOfSpeechJoinsToExactlyTheSpokenWords() throws Exception {
    String[] vocabulary = TALK.split(" ");
    for (int seed = 1; seed <= 100; seed++) {
      java.util.Random random = new java.util.Random(seed);
      WindowPlan plan =
          new WindowPlan(20_000 + random.nextInt(20) * 1_000, 3_000 + random.nextInt(6) * 1_000);
      Script script = new Script(random.nextInt(2_000));
      while (script.at < 150_000) {
        if (random.nextInt(12) == 0) {
          script.silence(random.nextInt(9_000));
        }
        if (random.nextInt(15) == 0) {
          script.speaker(script.speaker.equals("Borger") ? "Sagsbehandler" : "Borger");
        }
        script.say(vocabulary[random.nextInt(vocabulary.length)]);
      }
      long total = script.at + random.nextInt(3_000);
      ScriptedEngine engine = new ScriptedEngine(script.words);
      List<SegmentData> joined =
          new WindowedTranscription(engine, plan, new SeamJoiner(), "da", "seed-" + seed)
              .finish(PcmAudio.of(ScriptedEngine.clockAudio(total)));
      assertEquals(script.spoken(), words(joined), "seed " + seed + ", " + plan.lengthMillis());
    }
  }

  @Test
  void anEmptyRecordingGivesNoSegmentsAndSendsNothing() throws Exception {
    ScriptedEngine engine = new ScriptedEngine(List.of());
    assertTrue(transcription(engine).finish(PcmAudio.of(new byte[0])).isEmpty());
    assertTrue(engine.callsByStart.isEmpty());
  }

  @Test
  void wavHeaderDescribesSixteenKilohertzMono() throws Exception {
    PcmAudio pcm = PcmAudio.of(ScriptedEngine.clockAudio(3_000));
    var window = pcm.window("w.wav", 1_000, 2_500);
    assertEquals(44 + 1_500 * 32, window.size());
    try (var in = window.open()) {
      byte[] bytes = in.readAllBytes();
      assertEquals(window.size(), bytes.length);
      assertEquals("RIFF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
      // The first sample after the header is the clock at 1 s: 100 ticks of 10 ms.
      assertEquals(100, (bytes[44] & 0xff) | (bytes[45] << 8));
    }
  }
}
