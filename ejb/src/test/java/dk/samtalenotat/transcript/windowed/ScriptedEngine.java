package dk.samtalenotat.transcript.windowed;

import dk.samtalenotat.transcript.AudioSource;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.SpeechToText;
import dk.samtalenotat.transcript.SpeechToTextException;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fake engine that knows what was said when: it reads from the audio it is sent which stretch of
 * the recording it is (the test audio carries its own clock, one tick per 10 ms) and answers with
 * the script's words in that stretch, timed from the start of the audio like a real engine, grouped
 * into segments by speaker and pauses. A word cut by the edge of the audio comes back as the part
 * of it that was heard, like a real engine would garble it.
 */
final class ScriptedEngine implements SpeechToText {

  /** A word of the script at its true time in the recording. */
  record Spoken(String word, long start, long end, String speaker) {}

  private final List<Spoken> script;
  final TreeMap<Long, Integer> callsByStart = new TreeMap<>();
  final Set<Long> failOnceAt = ConcurrentHashMap.newKeySet();

  ScriptedEngine(List<Spoken> script) {
    this.script = script;
  }

  /** Test audio whose sample values tell the time: sample i holds i / 160 (10 ms ticks). */
  static byte[] clockAudio(long millis) {
    int samples = (int) (millis * PcmAudio.RATE / 1000);
    ByteBuffer b = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < samples; i++) {
      b.putShort((short) ((i / 160) & 0x7fff));
    }
    return b.array();
  }

  @Override
  public String engineName() {
    return "scripted";
  }

  @Override
  public boolean available() {
    return true;
  }

  @Override
  public List<SegmentData> transcribe(AudioSource audio, String language)
      throws SpeechToTextException {
    long from;
    long to;
    try (InputStream in = audio.open()) {
      byte[] header = new DataInputStream(in).readNBytes(46);
      ByteBuffer b = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
      if (b.getInt(0) != 0x46464952 || b.getInt(24) != PcmAudio.RATE) {
        throw new SpeechToTextException("not 16 kHz WAV", false);
      }
      long dataBytes = b.getInt(40);
      if (dataBytes != audio.size() - 44) {
        throw new SpeechToTextException("WAV length does not match the size", false);
      }
      from = (b.getShort(44) & 0x7fff) * 10L;
      to = from + dataBytes / 2 * 1000 / PcmAudio.RATE;
    } catch (IOException e) {
      throw new SpeechToTextException("unreadable", true, e);
    }
    callsByStart.merge(from, 1, Integer::sum);
    if (failOnceAt.remove(from)) {
      throw new SpeechToTextException("engine busy", true);
    }
    List<SegmentData> out = new ArrayList<>();
    List<Spoken> segment = new ArrayList<>();
    for (Spoken w : script) {
      if (w.end() <= from || w.start() >= to) {
        continue;
      }
      Spoken heard = clip(w, from, to);
      if (!segment.isEmpty()) {
        Spoken last = segment.get(segment.size() - 1);
        if (!last.speaker().equals(heard.speaker())
            || heard.start() - last.end() > 700
            || segment.size() == 7) {
          out.add(segment(segment, from, language));
          segment.clear();
        }
      }
      segment.add(heard);
    }
    if (!segment.isEmpty()) {
      out.add(segment(segment, from, language));
    }
    return out;
  }

  /** The part of a word inside the audio, its letters cut in proportion. */
  private static Spoken clip(Spoken w, long from, long to) {
    long start = Math.max(w.start(), from);
    long end = Math.min(w.end(), to);
    if (start == w.start() && end == w.end()) {
      return w;
    }
    int len = w.word().length();
    int first = (int) ((start - w.start()) * len / (w.end() - w.start()));
    int last = (int) Math.ceil((double) (end - w.start()) * len / (w.end() - w.start()));
    first = Math.min(first, len - 1);
    last = Math.max(last, first + 1);
    return new Spoken(w.word().substring(first, last), start, end, w.speaker());
  }

  private static SegmentData segment(List<Spoken> words, long from, String language) {
    String text = String.join(" ", words.stream().map(Spoken::word).toList());
    return new SegmentData(
        words.get(0).start() - from,
        words.get(words.size() - 1).end() - from,
        words.get(0).speaker(),
        language,
        text);
  }

  /** Builds a script: words spoken one after another, with a short pause between. */
  static final class Script {
    final List<Spoken> words = new ArrayList<>();
    long at;
    String speaker = "Sagsbehandler";

    Script(long startMillis) {
      at = startMillis;
    }

    Script speaker(String s) {
      speaker = s;
      return this;
    }

    Script say(String text) {
      for (String w : text.split(" ")) {
        // Longer words take longer, with some unevenness so word times are not exactly
        // proportional to letters (which is what the joiner estimates).
        long duration = 90L * w.length() + (w.hashCode() & 0x7f);
        words.add(new Spoken(w, at, at + duration, speaker));
        at += duration + 120;
      }
      return this;
    }

    /** Nothing is said until {@code millis}. */
    Script quietUntil(long millis) {
      at = Math.max(at, millis);
      return this;
    }

    Script silence(long millis) {
      at += millis;
      return this;
    }

    /**
     * Speaks the words of {@code text} over and over, one at a time, until {@code untilMillis}; the
     * other speaker takes over at the end of each sentence.
     */
    Script talkUntil(long untilMillis, String text) {
      String[] words = text.split(" ");
      for (int i = 0; at < untilMillis; i = (i + 1) % words.length) {
        say(words[i]);
        if (words[i].endsWith(".")) {
          speaker = speaker.equals("Sagsbehandler") ? "Borger" : "Sagsbehandler";
        }
      }
      return this;
    }

    List<String> spoken() {
      return words.stream().map(Spoken::word).toList();
    }
  }
}
