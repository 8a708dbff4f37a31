package dk.samtalenotat.draft.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftGenerationException;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.GeneratedDraft;
import dk.samtalenotat.draft.NoteSection;
import dk.samtalenotat.openai.FakeOpenAiServer;
import dk.samtalenotat.openai.OpenAiEndpoint;
import dk.samtalenotat.template.DefaultTemplates;
import dk.samtalenotat.template.NoteLength;
import dk.samtalenotat.template.NoteTemplate;
import dk.samtalenotat.template.TemplateSection;
import dk.samtalenotat.template.Tone;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the adapter against {@link FakeOpenAiServer}, which fakes the chat engine. */
class OpenAiChatDraftAdapterTest {

  private FakeOpenAiServer server;

  @BeforeEach
  void start() throws IOException {
    server = new FakeOpenAiServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private OpenAiChatDraftAdapter adapter(Duration readTimeout) {
    return new OpenAiChatDraftAdapter(
        new OpenAiEndpoint(
            server.baseUrl(), "gpt-4o-mini", "key", null, Duration.ofSeconds(2), readTimeout));
  }

  private OpenAiChatDraftAdapter adapter() {
    return adapter(Duration.ofSeconds(10));
  }

  private static DraftRequest request(ConversationType type) {
    return new DraftRequest(
        type,
        ConversationForm.FREMMOEDE,
        LocalDateTime.of(2025, 3, 4, 9, 30),
        "Mette Hansen",
        List.of(
            new DraftParticipant("Mette Hansen", ParticipantRole.SAGSBEHANDLER),
            new DraftParticipant("Ali Jensen", ParticipantRole.BORGER)),
        List.of(
            new DraftSegment(
                1, 0, 4000, "Sagsbehandler", ParticipantRole.SAGSBEHANDLER, "da", "Velkommen."),
            new DraftSegment(
                2,
                4000,
                9000,
                "Borger",
                ParticipantRole.BORGER,
                "da",
                "Jeg søger job som  lagermedarbejder."),
            new DraftSegment(3, 3_725_000, 3_730_000, null, ParticipantRole.BORGER, "da", "Ja.")));
  }

  /** An answer in the chat-completions shape whose message content is the given draft JSON. */
  private static String chatAnswer(String draftJson) {
    return Json.createObjectBuilder()
        .add("id", "chatcmpl-1")
        .add("object", "chat.completion")
        .add(
            "choices",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("index", 0)
                        .add("finish_reason", "stop")
                        .add(
                            "message",
                            Json.createObjectBuilder()
                                .add("role", "assistant")
                                .add("content", draftJson))))
        .build()
        .toString();
  }

  private static final String GOOD =
      """
      {"sentences":[
        {"section":"FORMAAL","text":"Samtalen var en jobsamtale.","citations":[1]},
        {"section":"BORGERENS_SITUATION","text":"Borgeren søger job som lagermedarbejder.",
         "citations":[2,2,3]},
        {"section":"Næste skridt og opfølgning","text":"Der holdes en ny samtale.","citations":[]}
      ]}
      """;

  @Test
  void requestHasModelSettingsNumberedSegmentsAndTheTypeInstruction() throws Exception {
    server.answer(200, chatAnswer(GOOD));
    adapter().generate(request(ConversationType.JOBSAMTALE));

    FakeOpenAiServer.Received received = server.last();
    assertEquals("/v1/chat/completions", received.path());
    assertEquals("Bearer key", received.header("Authorization"));
    JsonObject body = Json.createReader(new StringReader(received.bodyText())).readObject();
    assertEquals("gpt-4o-mini", body.getString("model"));
    assertEquals(0.2, body.getJsonNumber("temperature").doubleValue(), 1e-9);
    assertEquals("json_object", body.getJsonObject("response_format").getString("type"));
    String system = body.getJsonArray("messages").getJsonObject(0).getString("content");
    String user = body.getJsonArray("messages").getJsonObject(1).getString("content");
    assertEquals("system", body.getJsonArray("messages").getJsonObject(0).getString("role"));
    assertTrue(system.contains("Det er en jobsamtale."), system);
    assertTrue(system.contains("må indeholde bindende aftaler"), system);
    assertTrue(system.contains("\"kommunen\", aldrig \"jobcenteret\""), system);
    assertTrue(system.contains("rådighed"), system);
    assertTrue(system.contains("FORMAAL: Formål"), system);
    assertTrue(system.contains("NAESTE_SKRIDT: Næste skridt og opfølgning"), system);
    assertFalse(system.contains("{{"), system);
    assertTrue(user.contains("[1] (00:00) Sagsbehandler: Velkommen."), user);
    assertTrue(user.contains("[2] (00:04) Borger: Jeg søger job som lagermedarbejder."), user);
    assertTrue(user.contains("[3] (62:05) Borger: Ja."), user);
    assertTrue(user.contains("Ali Jensen (Borger)"), user);
    assertTrue(user.contains("04-03-2025 kl. 09:30"), user);
  }

