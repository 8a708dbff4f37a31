package dk.samtalenotat.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One stretch of speech as an engine or an imported file delivers it, before it is stored.
 *
 * @param startMillis offset from the start of the conversation
 * @param endMillis offset of the end, not before the start
 * @param speaker the label of who spoke ("Sagsbehandler", "Borger", a name), or null if unknown
 * @param language ISO 639-1 code of the spoken language, "da" by default
 * @param text what was said, trimmed, never blank
 */
public record SegmentData(
    long startMillis, long endMillis, String speaker, String language, String text) {

  public SegmentData {
    if (startMillis < 0 || endMillis < startMillis) {
      throw new IllegalArgumentException(
          "segment times out of order: " + startMillis + " > " + endMillis);
    }
    Objects.requireNonNull(text, "text");
    text = text.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("segment text is blank");
    }
    language = language == null || language.isBlank() ? "da" : language;
    speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
  }

  /**
   * Segments from a speech engine made storable: a text longer than {@code max} characters is cut
   * at spaces (or hard at {@code max} when a stretch has none) into consecutive segments sharing
   * its time in proportion to their length, and a speaker label that {@link SpeakerName} refuses is
   * dropped, since an engine's label is not a name anyone typed. The importer refuses such input
   * instead, naming the line.
   */
  public static List<SegmentData> fitted(List<SegmentData> segments, int max) {
    List<SegmentData> out = new ArrayList<>();
    for (SegmentData s : segments) {
      String speaker = SpeakerName.check(s.speaker()).isPresent() ? null : s.speaker();
      List<String> pieces = pieces(s.text(), max);
      long start = s.startMillis();
      long span = s.endMillis() - s.startMillis();
      long done = 0;
      for (int i = 0; i < pieces.size(); i++) {
        done += pieces.get(i).length();
        long end =
            i == pieces.size() - 1
                ? s.endMillis()
                : s.startMillis() + span * done / s.text().length();
        out.add(new SegmentData(start, end, speaker, s.language(), pieces.get(i)));
        start = end;
      }
    }
    return out;
  }

  private static List<String> pieces(String text, int max) {
    List<String> pieces = new ArrayList<>();
    String rest = text;
    while (rest.length() > max) {
      int cut = rest.lastIndexOf(' ', max);
      if (cut <= 0) {
        cut = max;
        // Never between the two halves of a character outside the Basic Multilingual Plane.
        if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
          cut--;
        }
      }
      String piece = rest.substring(0, cut).strip();
      if (!piece.isEmpty()) {
        pieces.add(piece);
      }
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) {
      pieces.add(rest);
    }
    return pieces;
  }
}
