package dk.samtalenotat.bench;

import dk.samtalenotat.transcript.AudioSource;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.SpeechToText;
import dk.samtalenotat.transcript.SpeechToTextException;
import dk.samtalenotat.transcript.windowed.PcmAudio;
import dk.samtalenotat.transcript.windowed.SeamJoiner;
import dk.samtalenotat.transcript.windowed.WindowPlan;
import dk.samtalenotat.transcript.windowed.WindowedTranscription;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Time from the stop to the transcript being ready for a long conversation, transcribed in windows
 * while it is recorded against transcribed whole at the stop (the offline path), with a fake engine
 * of known speed: it sleeps a fixed time per second of audio it is sent, reads all of that audio as
 * a real engine's upload would, and answers with the words spoken in it. The drafting step that
 * follows is the same in both cases and is not part of the figures.
 *
 * <p>It runs the windowing classes in-process (no server, no JMS, no decoding): the recording
 * arrives in chunks, the windows complete so far are transcribed after each chunk, off the clock
 * since that happens during the conversation; the clock runs from the stop. The joined transcript
 * is checked word for word against what was spoken.
 *
 * <p>Arguments: minutes of conversation (default 30), engine milliseconds per minute of audio
 * (default 200: 0.1 s per 30 s), chunk seconds (default 3).
 */
public final class WindowedTranscriptionBench {

  /** A word every 400 ms, 300 ms long: about the pace of conversation. */
  private static final long WORD_EVERY = 400;

  private static final long WORD_LENGTH = 300;

  public static void main(String[] args) throws Exception {
    int minutes = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 30;
    long msPerMinute = args.length > 1 && !args[1].isBlank() ? Long.parseLong(args[1]) : 200;
    int chunkSeconds = args.length > 2 && !args[2].isBlank() ? Integer.parseInt(args[2]) : 3;
    long totalMillis = minutes * 60_000L;
    byte[] pcm = clockAudio(totalMillis);
    WindowPlan plan = WindowPlan.standard();
    int spoken = (int) ((totalMillis - WORD_LENGTH) / WORD_EVERY) + 1;

    System.out.printf(
        "Windowed transcription: %d-minute conversation, fake engine %d ms per minute of audio,"
            + " %d s windows with %d s overlap, %d s chunks%n",
        minutes,
        msPerMinute,
        plan.lengthMillis() / 1000,
        plan.overlapMillis() / 1000,
        chunkSeconds);

    // Warm-up so the JIT does not count against the first measurement.
    run(clockAudio(120_000), 120_000, plan, 0, chunkSeconds);

    Result windowed = run(pcm, totalMillis, plan, msPerMinute, chunkSeconds);
    System.out.printf(
        "  while recording: %d of %d windows transcribed, engine busy %.1f s in all,"
            + " at most %d ms per window (a window completes every %d s)%n",
        windowed.sentWhileRecording,
        windowed.windows,
        windowed.busyWhileRecording / 1e9,
        windowed.longestWindowMillis,
        (plan.lengthMillis() - plan.overlapMillis()) / 1000);
    System.out.printf(
        "  stop -> transcript, windowed: %d ms (%d window(s) left, join of %d windows, %d words)%n",
        windowed.stopToReadyMillis,
        windowed.windows - windowed.sentWhileRecording,
        windowed.windows,
        windowed.words.size());
    check(windowed.words, spoken, "windowed");

    PacedEngine engine = new PacedEngine(msPerMinute);
    long t0 = System.nanoTime();
    List<SegmentData> whole =
        engine.transcribe(PcmAudio.of(pcm).window("whole.wav", 0, totalMillis), "da");
    long atStop = (System.nanoTime() - t0) / 1_000_000;
    List<String> wholeWords = words(whole);
    System.out.printf(
        "  stop -> transcript, whole at stop: %d ms (one engine call, %d words)%n",
        atStop, wholeWords.size());
    check(wholeWords, spoken, "whole");
    System.out.printf(
        "  windowed is ready %.1f times sooner after the stop (%d ms against %d ms)%n",
        (double) atStop / Math.max(1, windowed.stopToReadyMillis),
        windowed.stopToReadyMillis,
        atStop);
  }

  private record Result(
      int windows,
      int sentWhileRecording,
      long busyWhileRecording,
      long longestWindowMillis,
      long stopToReadyMillis,
      List<String> words) {}