  @Test
  void typesWithoutBindingAgreementsSaySo() throws Exception {
    server.answer(200, chatAnswer(GOOD));
    adapter().generate(request(ConversationType.SYGEOPFOELGNING));
    String system =
        Json.createReader(new StringReader(server.last().bodyText()))
            .readObject()
            .getJsonArray("messages")
            .getJsonObject(0)
            .getString("content");
    assertTrue(system.contains("opfølgningssamtale ved sygdom"), system);
    assertTrue(system.contains("må ikke indeholde bindende aftaler"), system);
    assertFalse(system.contains("må indeholde bindende aftaler"), system);
  }

  @Test
  void everyTypeHasItsOwnPrompt() {
    DraftPrompts prompts = new DraftPrompts();
    for (ConversationType type : ConversationType.values()) {
      String system = prompts.system(DefaultTemplates.of(type));
      assertTrue(system.contains(type.danishName()), type.name());
      assertFalse(system.contains("{{"), system);
      assertEquals(
          type.bindingAgreementsAllowed(), system.contains("AFTALER: Aftaler"), type.name());
    }
  }

  /** A municipality's own template, as an administrator would have saved it. */
  private static NoteTemplate ownTemplate() {
    return NoteTemplate.of(
        ConversationType.SYGEOPFOELGNING,
        4,
        "Fokus på tilbagevenden til arbejdet hos jobcenterets samarbejdspartnere.",
        Tone.KORT,
        NoteLength.KORT,
        List.of(
            new TemplateSection(NoteSection.FORMAAL, "Kun formålet, én sætning."),
            new TemplateSection(NoteSection.DROEFTET, "Arbejdsevne og behandling."),
            new TemplateSection(NoteSection.NAESTE_SKRIDT, "Dato for næste opfølgning.")));
  }

  private DraftRequest withTemplate(NoteTemplate template) {
    DraftRequest r = request(ConversationType.SYGEOPFOELGNING);
    return new DraftRequest(
        r.type(),
        r.form(),
        r.conversationTime(),
        r.caseworkerName(),
        r.participants(),
        r.segments(),
        template);
  }

  private String systemPromptSent() {
    return Json.createReader(new StringReader(server.last().bodyText()))
        .readObject()
        .getJsonArray("messages")
        .getJsonObject(0)
        .getString("content");
  }

  @Test
  void thePromptIsBuiltFromTheTemplate() throws Exception {
    server.answer(200, chatAnswer(GOOD));
    adapter().generate(withTemplate(ownTemplate()));
    String system = systemPromptSent();
    assertTrue(system.contains("Fokus på tilbagevenden til arbejdet"), system);
    assertTrue(system.contains("kommunens samarbejdspartnere"), "jobcenter rewritten: " + system);
    assertFalse(system.toLowerCase().contains("jobcenterets"), system);
    assertTrue(system.contains("FORMAAL: Formål. Kun formålet, én sætning."), system);
    assertTrue(
        system.contains("DROEFTET: Drøftet og vurderet. Arbejdsevne og behandling."), system);
    assertTrue(
        system.contains("NAESTE_SKRIDT: Næste skridt og opfølgning. Dato for næste opfølgning."),
        system);
    assertFalse(system.contains("BORGERENS_SITUATION"), "a section left out: " + system);
    assertFalse(system.contains("AFTALER: Aftaler"), system);
    assertTrue(system.contains(Tone.KORT.instruction()), system);
    assertTrue(system.contains("højst 8 sætninger"), system);
    assertTrue(system.contains("må ikke indeholde bindende aftaler"), system);
    assertTrue(system.contains("Vurder aldrig borgerens rådighed"), system);
  }

