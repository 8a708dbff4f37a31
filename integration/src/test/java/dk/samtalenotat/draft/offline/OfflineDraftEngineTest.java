package dk.samtalenotat.draft.offline;

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
import dk.samtalenotat.template.DefaultTemplates;
import dk.samtalenotat.template.NoteLength;
import dk.samtalenotat.template.NoteTemplate;
import dk.samtalenotat.template.TemplateSection;
import dk.samtalenotat.template.Tone;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.importing.SampleTranscript;
import dk.samtalenotat.transcript.importing.SampleTranscripts;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OfflineDraftEngineTest {

  private final OfflineDraftEngine engine = new OfflineDraftEngine();
  private final SampleTranscripts samples = new SampleTranscripts();

  private DraftRequest sampleRequest(String key) {
    SampleTranscript sample =
        samples.list().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    List<SegmentData> data = samples.load(sample);
    List<DraftSegment> segments = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      SegmentData d = data.get(i);
      segments.add(
          new DraftSegment(
              i + 1,
              d.startMillis(),
              d.endMillis(),
              d.speaker(),
              role(d.speaker()),
              d.language(),
              d.text()));
    }
    return new DraftRequest(
        sample.type(),
        ConversationForm.FREMMOEDE,
        LocalDateTime.of(2026, 3, 2, 10, 0),
        "Karen Sagsbehandler",
        List.of(
            new DraftParticipant("Karen Sagsbehandler", ParticipantRole.SAGSBEHANDLER),
            new DraftParticipant("Borger", ParticipantRole.BORGER)),
        segments);
  }

  private static ParticipantRole role(String speaker) {
    if (speaker == null) {
      return null;
    }
    return switch (speaker) {
      case "Sagsbehandler" -> ParticipantRole.SAGSBEHANDLER;
      case "Borger" -> ParticipantRole.BORGER;
      case "A-kasse" -> ParticipantRole.A_KASSE;
      default -> null;
    };
  }

  private static String section(GeneratedDraft draft, NoteSection section) {
    return draft.sentences().stream()
        .filter(s -> s.section() == section)
        .map(DraftSentence::text)
        .collect(Collectors.joining("\n"));
  }

  private static void assertWellFormed(DraftRequest request, GeneratedDraft draft) {
    assertEquals("offline", draft.engine());
    assertFalse(draft.sentences().isEmpty());
    Set<Integer> indexes =
        request.segments().stream().map(DraftSegment::index).collect(Collectors.toSet());
    NoteSection previous = NoteSection.FORMAAL;
    for (DraftSentence s : draft.sentences()) {
      assertFalse(s.citations().isEmpty(), "no citation: " + s.text());
      assertTrue(indexes.containsAll(s.citations()), "unknown citation: " + s);
      assertFalse(s.text().isBlank());
      assertFalse(s.text().startsWith("Jeg"), s.text());
      assertFalse(s.text().startsWith("Du "), s.text());
      String lower = s.text().toLowerCase(Locale.ROOT);
      assertFalse(lower.contains("jobcenter"), s.text());
      assertFalse(lower.contains("rådighed"), s.text());
      assertFalse(lower.contains("sanktion"), s.text());
      assertFalse(lower.matches(".*\\bjeg\\b.*"), "first person left: " + s.text());
      assertTrue(s.section().compareTo(previous) >= 0, "sections out of order at " + s);
      previous = s.section();
    }
    assertFalse(section(draft, NoteSection.FORMAAL).isEmpty(), "no purpose");
  }

  @Test
  void jobsamtaleHasBindingAgreementsAndNextMeeting() throws Exception {
    DraftRequest request = sampleRequest("jobsamtale");
    GeneratedDraft draft = engine.generate(request);
    assertWellFormed(request, draft);
    String aftaler = section(draft, NoteSection.AFTALER);
    assertTrue(
        aftaler.contains("Det blev aftalt, at borger søger mindst 4 stillinger om ugen"), aftaler);
    assertTrue(aftaler.contains("Borger skal opdatere sit CV på Jobnet inden fredag"), aftaler);
    String next = section(draft, NoteSection.NAESTE_SKRIDT);
    assertTrue(next.contains("Næste møde afholdes torsdag den 12. marts 2026 kl. 10.00"), next);
    String formaal = section(draft, NoteSection.FORMAAL);
    assertTrue(
        formaal.startsWith("Formålet med samtalen var at se på borgers jobsøgning"), formaal);
    String situation = section(draft, NoteSection.BORGERENS_SITUATION);
    assertTrue(situation.contains("8 stillinger"), situation);
    assertTrue(draft.toString().contains("truckcertifikat"), draft.toString());
    // The caseworker's greeting is no part of the note (issue 12: "Sagsbehandler oplyste, at
    // Goddag, og velkommen ...").
    assertFalse(draft.toString().toLowerCase(Locale.ROOT).contains("velkommen"), draft.toString());
  }

  @Test
  void sygeopfoelgningHasNoBindingAgreements() throws Exception {
    DraftRequest request = sampleRequest("sygeopfoelgning");
    GeneratedDraft draft = engine.generate(request);
    assertWellFormed(request, draft);
    assertEquals("", section(draft, NoteSection.AFTALER));
    String all =
        draft.sentences().stream().map(DraftSentence::text).collect(Collectors.joining(" "));
    assertTrue(all.contains("8 timer om ugen"), all);
    assertFalse(all.contains("Det blev aftalt"), all);
    String next = section(draft, NoteSection.NAESTE_SKRIDT);
    assertTrue(next.contains("om 4 uger"), next);
    assertTrue(next.contains("Planen er, at borger starter på 8 timer om ugen"), next);
    String situation = section(draft, NoteSection.BORGERENS_SITUATION);
    assertTrue(situation.contains("ondt i lænden"), situation);
    assertTrue(situation.contains("borgers læge siger"), situation);
  }

  @Test
  void integrationssamtaleDraftsSituationAndPlans() throws Exception {
    DraftRequest request = sampleRequest("integrationssamtale");
    GeneratedDraft draft = engine.generate(request);
    assertWellFormed(request, draft);
    assertEquals("", section(draft, NoteSection.AFTALER));
    String situation = section(draft, NoteSection.BORGERENS_SITUATION);
    assertTrue(situation.contains("modul 3"), situation);
    assertTrue(situation.contains("kok i 9 år"), situation);
    String next = section(draft, NoteSection.NAESTE_SKRIDT);
    assertTrue(next.contains("om 6 uger"), next);
    assertTrue(section(draft, NoteSection.FORMAAL).contains("danskuddannelse"));
  }

  @Test
  void purposeFallsBackToConversationTypeCitingFirstCaseworkerSegment() throws Exception {
    DraftRequest request =
        request(
            ConversationType.SYGEOPFOELGNING,
            seg(1, "Borger", ParticipantRole.BORGER, "da", "Hej."),
            seg(2, "Sagsbehandler", ParticipantRole.SAGSBEHANDLER, "da", "Hej, sæt dig bare."),
            seg(3, "Borger", ParticipantRole.BORGER, "da", "Jeg har ondt i ryggen hver dag."));
    GeneratedDraft draft = engine.generate(request);
    DraftSentence first = draft.sentences().get(0);
    assertEquals(NoteSection.FORMAAL, first.section());
    assertEquals("Samtalen var en opfølgningssamtale ved sygdom.", first.text());
    assertEquals(List.of(2), first.citations());
    assertEquals(
        "Borger oplyste at have ondt i ryggen hver dag.",
        section(draft, NoteSection.BORGERENS_SITUATION));
  }

  @Test
  void otherLanguagesAreQuotedVerbatimAndMarked() throws Exception {
    DraftRequest request =
        request(
            ConversationType.INTEGRATIONSSAMTALE,
            seg(1, "Sagsbehandler", ParticipantRole.SAGSBEHANDLER, "da", "Velkommen."),
            seg(7, "Borger", ParticipantRole.BORGER, "en", "I worked as a cook for nine years."));
    GeneratedDraft draft = engine.generate(request);
    DraftSentence quoted =
        draft.sentences().stream()
            .filter(s -> s.text().contains("(ikke oversat)"))
            .findFirst()
            .orElseThrow();
    assertTrue(quoted.text().contains("\"I worked as a cook for nine years.\""), quoted.text());
    assertEquals(List.of(7), quoted.citations());
  }

  @Test
  void aShortNoteStillQuotesWhatNobodyTranslated() throws Exception {
    DraftRequest request =
        request(
            ConversationType.JOBSAMTALE,
            seg(1, "Sagsbehandler", ParticipantRole.SAGSBEHANDLER, "da", "Velkommen."),
            seg(2, "Borger", ParticipantRole.BORGER, "da", "Jeg har gået på sprogskole i to år."),
            seg(3, "Borger", ParticipantRole.BORGER, "da", "Jeg bor i Vejle med min søster."),
            seg(4, "Borger", ParticipantRole.BORGER, "da", "Jeg har kørekort til lastbil."),
            seg(5, "Borger", ParticipantRole.BORGER, "en", "I want to drive a bus."),
            seg(6, "Borger", ParticipantRole.BORGER, "da", "Min ryg er blevet bedre i år."));
    GeneratedDraft draft =
        engine.generate(
            withTemplate(
                request,
                template(request.type(), Tone.KORT, NoteLength.KORT, NoteSection.values())));
    assertWellFormed(request, draft);
    DraftSentence quoted =
        draft.sentences().stream()
            .filter(s -> s.text().contains("(ikke oversat)"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(draft.sentences().toString()));
    assertTrue(quoted.text().contains("\"I want to drive a bus.\""), quoted.text());
    assertEquals(List.of(5), quoted.citations());
  }

  @Test
  void agreementsInNonJobTypesBecomePlans() throws Exception {
    DraftRequest request =
        request(
            ConversationType.FLEKSJOBOPFOELGNING,
            seg(
                1,
                "Sagsbehandler",
                ParticipantRole.SAGSBEHANDLER,
                "da",
                "Vi aftaler, at du sender lønsedlerne inden den 5. april."));
    GeneratedDraft draft = engine.generate(request);
    assertEquals("", section(draft, NoteSection.AFTALER));
    assertEquals(
        "Planen er, at borger sender lønsedlerne inden den 5. april 2026.",
        section(draft, NoteSection.NAESTE_SKRIDT));
  }

  @Test
  void sanctionsAvailabilityAndJobcenterAreNeverCarriedOver() throws Exception {
    DraftRequest request =
        request(
            ConversationType.JOBSAMTALE,
            seg(
                1,
                "Sagsbehandler",
                ParticipantRole.SAGSBEHANDLER,
                "da",
                "Hvis du ikke møder op, kan det give en sanktion. Du står ikke til rådighed."
                    + " Du skal ringe til jobcentret i morgen."));
    GeneratedDraft draft = engine.generate(request);
    String all =
        draft.sentences().stream().map(DraftSentence::text).collect(Collectors.joining(" "));
    assertFalse(all.contains("sanktion"), all);
    assertFalse(all.contains("rådighed"), all);
    assertTrue(all.contains("Borger skal ringe til kommunen i morgen."), all);
  }

  private static DraftRequest withTemplate(DraftRequest r, NoteTemplate template) {
    return new DraftRequest(
        r.type(),
        r.form(),
        r.conversationTime(),
        r.caseworkerName(),
        r.participants(),
        r.segments(),
        template);
  }

  private static NoteTemplate template(
      ConversationType type, Tone tone, NoteLength length, NoteSection... sections) {
    List<TemplateSection> list = new ArrayList<>();
    for (NoteSection s : sections) {
      list.add(new TemplateSection(s, ""));
    }
    return NoteTemplate.of(type, 2, "", tone, length, list);
  }

  @Test
  void theStandardTemplatesAreWhatARequestWithoutOneGets() throws Exception {
    DraftRequest request = sampleRequest("jobsamtale");
    assertEquals(DefaultTemplates.of(request.type()), request.template());
    assertEquals(
        engine.generate(request),
        engine.generate(withTemplate(request, DefaultTemplates.of(request.type()))));
  }

  @Test
  void aJobTemplateWithoutAftalerWritesAgreementsAsPlans() throws Exception {
    DraftRequest sample = sampleRequest("jobsamtale");
    DraftRequest request =
        withTemplate(
            sample,
            template(
                sample.type(),
                Tone.NEUTRAL,
                NoteLength.LANG,
                NoteSection.FORMAAL,
                NoteSection.BORGERENS_SITUATION,
                NoteSection.DROEFTET,
                NoteSection.NAESTE_SKRIDT));
    GeneratedDraft draft = engine.generate(request);
    assertWellFormed(request, draft);
    assertEquals("", section(draft, NoteSection.AFTALER));
    assertTrue(
        section(draft, NoteSection.NAESTE_SKRIDT)
            .contains("Planen er, at borger søger mindst 4 stillinger om ugen"),
        section(draft, NoteSection.NAESTE_SKRIDT));
  }

  @Test
  void aSectionLeftOutOfTheTemplateGoesToDroeftet() throws Exception {
    DraftRequest request =
        withTemplate(
            sampleRequest("sygeopfoelgning"),
            template(
                ConversationType.SYGEOPFOELGNING,
                Tone.UDDYBENDE,
                NoteLength.LANG,
                NoteSection.FORMAAL,
                NoteSection.DROEFTET,
                NoteSection.NAESTE_SKRIDT));
    GeneratedDraft draft = engine.generate(request);
    assertWellFormed(request, draft);
    assertEquals("", section(draft, NoteSection.BORGERENS_SITUATION));
    assertTrue(
        section(draft, NoteSection.DROEFTET).contains("ondt i lænden"),
        section(draft, NoteSection.DROEFTET));
  }

  @Test
  void toneKortWritesFewerSentencesButKeepsAgreementsAndNextSteps() throws Exception {
    DraftRequest request = sampleRequest("jobsamtale");
    GeneratedDraft full =
        engine.generate(
            withTemplate(
                request,
                template(request.type(), Tone.UDDYBENDE, NoteLength.LANG, NoteSection.values())));
    GeneratedDraft kort =
        engine.generate(
            withTemplate(
                request,
                template(request.type(), Tone.KORT, NoteLength.LANG, NoteSection.values())));
    assertWellFormed(request, kort);
    assertTrue(
        kort.sentences().size() < full.sentences().size(),
        kort.sentences().size() + " vs " + full.sentences().size());
    assertEquals(
        1, kort.sentences().stream().filter(s -> s.section() == NoteSection.FORMAAL).count());
    for (NoteSection kept : List.of(NoteSection.AFTALER, NoteSection.NAESTE_SKRIDT)) {
      assertEquals(section(full, kept), section(kort, kept), kept.name());
    }
    for (NoteSection cut : List.of(NoteSection.BORGERENS_SITUATION, NoteSection.DROEFTET)) {
      assertTrue(kort.sentences().stream().filter(s -> s.section() == cut).count() <= 2);
    }
  }

  @Test
  void lengthCapsTheNumberOfSentences() {
    List<DraftSentence> many = new ArrayList<>();
    many.add(new DraftSentence(NoteSection.FORMAAL, "Formål.", List.of(1)));
    for (int i = 0; i < 12; i++) {
      many.add(new DraftSentence(NoteSection.DROEFTET, "Drøftet " + i + ".", List.of(2)));
    }
    for (int i = 0; i < 3; i++) {
      many.add(new DraftSentence(NoteSection.AFTALER, "Aftale " + i + ".", List.of(3)));
    }
    List<DraftSentence> fitted =
        OfflineDraftEngine.fit(
            many,
            template(
                ConversationType.JOBSAMTALE, Tone.NEUTRAL, NoteLength.KORT, NoteSection.values()));
    assertEquals(NoteLength.KORT.maxSentences(), fitted.size());
    assertEquals(3, fitted.stream().filter(s -> s.section() == NoteSection.AFTALER).count());
    assertEquals("Drøftet 0.", fitted.get(1).text(), "the first said are kept");
  }

  @Test
  void aForeignSegmentIsNamedInDanishAndQuoted() throws Exception {
    DraftRequest request =
        request(
            ConversationType.INTEGRATIONSSAMTALE,
            seg(1, "Sagsbehandler", ParticipantRole.SAGSBEHANDLER, "da", "Velkommen."),
            seg(2, "Borger", ParticipantRole.BORGER, "ar", "أبحث عن عمل في مطبخ"));
    GeneratedDraft draft = engine.generate(request);
    assertEquals(
        "Borger sagde på arabisk: \"أبحث عن عمل في مطبخ\" (ikke oversat).",
        section(draft, NoteSection.BORGERENS_SITUATION));
  }

  @Test
  void withAnInterpreterOnlyWhatNobodyInterpretedIsQuoted() throws Exception {
    DraftRequest r =
        request(
            ConversationType.RUNDBORDSSAMTALE,
            seg(1, "Sagsbehandler", ParticipantRole.SAGSBEHANDLER, "da", "Velkommen til jer."),
            seg(2, "Borger", ParticipantRole.BORGER, "ar", "عملت في مخبز لمدة خمس سنوات"),
            seg(3, "Tolk", ParticipantRole.TOLK, "da", "Jeg har arbejdet i et bageri i fem år."),
            seg(4, "Borger", ParticipantRole.BORGER, "en", "My daughter starts school in May."),
            seg(5, "Sagsbehandler", ParticipantRole.SAGSBEHANDLER, "da", "Vi ses om fire uger."));
    r =
        new DraftRequest(
            r.type(),
            r.form(),
            r.conversationTime(),
            r.caseworkerName(),
            List.of(
                new dk.samtalenotat.draft.DraftParticipant("Nadia Haddad", ParticipantRole.TOLK)),
            r.segments(),
            r.template(),
            r.municipality(),
            r.recordingStopped());
    GeneratedDraft draft = engine.generate(r);
    String citizen = section(draft, NoteSection.BORGERENS_SITUATION);
    assertTrue(citizen.contains("bageri"), citizen);
    assertFalse(citizen.contains("مخبز"), "interpreted, so not quoted: " + citizen);
    assertTrue(
        citizen.contains("Borger sagde på engelsk: \"My daughter starts school in May.\""),
        "nobody interpreted it: " + citizen);
  }

  @Test
  void theInterpretersRenderingOfTheCaseworkerIsNotQuoted() throws Exception {
    DraftRequest request =
        request(
            ConversationType.INTEGRATIONSSAMTALE,
            seg(1, "Sagsbehandler", ParticipantRole.SAGSBEHANDLER, "da", "Hvor bor du nu?"),
            seg(2, "Tolk", ParticipantRole.TOLK, "ar", "أين تسكن الآن؟"),
            seg(3, "Tolk", ParticipantRole.TOLK, "da", "Jeg bor hos min bror i Ribe."));
    GeneratedDraft draft = engine.generate(request);
    assertTrue(
        draft.sentences().stream().noneMatch(s -> s.text().contains("أين")),
        draft.sentences().toString());
  }

  @Test
  void emptyTranscriptIsRefused() {
    DraftRequest request = request(ConversationType.JOBSAMTALE);
    DraftGenerationException e =
        assertThrows(DraftGenerationException.class, () -> engine.generate(request));
    assertFalse(e.transient_());
  }

  @Test
  void sameInputGivesSameDraft() throws Exception {
    DraftRequest request = sampleRequest("jobsamtale");
    assertEquals(engine.generate(request), engine.generate(request));
  }

  private static DraftSegment seg(
      int index, String speaker, ParticipantRole role, String lang, String text) {
    return new DraftSegment(index, index * 1000L, index * 1000L + 900, speaker, role, lang, text);
  }

  private static DraftRequest request(ConversationType type, DraftSegment... segments) {
    return new DraftRequest(
        type,
        ConversationForm.TELEFON,
        LocalDateTime.of(2026, 3, 2, 10, 0),
        "Karen Sagsbehandler",
        List.of(),
        List.of(segments));
  }
}