  private static Result run(
      byte[] pcm, long totalMillis, WindowPlan plan, long msPerMinute, int chunkSeconds)
      throws Exception {
    PacedEngine engine = new PacedEngine(msPerMinute);
    WindowedTranscription live =
        new WindowedTranscription(engine, plan, new SeamJoiner(), "da", "bench");
    int chunk = chunkSeconds * PcmAudio.RATE * PcmAudio.BYTES_PER_SAMPLE;
    for (long received = chunk; received < pcm.length; received += chunk) {
      live.advance(prefix(pcm, received));
    }
    int sent = engine.calls;
    long busy = engine.busyNanos;
    long longest = engine.longestNanos / 1_000_000;
    long t0 = System.nanoTime();
    List<SegmentData> joined = live.finish(PcmAudio.of(pcm));
    long ready = (System.nanoTime() - t0) / 1_000_000;
    return new Result(plan.all(totalMillis).size(), sent, busy, longest, ready, words(joined));
  }

  private static void check(List<String> words, int spoken, String what) {
    List<String> expected = new ArrayList<>(spoken);
    for (int k = 0; k < spoken; k++) {
      expected.add(word(k));
    }
    if (!expected.equals(words)) {
      throw new IllegalStateException(
          what + ": the transcript does not hold the " + spoken + " spoken words once each");
    }
    System.out.printf("  %s: all %d spoken words once each, in order%n", what, spoken);
  }

  private static List<String> words(List<SegmentData> segments) {
    return segments.stream().flatMap(s -> Arrays.stream(s.text().split(" "))).toList();
  }

  /** Word k of the conversation: "ord" and its number spelt in letters, so fragments differ. */
  private static String word(int k) {
    return "ord" + Integer.toString(k, 26).replace('0', 'z');
  }

  private static PcmAudio prefix(byte[] pcm, long length) {
    return new PcmAudio() {
      @Override
      public long byteLength() {
        return length;
      }

      @Override
      public InputStream open(long offset, long len) {
        return new ByteArrayInputStream(pcm, (int) offset, (int) len);
      }
    };
  }

  /** Audio whose samples carry the time: sample i holds i / 1600 (100 ms ticks). */
  private static byte[] clockAudio(long millis) {
    int samples = (int) (millis * PcmAudio.RATE / 1000);
    ByteBuffer b = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < samples; i++) {
      b.putShort((short) (i / 1600));
    }
    return b.array();
  }

  /**
   * The fake engine: reads the whole audio, sleeps its known time, answers with the words in it in
   * segments of eight; a word cut by the edge of the audio comes back cut.
   */
  private static final class PacedEngine implements SpeechToText {
    private final long msPerMinute;
    int calls;
    long busyNanos;
    long longestNanos;

    PacedEngine(long msPerMinute) {
      this.msPerMinute = msPerMinute;
    }

    @Override
    public String engineName() {
      return "paced";
    }

    @Override
    public boolean available() {
      return true;
    }

    @Override
    public List<SegmentData> transcribe(AudioSource audio, String language)
        throws SpeechToTextException {
      long t0 = System.nanoTime();
      byte[] wav;
      try (InputStream in = audio.open()) {
        wav = in.readAllBytes();
      } catch (IOException e) {
        throw new SpeechToTextException("unreadable", false, e);
      }
      ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
      long from = (b.getShort(44) & 0xffff) * 100L;
      long to = from + (wav.length - 44L) / 2 * 1000 / PcmAudio.RATE;
      try {
        Thread.sleep((to - from) * msPerMinute / 60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SpeechToTextException("interrupted", true, e);
      }
      List<SegmentData> out = new ArrayList<>();
      List<String> segment = new ArrayList<>();
      long segStart = -1;
      long segEnd = -1;
      for (int k = (int) Math.max(0, (from - WORD_LENGTH) / WORD_EVERY); ; k++) {
        long start = k * WORD_EVERY;
        long end = start + WORD_LENGTH;
        if (start >= to) {
          break;
        }
        if (end <= from) {
          continue;
        }
        String w = word(k);
        if (start < from) {
          w = w.substring((int) ((from - start) * w.length() / WORD_LENGTH));
        }
        if (end > to) {
          w = w.substring(0, Math.max(1, (int) ((to - start) * w.length() / WORD_LENGTH)));
        }
        if (w.isEmpty()) {
          continue;
        }
        if (segment.isEmpty()) {
          segStart = Math.max(start, from) - from;
        }
        segment.add(w);
        segEnd = Math.min(end, to) - from;
        if (segment.size() == 8) {
          out.add(new SegmentData(segStart, segEnd, null, language, String.join(" ", segment)));
          segment.clear();
        }
      }
      if (!segment.isEmpty()) {
        out.add(new SegmentData(segStart, segEnd, null, language, String.join(" ", segment)));
      }
      long took = System.nanoTime() - t0;
      calls++;
      busyNanos += took;
      longestNanos = Math.max(longestNanos, took);
      return out;
    }
  }
}