  @Test
  void sentencesInSectionsTheTemplateLeavesOutMoveAndJobcenterBecomesKommunen() throws Exception {
    server.answer(
        200,
        chatAnswer(
            """
            {"sentences":[
              {"section":"BORGERENS_SITUATION","text":"Borgeren har ondt i ryggen.","citations":[2]},
              {"section":"AFTALER","text":"Borgeren kontakter jobcenteret i morgen.","citations":[2]},
              {"section":"FORMAAL","text":"Jobcentrets opfølgning.","citations":[1]}
            ]}
            """));
    GeneratedDraft draft = adapter().generate(withTemplate(ownTemplate()));
    assertEquals(
        List.of(
            new DraftSentence(NoteSection.DROEFTET, "Borgeren har ondt i ryggen.", List.of(2)),
            new DraftSentence(
                NoteSection.NAESTE_SKRIDT, "Borgeren kontakter kommunen i morgen.", List.of(2)),
            new DraftSentence(NoteSection.FORMAAL, "Kommunens opfølgning.", List.of(1))),
        draft.sentences());
  }

  private static DraftRequest interpreted() {
    return new DraftRequest(
        ConversationType.INTEGRATIONSSAMTALE,
        ConversationForm.FREMMOEDE,
        LocalDateTime.of(2026, 3, 4, 9, 30),
        "Mette Hansen",
        List.of(
            new DraftParticipant("Mette Hansen", ParticipantRole.SAGSBEHANDLER),
            new DraftParticipant("Ahmad Karimi", ParticipantRole.BORGER),
            new DraftParticipant("Samira Ali", ParticipantRole.TOLK)),
        List.of(
            new DraftSegment(
                1, 0, 4000, "Sagsbehandler", ParticipantRole.SAGSBEHANDLER, "da", "Velkommen."),
            new DraftSegment(
                2, 4000, 9000, "Borger", ParticipantRole.BORGER, "ar", "أبحث عن عمل في مطبخ"),
            new DraftSegment(
                3, 9000, 12000, "Borger", ParticipantRole.BORGER, "en", "I worked as a cook.")));
  }

  @Test
  void foreignSegmentsAreLabelledAndTranslatedSentencesMarked() throws Exception {
    server.answer(
        200,
        chatAnswer(
            """
            {"sentences":[
              {"section":"BORGERENS_SITUATION","text":"Borgeren søger arbejde i et køkken.","citations":[2]},
              {"section":"BORGERENS_SITUATION",
               "text":"Borgeren har arbejdet som kok. [oversat fra engelsk]","citations":[3]},
              {"section":"FORMAAL","text":"Samtalen var en integrationssamtale.","citations":[1]}
            ]}
            """));
    GeneratedDraft draft = adapter().generate(interpreted());
    String system = systemPromptSent();
    assertTrue(system.contains("Skriv altid notatet på dansk"), system);
    assertTrue(system.contains("[oversat fra <sprog>]"), system);
    String user =
        Json.createReader(new StringReader(server.last().bodyText()))
            .readObject()
            .getJsonArray("messages")
            .getJsonObject(1)
            .getString("content");
    assertTrue(user.contains("[2] (00:04) Borger [sprog: arabisk]: أبحث عن عمل في مطبخ"), user);
    assertTrue(user.contains("[3] (00:09) Borger [sprog: engelsk]: I worked as a cook."), user);
    assertTrue(user.contains("[1] (00:00) Sagsbehandler: Velkommen."), "Danish unmarked: " + user);
    assertTrue(user.contains("Tolk: ja"), user);
    assertTrue(user.contains("Samira Ali (Tolk)"), user);
    assertEquals(
        "Borgeren søger arbejde i et køkken. [oversat fra arabisk]",
        draft.sentences().get(0).text(),
        "the adapter adds the mark the model forgot");
    assertEquals(
        "Borgeren har arbejdet som kok. [oversat fra engelsk]",
        draft.sentences().get(1).text(),
        "never twice");
    assertEquals("Samtalen var en integrationssamtale.", draft.sentences().get(2).text());
  }

  @Test
  void withoutAnInterpreterThePromptSaysSo() throws Exception {
    server.answer(200, chatAnswer(GOOD));
    adapter().generate(request(ConversationType.JOBSAMTALE));
    String user =
        Json.createReader(new StringReader(server.last().bodyText()))
            .readObject()
            .getJsonArray("messages")
            .getJsonObject(1)
            .getString("content");
    assertTrue(user.contains("Tolk: nej, der deltog ingen tolk"), user);
  }

