package dk.samtalenotat.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.draft.NoteSection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules every template keeps, shipped or typed by an administrator. */
class NoteTemplateTest {

  private static List<TemplateSection> sections(NoteSection... list) {
    List<TemplateSection> out = new ArrayList<>();
    for (NoteSection s : list) {
      out.add(new TemplateSection(s, "Vejledning for " + s.heading() + "."));
    }
    return out;
  }

  private static final List<TemplateSection> BASIC =
      sections(NoteSection.FORMAAL, NoteSection.DROEFTET, NoteSection.NAESTE_SKRIDT);

  @Test
  void allSevenConversationTypesExistAndOnlyJobConversationsBind() {
    assertEquals(7, ConversationType.values().length);
    for (ConversationType t : ConversationType.values()) {
      boolean job = t == ConversationType.JOBSAMTALE || t == ConversationType.JOBSAMTALE_A_KASSE;
      assertEquals(job, t.bindingAgreementsAllowed(), t.name());
    }
    assertEquals("Opfølgningssamtale ved sygdom", ConversationType.SYGEOPFOELGNING.danishName());
    assertEquals("Rundbordssamtale", ConversationType.RUNDBORDSSAMTALE.danishName());
  }

  @Test
  void everyTypeHasAStandardTemplateThatKeepsTheRules() {
    for (ConversationType t : ConversationType.values()) {
      NoteTemplate standard = DefaultTemplates.of(t);
      assertEquals(t, standard.type());
      assertEquals(0, standard.versionNo());
      assertEquals(t.bindingAgreementsAllowed(), standard.bindingAgreements(), t.name());
      assertTrue(standard.sections().size() >= 3, t.name());
      for (NoteSection required : NoteTemplate.REQUIRED) {
        assertTrue(standard.includes(required), t + " lacks " + required);
      }
      assertFalse(standard.instruction().isBlank(), t.name());
      String all = standard.instruction() + standard.sections();
      assertFalse(Kommunen.mentionsJobcenter(all), all);
      assertFalse(all.toLowerCase().contains("rådighed"), all);
      assertFalse(all.toLowerCase().contains("sanktion"), all);
      standard.sections().forEach(s -> assertFalse(s.guidance().isBlank(), t + " " + s));
    }
    assertTrue(
        DefaultTemplates.of(ConversationType.INTEGRATIONSSAMTALE).instruction().contains("tolk"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Vurder om borgeren står til rådighed.",
        "Beskriv borgerens rådighedssituation.",
        "Notér om der skal gives en sanktion.",
        "Overvej sanktioner ved udeblivelse.",
        "Skriv om ydelsesstop er relevant.",
        "Angiv om der skal ske stop af borgerens ydelse.",
        "Vurder nedsættelse af kontanthjælp.",
        "Er der grund til fradrag i dagpenge?"
      })
  void aTextAskingForAvailabilityOrSanctionsIsRefused(String text) {
    TemplateRejectedException inInstruction =
        assertThrows(
            TemplateRejectedException.class,
            () ->
                NoteTemplate.of(
                    ConversationType.JOBSAMTALE, 0, text, Tone.NEUTRAL, NoteLength.MELLEM, BASIC));
    assertEquals(TemplateRejectedException.Problem.FORBIDDEN_TOPIC, inInstruction.problem());
    assertEquals(null, inInstruction.section());

    List<TemplateSection> withGuidance = new ArrayList<>(BASIC);
    withGuidance.set(1, new TemplateSection(NoteSection.DROEFTET, text));
    TemplateRejectedException inSection =
        assertThrows(
            TemplateRejectedException.class,
            () ->
                NoteTemplate.of(
                    ConversationType.SYGEOPFOELGNING,
                    0,
                    "",
                    Tone.KORT,
                    NoteLength.KORT,
                    withGuidance));
    assertEquals(TemplateRejectedException.Problem.FORBIDDEN_TOPIC, inSection.problem());
    assertEquals(NoteSection.DROEFTET, inSection.section());
  }

  @Test
  void ordinaryAdviceIsNotMistakenForAvailability() {
    NoteTemplate t =
        NoteTemplate.of(
            ConversationType.JOBSAMTALE,
            0,
            "Beskriv den rådgivning borgeren fik, og de råd kommunen gav.",
            Tone.NEUTRAL,
            NoteLength.MELLEM,
            BASIC);
    assertTrue(t.instruction().contains("rådgivning"));
  }

  @Test
  void aftalerOnlyInJobConversationTypes() {
    List<TemplateSection> withAftaler =
        sections(
            NoteSection.FORMAAL,
            NoteSection.DROEFTET,
            NoteSection.AFTALER,
            NoteSection.NAESTE_SKRIDT);
    for (ConversationType type : ConversationType.values()) {
      if (type.bindingAgreementsAllowed()) {
        NoteTemplate t = NoteTemplate.of(type, 0, "", Tone.NEUTRAL, NoteLength.MELLEM, withAftaler);
        assertTrue(t.bindingAgreements());
        assertEquals(NoteSection.AFTALER, t.placeOf(NoteSection.AFTALER));
      } else {
        TemplateRejectedException e =
            assertThrows(
                TemplateRejectedException.class,
                () -> NoteTemplate.of(type, 0, "", Tone.NEUTRAL, NoteLength.MELLEM, withAftaler));
        assertEquals(TemplateRejectedException.Problem.AGREEMENTS_NOT_ALLOWED, e.problem());
        assertEquals(NoteSection.AFTALER, e.section());
      }
    }
  }

  @Test
  void requiredSectionsCannotBeLeftOut() {
    for (NoteSection required : NoteTemplate.REQUIRED) {
      List<TemplateSection> without =
          new ArrayList<>(BASIC.stream().filter(s -> s.section() != required).toList());
      TemplateRejectedException e =
          assertThrows(
              TemplateRejectedException.class,
              () ->
                  NoteTemplate.of(
                      ConversationType.ANDEN, 0, "", Tone.NEUTRAL, NoteLength.MELLEM, without));
      assertEquals(TemplateRejectedException.Problem.SECTION_REQUIRED, e.problem());
      assertEquals(required, e.section());
    }
  }

  @Test
  void jobcenterIsRewrittenToKommunenEverywhere() {
    List<TemplateSection> s = new ArrayList<>(BASIC);
    s.set(0, new TemplateSection(NoteSection.FORMAAL, "Hvorfor Jobcenteret indkaldte borgeren."));
    NoteTemplate t =
        NoteTemplate.of(
            ConversationType.JOBSAMTALE,
            0,
            "Nævn jobcentrets tilbud og jobcentre i nabokommunen.",
            Tone.NEUTRAL,
            NoteLength.MELLEM,
            s);
    assertEquals("Nævn kommunens tilbud og kommuner i nabokommunen.", t.instruction());
    assertEquals("Hvorfor Kommunen indkaldte borgeren.", t.guidance(NoteSection.FORMAAL).get());
    assertEquals("kommunen", Kommunen.rewrite("jobcenteret"));
    assertEquals("kommunen", Kommunen.rewrite("jobcentret"));
    assertEquals("kommunens", Kommunen.rewrite("jobcenterets"));
    assertEquals("kommunerne", Kommunen.rewrite("jobcentrene"));
    assertEquals("en kommune", Kommunen.rewrite("et jobcenter".replace("et ", "en ")));
    assertEquals("Kommunemedarbejderen", Kommunen.rewrite("Jobcentermedarbejderen"));
    assertFalse(Kommunen.mentionsJobcenter("Borgeren kontakter kommunen."));
  }

  @Test
  void tooLongTextsAndMissingOptionsAreRefused() {
    String tooLong = "a".repeat(NoteTemplate.MAX_TEXT + 1);
    assertEquals(
        TemplateRejectedException.Problem.TOO_LONG,
        assertThrows(
                TemplateRejectedException.class,
                () ->
                    NoteTemplate.of(
                        ConversationType.ANDEN, 0, tooLong, Tone.NEUTRAL, NoteLength.KORT, BASIC))
            .problem());
    assertEquals(
        TemplateRejectedException.Problem.OPTION_MISSING,
        assertThrows(
                TemplateRejectedException.class,
                () -> NoteTemplate.of(ConversationType.ANDEN, 0, "", null, NoteLength.KORT, BASIC))
            .problem());
  }

  @Test
  void sectionsFollowTheLayoutOrderAndLeftOutOnesHaveAPlace() {
    List<TemplateSection> reversed =
        sections(NoteSection.NAESTE_SKRIDT, NoteSection.DROEFTET, NoteSection.FORMAAL);
    NoteTemplate t =
        NoteTemplate.of(ConversationType.ANDEN, 0, "", Tone.NEUTRAL, NoteLength.KORT, reversed);
    assertEquals(
        List.of(NoteSection.FORMAAL, NoteSection.DROEFTET, NoteSection.NAESTE_SKRIDT),
        t.sections().stream().map(TemplateSection::section).toList());
    assertEquals(NoteSection.DROEFTET, t.placeOf(NoteSection.BORGERENS_SITUATION));
    assertEquals(NoteSection.NAESTE_SKRIDT, t.placeOf(NoteSection.AFTALER));
    assertTrue(t.sameContentAs(t.asVersion(5)));
  }
}
