package dk.samtalenotat.transcript.windowed;

import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.SpeechToText;
import dk.samtalenotat.transcript.SpeechToTextException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The transcription of one recording while it is made: {@link #advance} sends the windows whose
 * audio has fully arrived, {@link #finish} sends what is left after the stop and joins everything.
 * Each window goes to the engine once; a window whose transcription failed is tried again at the
 * next call. Not thread-safe: one recording is advanced by one job at a time.
 */
public final class WindowedTranscription {

  private final SpeechToText engine;
  private final WindowPlan plan;
  private final SeamJoiner joiner;
  private final String language;
  private final String name;
  private final SortedMap<Integer, WindowSegments> done = new TreeMap<>();

  /**
   * @param name a name for the window files sent to the engine, for its logs
   */
  public WindowedTranscription(
      SpeechToText engine, WindowPlan plan, SeamJoiner joiner, String language, String name) {
    this.engine = engine;
    this.plan = plan;
    this.joiner = joiner;
    this.language = language;
    this.name = name;
  }

  /**
   * Takes the windows transcribed earlier (while recording, perhaps by another server or before a
   * restart), so that they are not sent again.
   */
  public WindowedTranscription resume(java.util.Collection<WindowSegments> earlier) {
    for (WindowSegments w : earlier) {
      done.put(w.window().index(), w);
    }
    return this;
  }

  /**
   * The time from which audio is needed to finish: the start of the first window not yet done
   * (windows are done in order while recording, so nothing before it is needed again).
   */
  public long neededFromMillis() {
    int k = 0;
    while (done.containsKey(k)) {
      k++;
    }
    return k * (plan.lengthMillis() - plan.overlapMillis());
  }

  /**
   * Transcribes the windows complete in the audio received so far and not yet done.
   *
   * @return how many windows were sent now
   */
  public int advance(PcmAudio received) throws SpeechToTextException {
    return send(received, plan.complete(received.durationMillis()));
  }

  /** Transcribes what is left of the finished recording and returns the joined transcript. */
  public List<SegmentData> finish(PcmAudio recording) throws SpeechToTextException {
    List<WindowPlan.Window> all = plan.all(recording.durationMillis());
    // A window sent while recording that is not a window of the finished recording cannot happen
    // (full windows stay full), but a shorter recording given by mistake must not mix results.
    done.keySet().removeIf(k -> k >= all.size() || !done.get(k).window().equals(all.get(k)));
    send(recording, all);
    return joiner.join(new ArrayList<>(done.values()));
  }

  /** The windows transcribed so far, in order. */
  public List<WindowSegments> done() {
    return List.copyOf(done.values());
  }

  private int send(PcmAudio pcm, List<WindowPlan.Window> windows) throws SpeechToTextException {
    int sent = 0;
    for (WindowPlan.Window w : windows) {
      if (!done.containsKey(w.index())) {
        done.put(w.index(), transcribe(engine, pcm, w, language, name));
        sent++;
      }
    }
    return sent;
  }

  /**
   * Sends one window to the engine and shifts the segments it returns, timed from the window's
   * start, to the start of the recording. Segments are clipped to the window, since an engine may
   * time its last word a little past the end of the audio.
   */
  public static WindowSegments transcribe(
      SpeechToText engine, PcmAudio pcm, WindowPlan.Window w, String language, String name)
      throws SpeechToTextException {
    List<SegmentData> heard =
        engine.transcribe(
            pcm.window(name + "-window-" + w.index() + ".wav", w.startMillis(), w.endMillis()),
            language);
    List<SegmentData> shifted = new ArrayList<>(heard.size());
    for (SegmentData s : heard) {
      long start = Math.min(w.startMillis() + s.startMillis(), w.endMillis());
      long end = Math.min(w.startMillis() + s.endMillis(), w.endMillis());
      shifted.add(new SegmentData(start, end, s.speaker(), s.language(), s.text()));
    }
    return new WindowSegments(w, shifted);
  }
}