  @Test
  void mapsAValidAnswerAndDropsCitationsOfMissingSegments() throws Exception {
    server.answer(200, chatAnswer(GOOD));
    GeneratedDraft draft = adapter().generate(request(ConversationType.JOBSAMTALE));
    assertEquals("openai-chat", draft.engine());
    assertEquals(
        List.of(
            new DraftSentence(NoteSection.FORMAAL, "Samtalen var en jobsamtale.", List.of(1)),
            new DraftSentence(
                NoteSection.BORGERENS_SITUATION,
                "Borgeren søger job som lagermedarbejder.",
                List.of(2, 3)),
            new DraftSentence(NoteSection.NAESTE_SKRIDT, "Der holdes en ny samtale.", List.of())),
        draft.sentences());
  }

  @Test
  void citationsOfSegmentsThatDoNotExistAreDroppedAndTheSentenceKept() throws Exception {
    server.answer(
        200,
        chatAnswer(
            """
            {"sentences":[
              {"section":"AFTALER","text":"Borgeren sender CV.","citations":[0,4,99,"2",1.5]},
              {"section":"DROEFTET","text":"Der blev talt om kurser.","citations":[2,17]}
            ]}
            """));
    GeneratedDraft draft = adapter().generate(request(ConversationType.JOBSAMTALE));
    assertEquals(List.of(), draft.sentences().get(0).citations());
    assertEquals(List.of(2), draft.sentences().get(1).citations());
  }

  @Test
  void jsonInACodeFenceIsAccepted() throws Exception {
    server.answer(200, chatAnswer("```json\n" + GOOD + "\n```"));
    assertEquals(3, adapter().generate(request(ConversationType.JOBSAMTALE)).sentences().size());
  }

  @Test
  void unknownSectionIsRejectedPermanently() {
    server.answer(
        200,
        chatAnswer(
            "{\"sentences\":[{\"section\":\"VURDERING\",\"text\":\"x\",\"citations\":[1]}]}"));
    DraftGenerationException e = fail(Duration.ofSeconds(10));
    assertFalse(e.transient_());
    assertTrue(e.getMessage().contains("VURDERING"), e.getMessage());
  }

  @Test
  void contentThatIsNotJsonIsPermanentAndKeepsTheTextOutOfTheMessage() {
    server.answer(200, chatAnswer("Borgeren Ali fortalte om sit job"));
    DraftGenerationException e = fail(Duration.ofSeconds(10));
    assertFalse(e.transient_());
    assertFalse(e.getMessage().contains("Ali"), e.getMessage());
  }

  @Test
  void answerWithoutChoicesIsPermanent() {
    server.answer(200, "{\"object\":\"chat.completion\"}");
    assertFalse(fail(Duration.ofSeconds(10)).transient_());
  }

  @Test
  void tooManyRequestsIsTransient() {
    server.answer(429, "{\"error\":{\"message\":\"Rate limit\"}}");
    DraftGenerationException e = fail(Duration.ofSeconds(10));
    assertTrue(e.transient_());
    assertTrue(e.getMessage().contains("Rate limit"), e.getMessage());
  }

  @Test
  void serverErrorIsTransient() {
    server.answer(503, "{\"error\":{\"message\":\"overloaded\"}}");
    assertTrue(fail(Duration.ofSeconds(10)).transient_());
  }

  @Test
  void slowServerTimesOutAsTransient() {
    server.answer(200, chatAnswer(GOOD)).delay(Duration.ofSeconds(5));
    DraftGenerationException e = fail(Duration.ofMillis(300));
    assertTrue(e.transient_());
  }

  @Test
  void clientErrorsArePermanent() {
    for (int status : new int[] {400, 401, 403, 404}) {
      server.answer(status, "{\"error\":{\"message\":\"nope " + status + "\"}}");
      DraftGenerationException e = fail(Duration.ofSeconds(10));
      assertFalse(e.transient_(), "status " + status);
      assertTrue(e.getMessage().contains("nope " + status), e.getMessage());
    }
  }

  private DraftGenerationException fail(Duration readTimeout) {
    return assertThrows(
        DraftGenerationException.class,
        () -> adapter(readTimeout).generate(request(ConversationType.JOBSAMTALE)));
  }
}
