package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnsupportedFactCheckTest {

  /** A Monday. */
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

  private static final List<DraftSegment> TRANSCRIPT =
      segments(
          "Velkommen. Formålet med samtalen i dag er at tale om din jobsøgning.",
          "Jeg har søgt tre stillinger som lagerarbejder hos Netto A/S og Bilka.",
          "Jeg arbejder 15 timer om ugen hos Hansen Transport ApS og får 12.500 kroner om måneden.",
          "Vi aftaler, at du søger mindst fire stillinger om ugen.",
          "Det er fint. Det kan jeg godt.",
          "Mette fra a-kassen ringer til dig på torsdag klokken halv ti.",
          "Vi ses til en ny samtale om fire uger.",
          "Jeg har også et møde med lægen den 17. marts kl. 14.",
          "Min søster hjælper mig, hun får to tusind fem hundrede kroner fra 3F.");

  private static List<DraftSegment> segments(String... texts) {
    List<DraftSegment> list = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      list.add(
          new DraftSegment(
              i + 1,
              i * 5000L,
              i * 5000L + 4000,
              i % 2 == 0 ? "Sagsbehandler" : "Borger",
              i % 2 == 0 ? ParticipantRole.SAGSBEHANDLER : ParticipantRole.BORGER,
              "da",
              texts[i]));
    }
    return list;
  }

  private static DraftSentence s(NoteSection section, String text, Integer... cited) {
    return new DraftSentence(section, text, List.of(cited));
  }

  private static DraftSentence s(String text, Integer... cited) {
    return s(NoteSection.BORGERENS_SITUATION, text, cited);
  }

  private static List<FactFlag> check(DraftSentence... sentences) {
    return UnsupportedFactCheck.check(List.of(sentences), TRANSCRIPT, MONDAY);
  }

  /** The one flag of a single planted error, of the expected kind and quoting the fact. */
  private static FactFlag flagged(FactKind kind, String fact, DraftSentence sentence) {
    List<FactFlag> flags = check(sentence);
    assertEquals(1, flags.size(), "one flag for '" + sentence.text() + "': " + flags);
    FactFlag flag = flags.get(0);
    assertEquals(kind, flag.kind(), flags.toString());
    assertEquals(fact, flag.fact(), flags.toString());
    assertEquals(0, flag.sentenceIndex());
    assertTrue(!flag.reason().isBlank() && flag.reason().contains("Kontrollér"), flag.reason());
    return flag;
  }

  // A correct draft gives no flag ----------------------------------------------------------

  @Test
  void aCorrectDraftHasNoFlags() {
    List<FactFlag> flags =
        check(
            s(NoteSection.FORMAAL, "Formålet med samtalen i dag var borgerens jobsøgning.", 1),
            s(
                "Borger oplyste, at hun har søgt 3 stillinger som lagerarbejder hos Netto A/S og Bilka.",
                2),
            s(
                "Borger arbejder 15 timer om ugen hos Hansen Transport ApS og tjener 12.500 kr. om"
                    + " måneden.",
                3),
            s(
                NoteSection.AFTALER,
                "Det blev aftalt, at borger søger mindst fire stillinger om ugen.",
                4,
                5),
            s(
                NoteSection.NAESTE_SKRIDT,
                "Borger bliver ringet op af Mette fra a-kassen torsdag den 12. marts kl. 9.30.",
                6),
            s(NoteSection.NAESTE_SKRIDT, "Næste samtale holdes mandag den 6. april.", 7),
            s("Borger skal til lægen tirsdag den 17. marts kl. 14.00.", 8),
            s("Borgers søster hjælper med 2.500 kr. fra 3F.", 9));
    assertEquals(List.of(), flags);
  }

  @Test
  void relativeDatesAreResolvedBeforeComparing() {
    List<DraftSegment> transcript =
        segments(
            "Vi ses i næste uge.",
            "Jeg ringer til dig i morgen.",
            "Næste møde er den 3. marts.",
            "Vi ses om fire uger.",
            "Så mødes vi på onsdag.");
    LocalDate friday = LocalDate.of(2026, 2, 27);
    List<DraftSentence> correct =
        List.of(
            s("Samtalen følges op i uge 10.", 1),
            s("Sagsbehandler ringer fredag den 28. februar.", 2),
            s("Sagsbehandler ringer lørdag den 28. februar.", 2),
            s("Næste møde er 3/3.", 3),
            s("Næste møde er tirsdag den 27. marts.", 4),
            s("Næste møde er den 4. marts.", 5));
    List<FactFlag> flags = UnsupportedFactCheck.check(correct, transcript, friday);
    // 28.02.2026 is a Saturday: "fredag den 28. februar" names the wrong weekday, "lørdag" the
    // right one; 27.03.2026 (four weeks on) is a Friday, so "tirsdag" is wrong too.
    assertEquals(2, flags.size(), flags.toString());
    assertEquals(1, flags.get(0).sentenceIndex());
    assertEquals(FactKind.WEEKDAY, flags.get(0).kind());
    assertTrue(flags.get(0).reason().contains("lørdag"), flags.get(0).reason());
    assertEquals(4, flags.get(1).sentenceIndex());
    assertEquals(FactKind.WEEKDAY, flags.get(1).kind());
  }

  @Test
  void numbersMatchInWordsAndDigits() {
    List<DraftSegment> transcript =
        segments("Jeg har været ledig i femogtyve uger og søgt 4 job.", "Det koster tolv kroner.");
    List<FactFlag> flags =
        UnsupportedFactCheck.check(
            List.of(
                s("Borger har været ledig i 25 uger og har søgt fire job.", 1),
                s("Det koster 12 kr.", 2)),
            transcript,
            MONDAY);
    assertEquals(List.of(), flags);
  }

  @Test
  void theArticleEnIsNotANumberButDigitOneIs() {
    assertEquals(List.of(), check(s("Borger har søgt en stilling som lagerarbejder.", 2)));
    flagged(FactKind.NUMBER, "1", s("Borger har søgt 1 stilling som chauffør.", 3));
  }

  @Test
  void anUncitedSentenceIsComparedWithTheWholeTranscript() {
    assertEquals(List.of(), check(s("Borger har søgt tre stillinger.")));
    FactFlag flag = flagged(FactKind.NUMBER, "syv", s("Borger har søgt syv stillinger."));
    assertTrue(flag.reason().contains("udskriften"), flag.reason());
  }

  @Test
  void aPlanForTheCitizenIsNotAnAgreementOutsideTheAgreementSections() {
    assertEquals(List.of(), check(s("Borger skal til lægen den 17. marts.", 8)));
  }

  // Planted errors, one of every kind ------------------------------------------------------

  @Test
  void flagsAWrongDate() {
    FactFlag flag =
        flagged(
            FactKind.DATE,
            "den 13. marts",
            s("Mette fra a-kassen ringer til borger den 13. marts.", 6));
    assertTrue(flag.reason().contains("13.03.2026"), flag.reason());
    assertTrue(flag.reason().contains("udsagn 6"), flag.reason());
  }

  @Test
  void flagsADateInventedFromAVagueOne() {
    List<DraftSegment> transcript = segments("Vi ses igen i næste uge.");
    List<FactFlag> flags =
        UnsupportedFactCheck.check(
            List.of(s("Næste samtale er den 19. marts.", 1), s("Næste samtale er i uge 12.", 1)),
            transcript,
            MONDAY);
    assertEquals(1, flags.size(), flags.toString());
    assertEquals(0, flags.get(0).sentenceIndex());
    assertEquals(FactKind.DATE, flags.get(0).kind());
  }

  @Test
  void flagsAnImpossibleDate() {
    flagged(FactKind.DATE, "den 31. februar", s("Borger blev syg den 31. februar.", 8));
  }

  @Test
  void flagsAWrongRelativeWeekday() {
    FactFlag flag =
        flagged(FactKind.WEEKDAY, "på fredag", s("Mette fra a-kassen ringer på fredag.", 6));
    assertTrue(flag.reason().contains("13.03.2026"), flag.reason());
  }

  @Test
  void flagsAWeekdayThatDoesNotFitItsDate() {
    FactFlag flag =
        flagged(
            FactKind.WEEKDAY,
            "onsdag den 17. marts",
            s("Borger skal til lægen onsdag den 17. marts.", 8));
    assertTrue(flag.reason().contains("tirsdag"), flag.reason());
  }

  @Test
  void flagsAWrongTime() {
    flagged(FactKind.TIME, "kl. 10.30", s("Mette fra a-kassen ringer på torsdag kl. 10.30.", 6));
    flagged(
        FactKind.TIME, "halv elleve", s("Mette fra a-kassen ringer på torsdag halv elleve.", 6));
  }

  @Test
  void flagsAWrongNumber() {
    flagged(FactKind.NUMBER, "fem", s("Borger har søgt fem stillinger som lagerarbejder.", 2));
    flagged(FactKind.NUMBER, "13", s("Borger har søgt 13 stillinger som lagerarbejder.", 2));
  }

  @Test
  void flagsAWrongAmount() {
    flagged(FactKind.AMOUNT, "15.000 kr.", s("Borger tjener 15.000 kr. om måneden.", 3));
    flagged(FactKind.AMOUNT, "kr. 13.500", s("Borger tjener kr. 13.500 om måneden.", 3));
  }

  @Test
  void flagsWrongHours() {
    flagged(FactKind.HOURS, "20 timer", s("Borger arbejder 20 timer om ugen.", 3));
    flagged(FactKind.HOURS, "tolv timer", s("Borger arbejder tolv timer om ugen.", 3));
  }

  @Test
  void flagsAnInventedName() {
    FactFlag flag =
        flagged(FactKind.NAME, "Lone Hansen", s("Borger bliver ringet op af Lone Hansen.", 6));
    assertTrue(flag.reason().contains("Lone Hansen"), flag.reason());
    flagged(FactKind.NAME, "Mete", s("Borger bliver ringet op af Mete fra a-kassen.", 6));
  }

  @Test
  void flagsAnInventedOrganisation() {
    flagged(
        FactKind.ORGANISATION, "Føtex A/S", s("Borger har søgt tre stillinger hos Føtex A/S.", 2));
    flagged(
        FactKind.ORGANISATION,
        "a-kassen Krifa",
        s("Borger bliver ringet op af a-kassen Krifa.", 6));
    flagged(FactKind.ORGANISATION, "FOA", s("Borger får hjælp fra FOA.", 9));
    List<DraftSegment> noAkasse = segments("Jeg har søgt tre stillinger.");
    List<FactFlag> flags =
        UnsupportedFactCheck.check(
            List.of(s("Borger har talt med a-kassen om tre stillinger.", 1)), noAkasse, MONDAY);
    assertEquals(1, flags.size(), flags.toString());
    assertEquals(FactKind.ORGANISATION, flags.get(0).kind());
  }

  @Test
  void anAkasseParticipantSupportsTheWordAkasse() {
    List<DraftSegment> transcript =
        List.of(
            new DraftSegment(
                1, 0, 1000, "Mette", ParticipantRole.A_KASSE, "da", "Du søger fire stillinger."));
    assertEquals(
        List.of(),
        UnsupportedFactCheck.check(
            List.of(s("Mette fra a-kassen oplyste, at borger søger fire stillinger.", 1)),
            transcript,
            MONDAY));
  }

  @Test
  void flagsAnAgreementNobodyMade() {
    FactFlag flag =
        flagged(
            FactKind.AGREEMENT,
            "Det blev aftalt, at borger søger job som chauffør.",
            s(NoteSection.AFTALER, "Det blev aftalt, at borger søger job som chauffør.", 2));
    assertTrue(flag.reason().contains("ingen aftale"), flag.reason());
  }

  @Test
  void flagsAnAgreementAboutSomethingElse() {
    FactFlag flag =
        flagged(
            FactKind.AGREEMENT,
            "Det blev aftalt, at borger deltager i et praktikforløb.",
            s(
                NoteSection.AFTALER,
                "Det blev aftalt, at borger deltager i et praktikforløb.",
                4,
                5));
    assertTrue(flag.reason().contains("praktikforløb"), flag.reason());
  }

  @Test
  void flagsEverySentenceWithItsIndexAndSeveralKindsInOne() {
    List<FactFlag> flags =
        check(
            s("Borger har søgt tre stillinger.", 2),
            s("Borger har søgt fem stillinger hos Lidl.", 2),
            s("Mette ringer fredag kl. 11.", 6));
    assertEquals(4, flags.size(), flags.toString());
    assertEquals(List.of(1, 1, 2, 2), flags.stream().map(FactFlag::sentenceIndex).toList());
    assertEquals(
        List.of(FactKind.NUMBER, FactKind.NAME, FactKind.WEEKDAY, FactKind.TIME),
        flags.stream().map(FactFlag::kind).toList());
  }

  @Test
  void moreSpokenFormsOfDatesAndTimes() {
    List<DraftSegment> transcript =
        segments(
            "Jeg ringer kvart over ni på fredag.",
            "Vi ses om en uges tid.",
            "Lægen så mig i fredags.",
            "Vi tager det op næste torsdag.",
            "Jeg starter den 3. i næste måned.");
    List<FactFlag> correct =
        UnsupportedFactCheck.check(
            List.of(
                s("Sagsbehandler ringer fredag den 13. marts kl. 9.15.", 1),
                s("Næste samtale er mandag den 16. marts.", 2),
                s("Borger var hos lægen fredag den 6. marts.", 3),
                s("Sagen tages op torsdag den 19. marts.", 4),
                s("Borger starter den 3. april.", 5)),
            transcript,
            MONDAY);
    assertEquals(List.of(), correct);
    List<FactFlag> wrong =
        UnsupportedFactCheck.check(
            List.of(
                s("Sagsbehandler ringer kl. 9.45.", 1),
                s("Næste samtale er mandag den 23. marts.", 2),
                s("Borger var hos lægen torsdag den 5. marts.", 3),
                s("Sagen tages op onsdag.", 4),
                s("Borger starter den 4. april.", 5)),
            transcript,
            MONDAY);
    assertEquals(
        List.of(FactKind.TIME, FactKind.DATE, FactKind.DATE, FactKind.WEEKDAY, FactKind.DATE),
        wrong.stream().map(FactFlag::kind).toList(),
        wrong.toString());
    assertEquals(List.of(0, 1, 2, 3, 4), wrong.stream().map(FactFlag::sentenceIndex).toList());
  }

  @Test
  void yearsCodesAndAbbreviationsAreNotFalselyFlagged() {
    List<DraftSegment> transcript =
        segments("Jeg tog truckcertifikatet i 2019, og mit CV ligger på Jobnet.");
    assertEquals(
        List.of(),
        UnsupportedFactCheck.check(
            List.of(
                s("Borger tog truckcertifikat i 2019.", 1),
                s("Borgerens CV skal opdateres på Jobnet.", 1)),
            transcript,
            MONDAY));
    List<FactFlag> flags =
        UnsupportedFactCheck.check(
            List.of(s("Borger tog truckcertifikat i 2018.", 1)), transcript, MONDAY);
    assertEquals(FactKind.NUMBER, flags.get(0).kind(), flags.toString());
  }

  @Test
  void aFullNameAtTheStartOfASentenceIsChecked() {
    flagged(FactKind.NAME, "Lone Hansen", s("Lone Hansen fra a-kassen ringer på torsdag.", 6));
    assertEquals(List.of(), check(s("Mette ringer på torsdag.", 6)));
  }

  @Test
  void registeredParticipantsCountAsNamed() {
    DraftSentence sentence = s("Samtalen blev holdt med Lene Madsen fra a-kassen.", 1);
    assertEquals(
        FactKind.NAME,
        UnsupportedFactCheck.check(List.of(sentence), TRANSCRIPT, MONDAY).get(0).kind());
    assertEquals(
        List.of(),
        UnsupportedFactCheck.check(
            List.of(sentence), TRANSCRIPT, MONDAY, List.of("Aisha Khan", "Lene Madsen")));
  }
}
