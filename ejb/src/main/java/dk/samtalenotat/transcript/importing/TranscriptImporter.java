package dk.samtalenotat.transcript.importing;

import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.SpeakerName;
import dk.samtalenotat.transcript.SpokenLanguage;
import dk.samtalenotat.transcript.TranscriptSegment;
import dk.samtalenotat.transcript.importing.TranscriptFormatException.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a transcript file a caseworker uploads instead of a recording: WebVTT as Microsoft Teams
 * exports it, SubRip (SRT), or plain text lines of the form {@code Speaker: text}. The format is
 * detected from the content; the file name is only a hint.
 *
 * <p>The importer never trusts a declared size: it reads through a bounded buffer and rejects the
 * file as soon as it passes the limit. Within the file, a line longer than {@link #MAX_LINE_CHARS},
 * a cue whose text is longer than {@link TranscriptSegment#MAX_TEXT}, a control character and a
 * speaker name that {@link SpeakerName} refuses (markup, invisible characters, too long) each
 * reject the file with the line they are on. A speaker's turn in plain text that runs over several
 * lines becomes several segments rather than one too long to store.
 */
@ApplicationScoped
public class TranscriptImporter {

  /** Default upper limit of a transcript file: 5 MB. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  /** The longest line accepted, in characters; the same as the longest segment. */
  public static final int MAX_LINE_CHARS = TranscriptSegment.MAX_TEXT;

  /** The formats the importer understands. */
  public enum Format {
    WEBVTT,
    SRT,
    PLAIN_TEXT
  }

  /** Speaking rate used to give untimed plain text segments plausible times. */
  private static final double WORDS_PER_SECOND = 2.5;

  private static final long MIN_SYNTHETIC_MILLIS = 1000;

  // hh:mm:ss.ttt or mm:ss.ttt; SRT writes a comma, WebVTT a full stop. Both are accepted in both.
  private static final String TIME = "(?:(\\d+):)?(\\d{1,2}):(\\d{1,2})[.,](\\d{1,3})";
  private static final Pattern TIMING =
      Pattern.compile("^\\s*" + TIME + "\\s*-->\\s*" + TIME + "(?:\\s+.*)?$");
  private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?(?:\\s+([^>]*))?>");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>|<\\d[^>]*>");
  // Tags that open a line (an SRT line in italics): formatting around a speaker, not in its name.
  private static final Pattern LEADING_TAGS =
      Pattern.compile("^\\s*(?:(?:</?[a-zA-Z][^>]*>|<\\d[^>]*>)\\s*)+");
  // A speaker label: up to four words, each starting with an upper-case letter ("A-kasse", "Anne
  // Hansen", "Sagsbehandler"). Lower-case words keep ordinary sentences with a colon out.
  private static final Pattern SPEAKER_PREFIX =
      Pattern.compile(
          "^\\s*(?:-\\s*)?\\[?(\\p{Lu}[\\p{L}\\p{M}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'\\-]*){0,3})"
              + "\\]?\\s*:\\s*(.*)$");

  private final long maxBytes;

  /** An importer with the default limit of {@value #DEFAULT_MAX_BYTES} bytes. */
  public TranscriptImporter() {
    this(DEFAULT_MAX_BYTES);
  }

  /**
   * @param maxBytes the largest file accepted, in bytes
   */
  public TranscriptImporter(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Parses a transcript file.
   *
   * @param fileName the name the file arrived with, a hint for the format; may be null
   * @param in the content, read up to the limit; the caller closes it
   * @return the segments in time order, at least one
   * @throws TranscriptFormatException when the file is empty, not UTF-8 text, too large, holds no
   *     segment, or has malformed or disordered timestamps
   */
  public List<SegmentData> parse(String fileName, InputStream in) throws TranscriptFormatException {
    String text = decode(readBounded(in));
    if (text.isBlank()) {
      throw new TranscriptFormatException(Reason.EMPTY, "transcript file is empty");
    }
    List<String> lines = text.lines().toList();
    Format format = detect(fileName, lines);
    List<SegmentData> segments =
        switch (format) {
          case WEBVTT, SRT -> parseCues(lines, format);
          case PLAIN_TEXT -> parsePlain(lines);
        };
    if (segments.isEmpty()) {
      throw new TranscriptFormatException(
          Reason.NO_SEGMENTS, "no segment found in " + format + " transcript");
    }
    // The files carry no language: each segment's is detected, so that one in another language
    // is marked and never drafted as if it were Danish.
    return SpokenLanguage.mark(segments);
  }

  /** Which format the content is in; the file name decides only when the content does not. */
  static Format detect(String fileName, List<String> lines) {
    String first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    if (first.startsWith("WEBVTT")) {
      return Format.WEBVTT;
    }
    boolean timed = lines.stream().anyMatch(l -> l.contains("-->"));
    if (timed) {
      String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
      if (name.endsWith(".vtt")) {
        return Format.WEBVTT;
      }
      return Format.SRT;
    }
    return Format.PLAIN_TEXT;
  }

  private byte[] readBounded(InputStream in) throws TranscriptFormatException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    try {
      int n;
      while ((n = in.read(buffer)) != -1) {
        total += n;
        if (total > maxBytes) {
          throw new TranscriptFormatException(
              Reason.TOO_LARGE, "transcript file exceeds the limit of " + maxBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new TranscriptFormatException(
          Reason.UNREADABLE, 0, "transcript file could not be read: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static String decode(byte[] bytes) throws TranscriptFormatException {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      throw new TranscriptFormatException(Reason.NOT_TEXT, "UTF-16 is not supported, use UTF-8");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new TranscriptFormatException(
          Reason.NOT_TEXT, 0, "transcript file is not valid UTF-8", e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    // Word processors use vertical tab and form feed as soft line breaks.
    text = text.replace('\u000B', '\n').replace('\f', '\n');
    // Lines are numbered as String.lines() splits them, which is how the parsers number them.
    int line = 1;
    int lineLength = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\n' || i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
          line++;
        }
        lineLength = 0;
        continue;
      }
      if (++lineLength > MAX_LINE_CHARS) {
        throw new TranscriptFormatException(
            Reason.LINE_TOO_LONG, line, "line longer than " + MAX_LINE_CHARS + " characters");
      }
      if (c == 0) {
        throw new TranscriptFormatException(
            Reason.NOT_TEXT, line, "transcript file holds NUL bytes: not a text file");
      }
      if (isForbiddenControl(c)) {
        throw new TranscriptFormatException(
            Reason.CONTROL_CHARACTER,
            line,
            String.format("transcript file holds control character U+%04X", (int) c));
      }
    }
    return text;
  }

  /** C0 controls but tab and line breaks, DEL, and the C1 controls of a mis-decoded file. */
  private static boolean isForbiddenControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
  }

  // ---- WebVTT and SRT -------------------------------------------------------------------------

  private static List<SegmentData> parseCues(List<String> lines, Format format)
      throws TranscriptFormatException {
    List<SegmentData> segments = new ArrayList<>();
    long previousStart = -1;
    int cueLine = 0;
    int i = 0;
    if (format == Format.WEBVTT) {
      i = skipBlock(lines, skipBlank(lines, 0)); // the WEBVTT header and its metadata lines
    }
    while ((i = skipBlank(lines, i)) < lines.size()) {
      int blockStart = i;
      int blockEnd = skipBlock(lines, i);
      String head = lines.get(i).strip();
      if (format == Format.WEBVTT
          && (head.equals("NOTE")
              || head.startsWith("NOTE ")
              || head.startsWith("NOTE\t")
              || head.equals("STYLE")
              || head.equals("REGION"))) {
        i = blockEnd;
        continue;
      }
      int timingLine = -1;
      for (int j = blockStart; j < Math.min(blockEnd, blockStart + 2); j++) {
        if (lines.get(j).contains("-->")) {
          timingLine = j;
          break;
        }
      }
      if (timingLine < 0) {
        // A blank line inside a cue's text splits it in two blocks; the rest belongs to the
        // previous cue. Text before the first cue is not a transcript.
        if (!segments.isEmpty()) {
          String extra =
              cueText(lines.subList(blockStart, blockEnd), format, blockStart + 1).text();
          if (!extra.isBlank()) {
            SegmentData last = segments.remove(segments.size() - 1);
            requireFits(last.text() + " " + extra, cueLine);
            segments.add(
                new SegmentData(
                    last.startMillis(),
                    last.endMillis(),
                    last.speaker(),
                    last.language(),
                    last.text() + " " + extra));
          }
        }
        i = blockEnd;
        continue;
      }
      int lineNumber = timingLine + 1;
      Matcher m = TIMING.matcher(lines.get(timingLine));
      if (!m.matches()) {
        throw new TranscriptFormatException(
            Reason.BAD_TIMESTAMP, lineNumber, "malformed timing line");
      }
      long start = millis(m, 1, lineNumber);
      long end = millis(m, 5, lineNumber);
      if (end < start) {
        throw new TranscriptFormatException(
            Reason.TIMESTAMPS_OUT_OF_ORDER, lineNumber, "cue ends before it starts");
      }
      if (start < previousStart) {
        throw new TranscriptFormatException(
            Reason.TIMESTAMPS_OUT_OF_ORDER, lineNumber, "cue starts before the previous cue");
      }
      previousStart = start;
      cueLine = lineNumber;
      List<String> payload = lines.subList(timingLine + 1, blockEnd);
      List<Part> parts = speakerParts(payload, format, timingLine + 2);
      for (Part p : parts) {
        requireFits(p.text(), lineNumber);
      }
      segments.addAll(split(start, end, parts));
      i = blockEnd;
    }
    return segments;
  }

  private static int skipBlank(List<String> lines, int i) {
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  private static int skipBlock(List<String> lines, int i) {
    while (i < lines.size() && !lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  private static long millis(Matcher m, int group, int lineNumber)
      throws TranscriptFormatException {
    long hours = m.group(group) == null ? 0 : Long.parseLong(m.group(group));
    long minutes = Long.parseLong(m.group(group + 1));
    long seconds = Long.parseLong(m.group(group + 2));
    String fraction = m.group(group + 3);
    if (minutes > 59 || seconds > 59 || hours > 99) {
      throw new TranscriptFormatException(
          Reason.BAD_TIMESTAMP, lineNumber, "timestamp field out of range");
    }
    // "1,5" means 500 ms, as some tools cut trailing zeros.
    long ms = Long.parseLong((fraction + "00").substring(0, 3));
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;
  }

  /** A stretch of a cue's text and who said it. */
  private record Part(String speaker, String text) {}

  /**
   * Splits a cue's text by speaker: WebVTT voice tags ({@code <v Name>}) or, in cues without them,
   * a "Name: text" prefix on a line.
   *
   * @param firstLine the 1-based line number of the first payload line, for messages
   */
  private static List<Part> speakerParts(List<String> payload, Format format, int firstLine)
      throws TranscriptFormatException {
    String joined = String.join("\n", payload);
    List<Part> parts = new ArrayList<>();
    Matcher voice = VOICE.matcher(joined);
    if (format == Format.WEBVTT && voice.find()) {
      List<Integer> starts = new ArrayList<>();
      List<Integer> ends = new ArrayList<>();
      List<String> speakers = new ArrayList<>();
      do {
        starts.add(voice.start());
        ends.add(voice.end());
        String speaker = voice.group(1) == null ? null : unescape(voice.group(1)).strip();
        int line =
            firstLine
                + (int) joined.substring(0, voice.start()).chars().filter(c -> c == '\n').count();
        speakers.add(requireName(speaker, line));
      } while (voice.find());
      String before = clean(joined.substring(0, starts.get(0)));
      if (!before.isEmpty()) {
        parts.add(new Part(null, before));
      }
      for (int k = 0; k < starts.size(); k++) {
        int to = k + 1 < starts.size() ? starts.get(k + 1) : joined.length();
        String text = clean(joined.substring(ends.get(k), to));
        if (!text.isEmpty()) {
          parts.add(new Part(speakers.get(k), text));
        }
      }
      return parts;
    }
    for (int k = 0; k < payload.size(); k++) {
      String line = payload.get(k);
      String text = clean(line);
      if (text.isEmpty()) {
        continue;
      }
      Matcher prefix = SPEAKER_PREFIX.matcher(text);
      if (prefix.matches() && !prefix.group(2).isBlank()) {
        requireNoMarkupInLabel(LEADING_TAGS.matcher(line).replaceFirst(""), firstLine + k);
        String speaker = requireName(prefix.group(1).strip(), firstLine + k);
        parts.add(new Part(speaker, prefix.group(2).strip()));
      } else if (parts.isEmpty()) {
        parts.add(new Part(null, text));
      } else {
        Part last = parts.remove(parts.size() - 1);
        parts.add(new Part(last.speaker(), last.text() + " " + text));
      }
    }
    return parts;
  }

  /**
   * A speaker label that only became a name by removing tags ({@code <b>Anne</b>: hej}) is refused
   * rather than stored half-stripped.
   */
  private static void requireNoMarkupInLabel(String line, int lineNumber)
      throws TranscriptFormatException {
    int colon = line.indexOf(':');
    String label = colon < 0 ? line : line.substring(0, colon);
    if (TAG.matcher(label).find()
        || unescape(label).contains("<")
        || unescape(label).contains(">")) {
      throw new TranscriptFormatException(
          Reason.SPEAKER_MARKUP, lineNumber, "speaker name with markup");
    }
  }

  /** The name as it is, or the file refused when {@link SpeakerName} refuses it. */
  private static String requireName(String name, int lineNumber) throws TranscriptFormatException {
    var problem = SpeakerName.check(name);
    if (problem.isEmpty()) {
      return name;
    }
    throw switch (problem.get()) {
      case MARKUP ->
          new TranscriptFormatException(
              Reason.SPEAKER_MARKUP, lineNumber, "speaker name with markup");
      case CONTROL_CHARACTER ->
          new TranscriptFormatException(
              Reason.SPEAKER_CONTROL_CHARACTER,
              lineNumber,
              "speaker name with an invisible character");
      case TOO_LONG ->
          new TranscriptFormatException(
              Reason.SPEAKER_TOO_LONG,
              lineNumber,
              "speaker name longer than " + SpeakerName.MAX_LENGTH + " characters");
    };
  }

  /** A cue's text that would not fit a segment rejects the file, naming the cue's timing line. */
  private static void requireFits(String text, int cueLine) throws TranscriptFormatException {
    if (text.length() > TranscriptSegment.MAX_TEXT) {
      throw new TranscriptFormatException(
          Reason.SEGMENT_TOO_LONG,
          cueLine,
          "cue text longer than " + TranscriptSegment.MAX_TEXT + " characters");
    }
  }

  private static Part cueText(List<String> lines, Format format, int firstLine)
      throws TranscriptFormatException {
    List<Part> parts = speakerParts(lines, format, firstLine);
    return new Part(
        null, String.join(" ", parts.stream().map(Part::text).toList()).replaceAll("\\s+", " "));
  }

  /** Shares a cue's time between its speakers in proportion to the length of what they said. */
  private static List<SegmentData> split(long start, long end, List<Part> parts) {
    List<SegmentData> out = new ArrayList<>();
    long totalChars = parts.stream().mapToLong(p -> p.text().length()).sum();
    long cursor = start;
    long seen = 0;
    for (int k = 0; k < parts.size(); k++) {
      Part p = parts.get(k);
      seen += p.text().length();
      long partEnd = k == parts.size() - 1 ? end : start + (end - start) * seen / totalChars;
      out.add(new SegmentData(cursor, partEnd, p.speaker(), null, p.text()));
      cursor = partEnd;
    }
    return out;
  }

  private static String clean(String raw) {
    String text = TAG.matcher(raw).replaceAll("");
    return unescape(text).replaceAll("\\s+", " ").strip();
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&lrm;", "")
        .replace("&rlm;", "")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  // ---- Plain text -----------------------------------------------------------------------------

  private static List<SegmentData> parsePlain(List<String> lines) throws TranscriptFormatException {
    List<Part> parts = new ArrayList<>();
    boolean anySpeaker = false;
    String pendingSpeaker = null;
    for (int i = 0; i < lines.size(); i++) {
      int lineNumber = i + 1;
      String text = lines.get(i).replaceAll("\\s+", " ").strip();
      if (text.isEmpty()) {
        continue;
      }
      Matcher prefix = SPEAKER_PREFIX.matcher(text);
      if (!prefix.matches()) {
        String stripped = TAG.matcher(LEADING_TAGS.matcher(text).replaceFirst("")).replaceAll("");
        if (SPEAKER_PREFIX.matcher(stripped).matches()) {
          throw new TranscriptFormatException(
              Reason.SPEAKER_MARKUP, lineNumber, "speaker name with markup");
        }
      }
      if (prefix.matches()) {
        anySpeaker = true;
        String speaker = requireName(prefix.group(1).strip(), lineNumber);
        String said = prefix.group(2).strip();
        if (said.isEmpty()) {
          // "Borger:" on a line of its own: the text follows on the next lines.
          pendingSpeaker = speaker;
        } else {
          parts.add(new Part(speaker, said));
          pendingSpeaker = null;
        }
      } else if (pendingSpeaker != null) {
        parts.add(new Part(pendingSpeaker, text));
        pendingSpeaker = null;
      } else if (parts.isEmpty()) {
        parts.add(new Part(null, text));
      } else {
        Part last = parts.get(parts.size() - 1);
        String joined = last.text() + " " + text;
        if (joined.length() > TranscriptSegment.MAX_TEXT) {
          // A long turn over many lines: the next segment of the same speaker.
          parts.add(new Part(last.speaker(), text));
        } else {
          parts.set(parts.size() - 1, new Part(last.speaker(), joined));
        }
      }
    }
    if (!anySpeaker) {
      throw new TranscriptFormatException(
          Reason.NO_SEGMENTS, "plain text transcript has no 'Speaker: text' lines");
    }
    List<SegmentData> segments = new ArrayList<>();
    long cursor = 0;
    for (Part p : parts) {
      long words = p.text().split("\\s+").length;
      long duration = Math.max(MIN_SYNTHETIC_MILLIS, Math.round(words / WORDS_PER_SECOND * 1000));
      segments.add(new SegmentData(cursor, cursor + duration, p.speaker(), null, p.text()));
      cursor += duration;
    }
    return segments;
  }
}
