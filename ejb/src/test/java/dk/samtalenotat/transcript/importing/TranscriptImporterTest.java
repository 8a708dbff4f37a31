package dk.samtalenotat.transcript.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.importing.TranscriptFormatException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TranscriptImporterTest {

  private final TranscriptImporter importer = new TranscriptImporter();

  private List<SegmentData> parse(String name, String content) throws TranscriptFormatException {
    return importer.parse(name, stream(content.getBytes(StandardCharsets.UTF_8)));
  }

  private static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  private TranscriptFormatException reject(String name, String content) {
    return assertThrows(TranscriptFormatException.class, () -> parse(name, content));
  }

  // ---- WebVTT ----

  @Test
  void eachImportedSegmentGetsItsLanguage() throws Exception {
    List<SegmentData> segments =
        parse(
            "samtale.txt",
            """
            Sagsbehandler: Hvordan går det med jobsøgningen?
            Borger: I have been looking for work as a cook since last year.
            Tolk: Han siger, at han har søgt arbejde som kok siden sidste år.
            Borger: أبحث عن عمل في مطبخ
            Borger: Okay.
            """);
    assertEquals(
        List.of("da", "en", "da", "ar", "da"),
        segments.stream().map(SegmentData::language).toList());
  }

  @Test
  void parsesTeamsWebVttWithVoiceTagsAndCueIds() throws Exception {
    String vtt =
        """
        WEBVTT

        0b1c2d3e-aaaa-bbbb-cccc-000000000001/10-0
        00:00:01.230 --> 00:00:04.560
        <v Anne Hansen>Hej og velkommen.</v>

        0b1c2d3e-aaaa-bbbb-cccc-000000000001/11-0
        00:00:05.000 --> 00:01:02.500
        <v Borger>Tak &amp; hej.</v>
        """;
    List<SegmentData> segments = parse("meeting.vtt", vtt);
    assertEquals(2, segments.size());
    assertEquals(
        new SegmentData(1230, 4560, "Anne Hansen", "da", "Hej og velkommen."), segments.get(0));
    assertEquals("Borger", segments.get(1).speaker());
    assertEquals("Tak & hej.", segments.get(1).text());
    assertEquals(62500, segments.get(1).endMillis());
  }

  @Test
  void webVttHoursAreOptionalAndSettingsIgnored() throws Exception {
    String vtt = "WEBVTT\n\n01:02.003 --> 01:04.000 align:start position:10%\n<v Borger>Ja.</v>\n";
    SegmentData s = parse("x.vtt", vtt).get(0);
    assertEquals(62003, s.startMillis());
    assertEquals(64000, s.endMillis());
  }

  @Test
  void webVttMultiLineCuesAreJoinedAndOtherTagsStripped() throws Exception {
    String vtt =
        """
        WEBVTT - Teams
        Kind: captions

        NOTE this is a comment
        spanning two lines

        1
        00:00:00.000 --> 00:00:03.000
        <v Sagsbehandler><b>Vi aftaler</b>, at du søger
        <i>fire</i> stillinger <00:00:02.000>om ugen.</v>
        """;
    List<SegmentData> segments = parse(null, vtt);
    assertEquals(1, segments.size());
    assertEquals("Vi aftaler, at du søger fire stillinger om ugen.", segments.get(0).text());
    assertEquals("Sagsbehandler", segments.get(0).speaker());
  }

  @Test
  void webVttCueWithTwoVoicesBecomesTwoSegmentsSharingTheTime() throws Exception {
    String vtt =
        "WEBVTT\n\n00:00:10.000 --> 00:00:20.000\n<v Borger>Ja.</v> <v Sagsbehandler>Godt, så"
            + " siger vi det.</v>\n";
    List<SegmentData> segments = parse("x.vtt", vtt);
    assertEquals(2, segments.size());
    assertEquals("Borger", segments.get(0).speaker());
    assertEquals("Sagsbehandler", segments.get(1).speaker());
    assertEquals(10000, segments.get(0).startMillis());
    assertEquals(segments.get(0).endMillis(), segments.get(1).startMillis());
    assertEquals(20000, segments.get(1).endMillis());
  }

  @Test
  void webVttWithoutVoiceTagsFallsBackToSpeakerPrefixOrNoSpeaker() throws Exception {
    String vtt =
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nBorger: Hej.\n\n"
            + "00:00:03.000 --> 00:00:04.000\ndet var det.\n";
    List<SegmentData> segments = parse("x.vtt", vtt);
    assertEquals("Borger", segments.get(0).speaker());
    assertNull(segments.get(1).speaker());
  }

  // ---- SRT ----

  @Test
  void parsesSrtWithSpeakerPrefixAndCrLf() throws Exception {
    String srt =
        "1\r\n00:00:01,230 --> 00:00:04,560\r\nSagsbehandler: Hvordan går det\r\nmed ryggen?\r\n\r\n"
            + "2\r\n00:00:05,000 --> 00:00:07,000\r\nBorger: Lidt bedre.\r\n"
            + "Sagsbehandler: Godt.\r\n";
    List<SegmentData> segments = parse("a.srt", srt);
    assertEquals(3, segments.size());
    assertEquals(
        new SegmentData(1230, 4560, "Sagsbehandler", "da", "Hvordan går det med ryggen?"),
        segments.get(0));
    assertEquals("Borger", segments.get(1).speaker());
    assertEquals("Sagsbehandler", segments.get(2).speaker());
    assertEquals(7000, segments.get(2).endMillis());
  }

  @Test
  void srtLowerCaseColonIsNotASpeaker() throws Exception {
    String srt = "1\n00:00:01,000 --> 00:00:02,000\nDet er vigtigt: du skal komme.\n";
    SegmentData s = parse("a.srt", srt).get(0);
    assertNull(s.speaker());
    assertEquals("Det er vigtigt: du skal komme.", s.text());
  }

  @Test
  void detectsSrtByContentWhateverTheName() throws Exception {
    String srt = "1\n00:00:01,000 --> 00:00:02,000\nBorger: Hej.\n";
    assertEquals("Borger", parse("upload.txt", srt).get(0).speaker());
  }

  // ---- Plain text ----

  @Test
  void parsesPlainTextWithSyntheticIncreasingTimes() throws Exception {
    String txt =
        "Sagsbehandler: Hej og velkommen til samtalen.\n\nBorger: Tak.\n"
            + "Det er godt at være her.\nSagsbehandler:\nVi skal tale om praktik.\n";
    List<SegmentData> segments = parse("notes.txt", txt);
    assertEquals(3, segments.size());
    assertEquals("Tak. Det er godt at være her.", segments.get(1).text());
    assertEquals("Sagsbehandler", segments.get(2).speaker());
    assertEquals("Vi skal tale om praktik.", segments.get(2).text());
    assertEquals(0, segments.get(0).startMillis());
    // 5 words at 2.5 words a second
    assertEquals(2000, segments.get(0).endMillis());
    for (int i = 1; i < segments.size(); i++) {
      assertEquals(segments.get(i - 1).endMillis(), segments.get(i).startMillis());
      assertTrue(segments.get(i).endMillis() > segments.get(i).startMillis());
    }
  }

  // ---- Encoding ----

  @Test
  void stripsUtf8Bom() throws Exception {
    byte[] body =
        "WEBVTT\n\n00:00.000 --> 00:01.000\n<v Borger>Æbler.</v>\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    List<SegmentData> segments = importer.parse("x.vtt", stream(withBom));
    assertEquals("Æbler.", segments.get(0).text());
  }

  // ---- Rejections ----

  @Test
  void rejectsEmptyFile() {
    assertEquals(Reason.EMPTY, reject("a.vtt", "").reason());
    assertEquals(Reason.EMPTY, reject("a.vtt", "\uFEFF  \n\n").reason());
  }

  @Test
  void rejectsNulBytes() {
    byte[] bytes = {'B', 'o', 'r', 'g', 'e', 'r', ':', ' ', 'h', 0, 'j'};
    TranscriptFormatException e =
        assertThrows(TranscriptFormatException.class, () -> importer.parse("a.txt", stream(bytes)));
    assertEquals(Reason.NOT_TEXT, e.reason());
  }

  @Test
  void rejectsInvalidUtf8() {
    byte[] latin1 = "Borger: Jeg har ondt i ryggen, så".getBytes(StandardCharsets.ISO_8859_1);
    TranscriptFormatException e =
        assertThrows(
            TranscriptFormatException.class, () -> importer.parse("a.txt", stream(latin1)));
    assertEquals(Reason.NOT_TEXT, e.reason());
  }

  @Test
  void rejectsUtf16() {
    byte[] utf16 = "Borger: Hej".getBytes(StandardCharsets.UTF_16);
    TranscriptFormatException e =
        assertThrows(TranscriptFormatException.class, () -> importer.parse("a.txt", stream(utf16)));
    assertEquals(Reason.NOT_TEXT, e.reason());
  }

  @Test
  void rejectsTextWithoutSegments() {
    assertEquals(Reason.NO_SEGMENTS, reject("a.txt", "bare noget tekst uden talere\n").reason());
    assertEquals(Reason.NO_SEGMENTS, reject("a.vtt", "WEBVTT\n\nNOTE kun en note\n").reason());
    assertEquals(
        Reason.NO_SEGMENTS,
        reject("a.vtt", "WEBVTT\n\n00:00.000 --> 00:01.000\n<v A></v>\n").reason());
  }

  @Test
  void rejectsMalformedTimestampWithLineNumber() {
    TranscriptFormatException e =
        reject(
            "a.srt", "1\n00:00:01,000 --> 00:00:02,000\nBorger: Hej.\n\n2\n00:00:03 --> x\nHej.\n");
    assertEquals(Reason.BAD_TIMESTAMP, e.reason());
    assertEquals(6, e.lineNumber());
    assertTrue(e.getMessage().contains("line 6"));
  }

  @Test
  void rejectsTimestampFieldOutOfRange() {
    TranscriptFormatException e = reject("a.vtt", "WEBVTT\n\n00:61.000 --> 01:02.000\nHej.\n");
    assertEquals(Reason.BAD_TIMESTAMP, e.reason());
    assertEquals(3, e.lineNumber());
  }

  @Test
  void rejectsEndBeforeStart() {
    TranscriptFormatException e = reject("a.vtt", "WEBVTT\n\n00:05.000 --> 00:04.000\nHej.\n");
    assertEquals(Reason.TIMESTAMPS_OUT_OF_ORDER, e.reason());
    assertEquals(3, e.lineNumber());
  }

  @Test
  void rejectsCuesOutOfOrder() {
    TranscriptFormatException e =
        reject(
            "a.srt",
            "1\n00:00:05,000 --> 00:00:06,000\nHej.\n\n2\n00:00:01,000 --> 00:00:02,000\nHej.\n");
    assertEquals(Reason.TIMESTAMPS_OUT_OF_ORDER, e.reason());
    assertEquals(6, e.lineNumber());
  }

  @Test
  void rejectsFileAboveLimitWithoutReadingItAll() {
    TranscriptImporter small = new TranscriptImporter(100);
    // An endless stream: the importer must stop at the limit, not read to the end.
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'a';
          }
        };
    TranscriptFormatException e =
        assertThrows(TranscriptFormatException.class, () -> small.parse("a.txt", endless));
    assertEquals(Reason.TOO_LARGE, e.reason());
  }

  @Test
  void acceptsFileExactlyAtLimit() throws Exception {
    byte[] bytes = "Borger: hej".getBytes(StandardCharsets.UTF_8);
    assertEquals(1, new TranscriptImporter(bytes.length).parse("a.txt", stream(bytes)).size());
  }

  @Test
  void readFailureIsUnreadable() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };
    TranscriptFormatException e =
        assertThrows(TranscriptFormatException.class, () -> importer.parse("a.txt", broken));
    assertEquals(Reason.UNREADABLE, e.reason());
  }

  // ---- Limits: lines, cues, speakers ----

  @Test
  void aLineAtTheLimitImportsAndOneCharacterMoreIsRefusedNamingTheLine() throws Exception {
    String said = "x".repeat(TranscriptImporter.MAX_LINE_CHARS - "Borger: ".length());
    List<SegmentData> ok = parse("a.txt", "Sagsbehandler: Hej.\nBorger: " + said + "\n");
    assertEquals(said, ok.get(1).text());

    TranscriptFormatException e = reject("a.txt", "Sagsbehandler: Hej.\n\nBorger: " + said + "x\n");
    assertEquals(Reason.LINE_TOO_LONG, e.reason());
    assertEquals(3, e.lineNumber());
  }

  @Test
  void aCueLongerThanASegmentIsRefusedNamingItsTimingLine() {
    String line = "y".repeat(6000);
    TranscriptFormatException e =
        reject(
            "a.vtt",
            "WEBVTT\n\n00:00.000 --> 00:01.000\n<v Borger>Hej.\n\n"
                + "00:01.000 --> 00:09.000\n<v Borger>"
                + line
                + "\n"
                + line
                + "\n");
    assertEquals(Reason.SEGMENT_TOO_LONG, e.reason());
    assertEquals(6, e.lineNumber());
  }

  @Test
  void aCueThatGrowsTooLongAcrossABlankLineIsRefused() {
    String line = "z".repeat(6000);
    TranscriptFormatException e =
        reject("a.srt", "1\n00:00:01,000 --> 00:00:02,000\nBorger: " + line + "\n\n" + line + "\n");
    assertEquals(Reason.SEGMENT_TOO_LONG, e.reason());
    assertEquals(2, e.lineNumber());
  }

  @Test
  void aLongTurnOverManyPlainLinesBecomesSeveralSegmentsOfTheSameSpeaker() throws Exception {
    String line = "Jeg har søgt job som kok og som tjener i byen. ".repeat(100).strip();
    String text = "Borger: " + line + "\n" + (line + "\n").repeat(4);
    List<SegmentData> segments = parse("a.txt", text);
    assertTrue(segments.size() > 1, segments.size() + " segments");
    assertTrue(
        segments.stream()
            .allMatch(
                s ->
                    "Borger".equals(s.speaker())
                        && s.text().length()
                            <= dk.samtalenotat.transcript.TranscriptSegment.MAX_TEXT));
    assertEquals(
        String.join(" ", java.util.Collections.nCopies(5, line)),
        String.join(" ", segments.stream().map(SegmentData::text).toList()),
        "no word lost");
  }

  @Test
  void aWebVttVoiceWithMarkupIsRefusedNotStripped() {
    TranscriptFormatException e =
        reject("a.vtt", "WEBVTT\n\n00:00.000 --> 00:01.000\n<v <b>Anne</b>>Hej.\n");
    assertEquals(Reason.SPEAKER_MARKUP, e.reason());
    assertEquals(4, e.lineNumber());
    assertEquals(
        Reason.SPEAKER_MARKUP,
        reject(
                "a.vtt",
                "WEBVTT\n\n00:00.000 --> 00:01.000\n<v Anne &lt;script&gt;alert(1)&lt;/script&gt;>"
                    + "Hej.\n")
            .reason());
  }

  @Test
  void aSpeakerPrefixWithMarkupIsRefusedInEveryFormat() {
    TranscriptFormatException srt =
        reject("a.srt", "1\n00:00:01,000 --> 00:00:02,000\n<b>Anne</b>: hej\n");
    assertEquals(Reason.SPEAKER_MARKUP, srt.reason());
    assertEquals(3, srt.lineNumber());
    TranscriptFormatException plain = reject("a.txt", "Borger: Hej.\n<script>Anne</script>: hej\n");
    assertEquals(Reason.SPEAKER_MARKUP, plain.reason());
    assertEquals(2, plain.lineNumber());
  }

  @Test
  void formattingAroundAWholeSubtitleLineIsNotMarkupInTheName() throws Exception {
    List<SegmentData> segments =
        parse("a.srt", "1\n00:00:01,000 --> 00:00:02,000\n<i>Borger: Det er rigtigt.</i>\n");
    assertEquals("Borger", segments.get(0).speaker());
    assertEquals("Det er rigtigt.", segments.get(0).text());
  }

  @Test
  void controlCharactersAreRefusedNamingTheLine() {
    TranscriptFormatException bell = reject("a.txt", "Borger: Hej.\nSagsbehandler: Hej\u0007\n");
    assertEquals(Reason.CONTROL_CHARACTER, bell.reason());
    assertEquals(2, bell.lineNumber());
    // A C1 control: what a file saved as Windows-1252 and read as Latin-1 carries.
    assertEquals(Reason.CONTROL_CHARACTER, reject("a.txt", "Borger: \u0085Hej\n").reason());
  }

  @Test
  void aSpeakerWithAnInvisibleCharacterIsRefused() {
    // A right-to-left override makes "Anne" show as something else.
    TranscriptFormatException e =
        reject("a.vtt", "WEBVTT\n\n00:00.000 --> 00:01.000\n<v An\u202Ene>Hej.\n");
    assertEquals(Reason.SPEAKER_CONTROL_CHARACTER, e.reason());
    assertEquals(4, e.lineNumber());
  }

  @Test
  void aSpeakerNameLongerThanANameIsRefused() {
    String name = "Anne" + "a".repeat(dk.samtalenotat.transcript.SpeakerName.MAX_LENGTH);
    assertEquals(
        Reason.SPEAKER_TOO_LONG,
        reject("a.vtt", "WEBVTT\n\n00:00.000 --> 00:01.000\n<v " + name + ">Hej.\n").reason());
    assertEquals(Reason.SPEAKER_TOO_LONG, reject("a.txt", name + ": hej\n").reason());
  }

  // ---- Samples ----

  @Test
  void parsesAllSamples() {
    SampleTranscripts samples = new SampleTranscripts(importer);
    List<SampleTranscript> list = samples.list();
    assertEquals(
        List.of("jobsamtale", "sygeopfoelgning", "integrationssamtale"),
        list.stream().map(SampleTranscript::key).toList());
    assertEquals(ConversationType.JOBSAMTALE_A_KASSE, list.get(0).type());
    assertEquals(ConversationType.SYGEOPFOELGNING, list.get(1).type());
    assertEquals(ConversationType.INTEGRATIONSSAMTALE, list.get(2).type());
    assertTrue(list.get(1).title().startsWith("Opfølgningssamtale"));
    for (SampleTranscript sample : list) {
      List<SegmentData> segments = samples.load(sample);
      assertTrue(
          segments.size() >= 25 && segments.size() <= 45,
          sample.key() + " has " + segments.size() + " segments");
      Set<String> speakers =
          segments.stream().map(SegmentData::speaker).collect(Collectors.toSet());
      assertTrue(speakers.containsAll(Set.of("Sagsbehandler", "Borger")), speakers.toString());
      for (int i = 1; i < segments.size(); i++) {
        assertTrue(segments.get(i).startMillis() >= segments.get(i - 1).startMillis());
      }
      for (SegmentData s : segments) {
        assertFalse(s.text().toLowerCase().contains("jobcenter"), s.text());
        assertFalse(s.text().contains("<"), s.text());
      }
    }
    List<SegmentData> job = samples.load(list.get(0));
    assertTrue(job.stream().anyMatch(s -> "A-kasse".equals(s.speaker())));
    assertTrue(job.stream().anyMatch(s -> s.text().contains("fire stillinger om ugen")));
    assertTrue(job.stream().anyMatch(s -> s.text().contains("torsdag den 12. marts kl. 10")));
    List<SegmentData> syg = samples.load(list.get(1));
    assertTrue(syg.stream().anyMatch(s -> s.text().contains("8 timer om ugen")));
    List<SegmentData> integ = samples.load(list.get(2));
    assertTrue(
        integ.stream()
            .anyMatch(
                s ->
                    s.text()
                        .equals(
                            "Det går godt. Jeg går på sprogskole fire dage om ugen. Jeg er på modul 3 nu.")));
  }
}
