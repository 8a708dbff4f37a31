package dk.samtalenotat.draft.openai;

import dk.samtalenotat.draft.DraftGenerationException;
import dk.samtalenotat.draft.DraftGenerator;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.GeneratedDraft;
import dk.samtalenotat.draft.NoteSection;
import dk.samtalenotat.openai.OpenAiCallException;
import dk.samtalenotat.openai.OpenAiEndpoint;
import dk.samtalenotat.openai.OpenAiHttp;
import dk.samtalenotat.template.Kommunen;
import dk.samtalenotat.template.NoteTemplate;
import dk.samtalenotat.transcript.SpokenLanguage;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adapter for OpenAI-compatible chat servers (Azure OpenAI in an EU region, vLLM, Ollama, llama.cpp
 * server). It asks for JSON sentences that cite numbered transcript lines, written by the
 * municipality's template, and checks the answer: an unknown section rejects the draft, a sentence
 * in a section the template leaves out moves where the template puts it ({@link
 * NoteTemplate#placeOf}), a citation of a line that does not exist is dropped, a sentence left
 * without citations is kept so the application can flag it, "jobcenter" becomes "kommunen", and a
 * sentence resting on a segment in another language is marked as translated.
 *
 * <p>Not a CDI bean: {@code ConfiguredDraftGenerator} creates it from configuration.
 */
public class OpenAiChatDraftAdapter implements DraftGenerator {

  static final String API_PATH = "/v1/chat/completions";
  static final double TEMPERATURE = 0.2;

  private final OpenAiHttp http;
  private final DraftPrompts prompts = new DraftPrompts();

  public OpenAiChatDraftAdapter(OpenAiEndpoint endpoint) {
    this.http = new OpenAiHttp(endpoint);
  }

  @Override
  public String engineName() {
    return "openai-chat";
  }

  @Override
  public java.util.Optional<java.net.URI> remoteAddress() {
    return java.util.Optional.of(http.endpoint().baseUrl());
  }

  @Override
  public GeneratedDraft generate(DraftRequest request) throws DraftGenerationException {
    JsonObject body =
        Json.createObjectBuilder()
            .add("model", http.endpoint().model())
            .add("temperature", TEMPERATURE)
            .add("response_format", Json.createObjectBuilder().add("type", "json_object"))
            .add(
                "messages",
                Json.createArrayBuilder()
                    .add(message("system", prompts.system(request.template())))
                    .add(message("user", prompts.user(request))))
            .build();
    JsonObject answer;
    try {
      answer =
          http.post(
              API_PATH,
              "application/json; charset=utf-8",
              HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    } catch (OpenAiCallException e) {
      throw new DraftGenerationException(e.getMessage(), e.transient_(), e);
    }
    return new GeneratedDraft(sentences(answer, request), engineName());
  }

  private static JsonObject message(String role, String content) {
    return Json.createObjectBuilder().add("role", role).add("content", content).build();
  }

  private List<DraftSentence> sentences(JsonObject answer, DraftRequest request)
      throws DraftGenerationException {
    String content = content(answer);
    JsonObject draft = http.parseObjectOrNull(stripCodeFence(content));
    if (draft == null) {
      throw new DraftGenerationException(
          "the model's answer is not a JSON object"
              + finishReason(answer)
              + " "
              + describe(content),
          false);
    }
    if (!(draft.get("sentences") instanceof JsonArray raw)) {
      throw new DraftGenerationException(
          "the model's answer has no 'sentences' array " + describe(content), false);
    }
    Set<Integer> known =
        request.segments().stream().map(DraftSegment::index).collect(Collectors.toSet());
    Map<Integer, String> foreign = new HashMap<>();
    for (DraftSegment segment : request.segments()) {
      if (!SpokenLanguage.isDanish(segment.language())) {
        foreign.put(segment.index(), SpokenLanguage.danishName(segment.language()));
      }
    }
    NoteTemplate template = request.template();
    List<DraftSentence> sentences = new ArrayList<>();
    for (JsonValue v : raw) {
      if (!(v instanceof JsonObject s)) {
        throw new DraftGenerationException(
            "a sentence is not a JSON object but " + v.getValueType(), false);
      }
      String text = s.get("text") instanceof JsonString t ? t.getString().strip() : "";
      if (text.isEmpty()) {
        continue;
      }
      List<Integer> cited = citations(s, known);
      NoteSection section = template.placeOf(section(s.get("section")));
      sentences.add(
          new DraftSentence(
              section,
              marked(Kommunen.rewrite(text, request.municipality()), cited, foreign),
              cited));
    }
    return sentences;
  }

  private static String content(JsonObject answer) throws DraftGenerationException {
    if (answer.get("choices") instanceof JsonArray choices
        && !choices.isEmpty()
        && choices.get(0) instanceof JsonObject choice
        && choice.get("message") instanceof JsonObject message
        && message.get("content") instanceof JsonString content) {
      return content.getString();
    }
    throw new DraftGenerationException(
        "the answer has no choices[0].message.content, keys: " + answer.keySet(), false);
  }

  private static String finishReason(JsonObject answer) {
    if (answer.get("choices") instanceof JsonArray choices
        && !choices.isEmpty()
        && choices.get(0) instanceof JsonObject choice
        && choice.get("finish_reason") instanceof JsonString reason
        && !"stop".equals(reason.getString())) {
      return " (finish_reason " + reason.getString() + ")";
    }
    return "";
  }

  /** The code, or as a courtesy to smaller models the Danish heading. */
  static NoteSection section(JsonValue value) throws DraftGenerationException {
    if (value instanceof JsonString s) {
      String name = s.getString().strip();
      for (NoteSection section : NoteSection.values()) {
        if (section.name().equalsIgnoreCase(name) || section.heading().equalsIgnoreCase(name)) {
          return section;
        }
      }
    }
    throw new DraftGenerationException("the model used an unknown section: " + value, false);
  }

  /**
   * A sentence resting on a segment in another language is a translation, and says so even if the
   * model forgot: "[oversat fra arabisk]" at the end, once per language.
   */
  static String marked(String text, List<Integer> cited, Map<Integer, String> foreign) {
    String out = text;
    for (String language :
        cited.stream().map(foreign::get).filter(l -> l != null).distinct().toList()) {
      String mark = "[oversat fra " + language + "]";
      if (!out.toLowerCase(Locale.ROOT).contains(mark)) {
        out = out + " " + mark;
      }
    }
    return out;
  }

  /** Citations of lines the transcript does not have are dropped, not trusted. */
  private static List<Integer> citations(JsonObject sentence, Set<Integer> known) {
    Set<Integer> kept = new LinkedHashSet<>();
    if (sentence.get("citations") instanceof JsonArray raw) {
      for (JsonValue c : raw) {
        if (c instanceof JsonNumber n && n.isIntegral()) {
          int index = n.intValue();
          if (known.contains(index)) {
            kept.add(index);
          }
        }
      }
    }
    return List.copyOf(kept);
  }

  /** Some local models wrap JSON in a Markdown code fence even when asked not to. */
  static String stripCodeFence(String content) {
    String text = content.strip();
    if (text.startsWith("```")) {
      int firstLine = text.indexOf('\n');
      int end = text.lastIndexOf("```");
      if (firstLine > 0 && end > firstLine) {
        return text.substring(firstLine + 1, end).strip();
      }
    }
    return text;
  }

  /** Only the size: the answer is drafted from personal data and must not end up in logs. */
  private static String describe(String content) {
    return "(" + content.length() + " characters)";
  }
}
