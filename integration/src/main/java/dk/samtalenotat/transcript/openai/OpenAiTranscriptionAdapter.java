package dk.samtalenotat.transcript.openai;

import dk.samtalenotat.openai.OpenAiCallException;
import dk.samtalenotat.openai.OpenAiEndpoint;
import dk.samtalenotat.openai.OpenAiHttp;
import dk.samtalenotat.transcript.AudioSource;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.SpeechToText;
import dk.samtalenotat.transcript.SpeechToTextException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Adapter for OpenAI-compatible transcription servers (OpenAI, Azure OpenAI's v1 API, whisper.cpp
 * server, faster-whisper/speaches, vLLM). The audio is streamed from {@link AudioSource#open()}
 * into the multipart body and never held whole in memory.
 *
 * <p>Not a CDI bean: {@code ConfiguredSpeechToText} creates it from configuration.
 */
public class OpenAiTranscriptionAdapter implements SpeechToText {

  static final String API_PATH = "/v1/audio/transcriptions";

  private final OpenAiHttp http;

  public OpenAiTranscriptionAdapter(OpenAiEndpoint endpoint) {
    this.http = new OpenAiHttp(endpoint);
  }

  @Override
  public String engineName() {
    return "openai-http";
  }

  @Override
  public java.util.Optional<java.net.URI> remoteAddress() {
    return java.util.Optional.of(http.endpoint().baseUrl());
  }

  /** Configured means available: whether the server is up shows at the first call. */
  @Override
  public boolean available() {
    return true;
  }

  @Override
  public List<SegmentData> transcribe(AudioSource audio, String language)
      throws SpeechToTextException {
    String lang = language == null || language.isBlank() ? "da" : language;
    String boundary = "samtalenotat-" + UUID.randomUUID();
    byte[] head = multipartHead(boundary, http.endpoint().model(), lang, audio);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    JsonObject answer;
    try (InputStream in = openAudio(audio)) {
      HttpRequest.BodyPublisher parts =
          HttpRequest.BodyPublishers.concat(
              HttpRequest.BodyPublishers.ofByteArray(head),
              HttpRequest.BodyPublishers.ofInputStream(() -> in),
              HttpRequest.BodyPublishers.ofByteArray(tail));
      // A known length lets servers that refuse chunked uploads accept the request.
      HttpRequest.BodyPublisher body =
          audio.size() >= 0
              ? HttpRequest.BodyPublishers.fromPublisher(
                  parts, head.length + audio.size() + tail.length)
              : parts;
      answer = http.post(API_PATH, "multipart/form-data; boundary=" + boundary, body);
    } catch (OpenAiCallException e) {
      throw new SpeechToTextException(e.getMessage(), e.transient_(), e);
    } catch (IOException e) {
      // Only closing the audio stream gets here; the answer is already in.
      throw new SpeechToTextException("could not close the audio stream", true, e);
    }
    return toSegments(answer, lang);
  }

  private static InputStream openAudio(AudioSource audio) throws SpeechToTextException {
    try {
      return audio.open();
    } catch (IOException e) {
      throw new SpeechToTextException("could not open the audio " + audio.fileName(), true, e);
    }
  }

  private static byte[] multipartHead(
      String boundary, String model, String language, AudioSource audio) {
    StringBuilder b = new StringBuilder();
    field(b, boundary, "model", model);
    field(b, boundary, "language", language);
    field(b, boundary, "response_format", "verbose_json");
    field(b, boundary, "timestamp_granularities[]", "segment");
    String contentType =
        audio.contentType() == null || audio.contentType().isBlank()
            ? "application/octet-stream"
            : audio.contentType();
    b.append("--")
        .append(boundary)
        .append("\r\n")
        .append("Content-Disposition: form-data; name=\"file\"; filename=\"")
        .append(safeFileName(audio.fileName()))
        .append("\"\r\n")
        .append("Content-Type: ")
        .append(contentType.replaceAll("[\r\n]", ""))
        .append("\r\n\r\n");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void field(StringBuilder b, String boundary, String name, String value) {
    b.append("--")
        .append(boundary)
        .append("\r\n")
        .append("Content-Disposition: form-data; name=\"")
        .append(name)
        .append("\"\r\n\r\n")
        .append(value)
        .append("\r\n");
  }

  /** Servers use the name only to guess the format; quotes and line breaks would break the part. */
  static String safeFileName(String name) {
    if (name == null || name.isBlank()) {
      return "audio";
    }
    return name.replaceAll("[\"\\\\\r\n]", "_");
  }

  /** Maps a {@code verbose_json} answer (or a plain {@code json} one) to segments. */
  static List<SegmentData> toSegments(JsonObject answer, String requestedLanguage)
      throws SpeechToTextException {
    String language = normaliseLanguage(string(answer, "language"), requestedLanguage);
    List<SegmentData> segments = new ArrayList<>();
    JsonValue rawSegments = answer.get("segments");
    if (rawSegments != null && rawSegments.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue v : rawSegments.asJsonArray()) {
        if (!(v instanceof JsonObject s)) {
          throw new SpeechToTextException(
              "a segment is not a JSON object but " + v.getValueType(), false);
        }
        String text = string(s, "text");
        if (text == null || text.isBlank()) {
          continue;
        }
        long start = Math.max(0, millis(s, "start"));
        long end = Math.max(start, millis(s, "end"));
        segments.add(new SegmentData(start, end, string(s, "speaker"), language, text));
      }
    }
    String text = string(answer, "text");
    if (segments.isEmpty() && text != null && !text.isBlank()) {
      long end = answer.get("duration") instanceof JsonNumber ? millis(answer, "duration") : 0;
      segments.add(new SegmentData(0, Math.max(0, end), null, language, text));
    }
    return List.copyOf(segments);
  }

  private static long millis(JsonObject o, String key) throws SpeechToTextException {
    if (!(o.get(key) instanceof JsonNumber n)) {
      throw new SpeechToTextException("a segment has no number '" + key + "'", false);
    }
    return Math.round(n.doubleValue() * 1000.0);
  }

  private static String string(JsonObject o, String key) {
    return o.get(key) instanceof JsonString s ? s.getString() : null;
  }

  /**
   * OpenAI answers with the English name ("danish"), whisper.cpp with the code ("da"); the port
   * wants the ISO 639-1 code.
   */
  static String normaliseLanguage(String reported, String fallback) {
    if (reported == null || reported.isBlank()) {
      return fallback;
    }
    String value = reported.strip().toLowerCase(Locale.ROOT);
    if (value.equals("danish")) {
      return "da";
    }
    for (String code : Locale.getISOLanguages()) {
      if (Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(value)) {
        return code;
      }
    }
    return value;
  }
}
