package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How far a "not" reaches in spoken Danish and in a note: what it covers, what it leaves open, and
 * the words that say "not" without "ikke". For each rule a planted case (the polarity flipped) and
 * a correct one.
 */
class NegationScopeCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 3);

  /** The rest of the conversation: what it says is about other things. */
  private static final List<String> REST =
      List.of(
          "Velkommen. Vi skal tale om din situation og om, hvad der skal ske nu.",
          "Tak. Jeg har været sygemeldt siden januar med ondt i ryggen.",
          "Hvordan går det med genoptræningen hos fysioterapeuten?",
          "Det går fremad. Jeg cykler hver dag til træning, og lægen er tilfreds.",
          "Har du talt med din arbejdsplads om at starte op igen?",
          "Ja, min chef på lageret vil gerne have mig tilbage på nedsat tid.",
          "Hvordan sover du om natten?",
          "Bedre end i foråret. Jeg vågner kun en enkelt gang.",
          "Hvordan har du det med at skulle tilbage blandt kollegerne?",
          "Jeg glæder mig egentlig. Jeg savner frokostpauserne og snakken.",
          "Har din familie kunnet hjælpe dig under forløbet?",
          "Min kone har kørt mig til hospitalet, og min bror har slået græsplænen.",
          "Hvad med økonomien, hænger den sammen?",
          "Det gør den, vi har skåret ned på udgifterne.");

  /** The caseworker and the citizen in turn: the conversation's rest, then what is said. */
  private static List<DraftSegment> transcript(String... said) {
    List<String> texts = new ArrayList<>(REST);
    texts.addAll(List.of(said));
    List<DraftSegment> list = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      boolean caseworker = i % 2 == 0;
      list.add(
          new DraftSegment(
              i + 1,
              i * 5000L,
              i * 5000L + 4000,
              caseworker ? "Sagsbehandler" : "Borger",
              caseworker ? ParticipantRole.SAGSBEHANDLER : ParticipantRole.BORGER,
              "da",
              texts.get(i)));
    }
    return list;
  }

  private static List<FactFlag> check(List<DraftSegment> transcript, String text) {
    return UnsupportedFactCheck.check(
        List.of(new DraftSentence(NoteSection.DROEFTET, text, List.of())), transcript, DAY);
  }

  private static void negation(List<FactFlag> flags) {
    assertEquals(1, flags.size(), flags.toString());
    assertEquals(FactKind.NEGATION, flags.get(0).kind(), flags.toString());
  }

  @Test
  void whatWasTalkedAboutIsSaidByAnyTalkOfIt() {
    List<DraftSegment> said =
        transcript(
            "Vi aftaler ikke noget om fleksibel arbejdstid i dag. Det tager vi op næste gang.",
            "Det er fint med mig.");
    assertEquals(
        List.of(),
        check(said, "Fleksibel arbejdstid blev drøftet, men der blev ikke aftalt noget i dag."));
    negation(check(said, "Der blev aftalt fleksibel arbejdstid i dag."));
  }

  @Test
  void aSecondPredicateAfterOgIsAClauseOfItsOwn() {
    // "og modtager samtidig ...": a present tense with an adverb after it is a predicate of its
    // own, so the first predicate's polarity is read without it.
    List<DraftSegment> said =
        transcript(
            "Du skal ikke have løn under opholdet på værkstedet.",
            "Nej, det ved jeg godt.",
            "Du får din ydelse som normalt fra kommunen.",
            "Det er fint.");
    assertEquals(
        List.of(),
        check(said, "Borger får ikke løn under opholdet, men modtager sin ydelse som normalt."));
    negation(
        check(said, "Borger får løn under opholdet og modtager samtidig sin ydelse som normalt."));
  }

  @Test
  void aTopicPutFirstIsDeniedByTheClauseThatTakesItUp() {
    // "de store lastbiler med kran, dem har jeg ikke kørt": the "not" of the clause with "dem" is
    // said of the topic before the comma, which has no verb of its own.
    List<DraftSegment> said =
        transcript(
            "Hvad har du kørt af biler?",
            "Varebiler i mange år. Men de store lastbiler med kran, dem har jeg ikke kørt.");
    assertEquals(
        List.of(), check(said, "Borger har kørt varebiler, men ikke de store lastbiler med kran."));
    negation(check(said, "Borger har kørt de store lastbiler med kran."));
  }

  @Test
  void whatIsHardIsWhatCannotWellBeDone() {
    // "Tirsdag formiddag er lidt svært" is how a citizen says "kan ikke" politely.
    List<DraftSegment> said =
        transcript(
            "Hvilke dage kan du komme til holdet?",
            "Onsdag er fint. Tirsdag formiddag er lidt svært, der kører jeg min datter i skole.");
    assertEquals(List.of(), check(said, "Borger kan ikke komme tirsdag formiddag."));
    negation(check(said, "Borger kan godt komme tirsdag formiddag."));
  }

  @Test
  void whatIsHardRunsToTheNextAnd() {
    List<DraftSegment> said =
        transcript(
            "Hvordan går det i skolen?",
            "Jeg kan ikke sidde stille ret længe. Men jeg spiller fodbold tre gange om ugen.");
    assertEquals(
        List.of(),
        check(said, "Borger har svært ved at sidde stille og spiller fodbold tre gange om ugen."));
    negation(check(said, "Borger kan sagtens sidde stille i timerne."));
  }

  @Test
  void whatIsToBeDoneDoesNotDenyThatItIsNotDone() {
    // "skal opdateres": not done yet, which is what the note says.
    List<DraftSegment> said =
        transcript(
            "Din profil på Jobnet skal opdateres, så den viser truckkurset og svejsekurset.",
            "Ja, det har jeg glemt.");
    assertEquals(
        List.of(),
        check(said, "Borgers profil på Jobnet er ikke opdateret med truckkurset og svejsekurset."));
  }

  @Test
  void aSecondPredicateAfterAndIsAClauseOfItsOwn() {
    // "og cykler selv": a verb with "selv", "også", "gerne" after it is a predicate of its own;
    // the "not" said of the first is not weighed against what the second shares with the talk.
    List<DraftSegment> said =
        transcript(
            "Hvordan kommer du ud til værkstedet?",
            "Jeg har ikke noget pendlerkort. Jeg cykler, og værkstedet ligger tæt på.");
    negation(check(said, "Borger har pendlerkort og cykler også selv til værkstedet."));
    assertEquals(
        List.of(), check(said, "Borger har ikke pendlerkort og cykler selv ud til værkstedet."));
  }

  @Test
  void aNegationDoesNotCarryAcrossASemicolon() {
    List<DraftSegment> said =
        transcript(
            "Tandlægeregningen kan jeg ikke love dig noget om i dag.",
            "Nej.",
            "Det er noget, du skal ansøge om, og så bliver ansøgningen behandlet for sig.",
            "Okay, så sender jeg en ansøgning.");
    assertEquals(
        List.of(),
        check(said, "Sagsbehandler kunne ikke love noget; det skal ansøges og behandles for sig."));
    negation(check(said, "Borger skal ikke sende en ansøgning."));
  }

  @Test
  void aNotAndAVerbThatSaysNotCancelOut() {
    List<DraftSegment> said =
        transcript(
            "Kurset hos AMU Vest starter den fjerde maj og varer to uger.",
            "Kan jeg ikke lade være med at søge job de to uger, mens jeg er på kurset?",
            "Nej, det kan du ikke. Rådigheden gælder også under kurset.",
            "Okay, det forstår jeg.");
    assertEquals(List.of(), check(said, "Borger skal fortsat søge job under kurset."));
    negation(check(said, "Borger skal ikke søge job under kurset."));
  }

  @Test
  void aWordANotFollowsAfterOgOpensAClauseOfItsOwn() {
    List<DraftSegment> said =
        transcript(
            "Hvad laver du så på arbejdet nu?",
            "Jeg passer telefonen og skriver fakturaer på kontoret. Jeg løfter ikke noget tungt.",
            "Det lyder fornuftigt.",
            "Ja, det har min chef været god til.");
    assertEquals(
        List.of(),
        check(said, "Borger passer telefonen og skriver fakturaer og løfter ikke noget tungt."));
    negation(check(said, "Borger passer telefonen og skriver ikke fakturaer på kontoret."));
  }

  @Test
  void aClauseOfWhetherStatesNothingEitherWay() {
    List<DraftSegment> said =
        transcript(
            "Jeg har talt med din læge om, hvorvidt der skal laves en ny lægeerklæring.",
            "Hvad sagde hun?",
            "Det mener hun ikke, der er brug for. Så vi bestiller ikke en ny lægeerklæring.",
            "Godt.");
    assertEquals(
        List.of(), check(said, "Lægen vurderer, at der ikke er brug for en ny lægeerklæring."));
    negation(check(said, "Lægen vurderer, at der er brug for en ny lægeerklæring."));
  }

  @Test
  void aPhraseOfTimeSaysWhenNotWhat() {
    List<DraftSegment> said =
        transcript(
            "Vi tager samtalen i telefonen i dag, fordi du stadig ikke må køre bil efter"
                + " operationen.",
            "Ja, det er rigtigt. Jeg må først køre igen om en måned.");
    assertEquals(List.of(), check(said, "Samtalen handlede om borgers forløb efter operationen."));
    negation(check(said, "Borger må køre bil igen efter operationen."));
  }

  @Test
  void aNegatingPrefixSaysNotAsIkkeDoes() {
    List<DraftSegment> said =
        transcript(
            "Din kontanthjælp ændrer sig ikke, mens du er i praktik.", "Godt, så ved jeg det.");
    assertEquals(
        List.of(), check(said, "Borgers kontanthjælp er uændret, mens borger er i praktik."));
    negation(check(said, "Borgers kontanthjælp ændres, mens borger er i praktik."));
  }

  @Test
  void stillAndNoLongerContradictEachOther() {
    List<DraftSegment> said =
        transcript(
            "Og hvad med sovepillerne, tager du nogen?",
            "Jeg tager ikke nogen sovepiller mere. Jeg går en tur om aftenen i stedet.");
    assertEquals(
        List.of(), check(said, "Borger tager ikke længere sovepiller og går en tur om aftenen."));
    negation(check(said, "Borger tager fortsat sovepiller om aftenen."));
  }

  @Test
  void aShortAnswerFitsTheSentenceTogetherWithItsQuestion() {
    List<DraftSegment> said =
        transcript(
            "Jeg vil også spørge, om du kunne have brug for en bisidder til lægesamtalen på sygehuset.",
            "Nej. Nej, jeg tror ikke, jeg har brug for det. Min søster kommer med.");
    assertEquals(
        List.of(), check(said, "Borger ønskede ikke en bisidder til lægesamtalen på sygehuset."));
    negation(check(said, "Borger ønskede en bisidder til lægesamtalen på sygehuset."));
  }

  @Test
  void aCompoundSaidAsItsTwoWordsTakesTheirPolarity() {
    List<DraftSegment> said =
        transcript(
            "Hvordan er det gået med fremmødet i butikken?",
            "Godt. Jeg har ikke været syg en eneste dag, siden jeg startede i butikken.");
    assertEquals(List.of(), check(said, "Borger har ikke haft sygedage i butikken."));
    negation(check(said, "Borger har haft enkelte sygedage i butikken."));
  }

  @Test
  void aDecisionIsDeniedOrMadeWhateverItIsAbout() {
    List<DraftSegment> said =
        transcript(
            "Du får løn fra arbejdsgiveren, og så får du et tilskud fra kommunen oveni.",
            "Han skal også have en kørestol på værkstedet.",
            "Det kan I søge om som et hjælpemiddel, men det er ikke noget, vi beslutter i dag.",
            "Okay.");
    assertEquals(
        List.of(), check(said, "Der blev ikke truffet afgørelse om tilskud til en kørestol."));
    negation(check(said, "Der blev truffet afgørelse om tilskud til en kørestol i dag."));
  }

  @Test
  void noDecisionSaysNothingOfWhatItIsAbout() {
    List<DraftSegment> said =
        transcript(
            "Du får løn fra arbejdsgiveren, og så får du et tilskud fra kommunen oveni.",
            "Hvor meget bliver det?",
            "Det regner jeg ud, når kontrakten er på plads.",
            "Okay.");
    assertEquals(List.of(), check(said, "Der blev ikke truffet beslutning om tilskud."));
    negation(check(said, "Borger får ikke tilskud fra kommunen oveni lønnen."));
  }

  @Test
  void whatIsToBeDecidedLaterIsNotDecided() {
    List<DraftSegment> said =
        transcript(
            "Kan kommunen hjælpe med en kontorstol til mig?",
            "Det beslutter vi ikke i dag. En ergoterapeut skal først se på arbejdspladsen, og så"
                + " træffer vi afgørelsen om kontorstolen bagefter.",
            "Okay, det lyder fint.",
            "Afgørelsen om kontorstolen venter, til ergoterapeuten har været der.");
    assertEquals(
        List.of(),
        check(said, "Afgørelsen om kontorstolen træffes, når ergoterapeuten har været der."));
    negation(check(said, "Det blev besluttet, at kommunen betaler kontorstolen."));
  }

  @Test
  void aNoToAQuestionLeavesWhatADefiniteNounNamesThere() {
    List<DraftSegment> said =
        transcript(
            "Er praktikken på lageret blevet forlænget?",
            "Nej, det er den ikke. Den slutter på fredag, og så søger jeg videre.");
    assertEquals(List.of(), check(said, "Praktikken på lageret slutter på fredag."));
    negation(check(said, "Praktikken på lageret er blevet forlænget."));
  }

  @Test
  void notMoreThanIsABoundNotADenial() {
    List<DraftSegment> said =
        transcript(
            "Hvor længe kan du sidde ved et bord, før det gør for ondt?",
            "Jeg kan ikke sidde mere end en halv time ad gangen. Så skal jeg op og gå.");
    assertEquals(List.of(), check(said, "Borger kan højst sidde en halv time ad gangen."));
    negation(check(said, "Borger kan ikke sidde en halv time ad gangen."));
  }

  @Test
  void aNotDeniesWhatIsSaidOfANamedPlaceNotThePlace() {
    List<DraftSegment> said =
        transcript(
            "Hvordan kommer du til bageriet i Rørby?",
            "Der kører jo ingen bus klokken halv fem om morgenen fra Nørre Vang.",
            "Hvad gør du så?",
            "Jeg cykler. Det er ni kilometer.");
    assertEquals(List.of(), check(said, "Borger cykler de ni kilometer fra Nørre Vang til Rørby."));
    negation(check(said, "Der kører en bus fra Nørre Vang klokken halv fem om morgenen."));
  }

  @Test
  void anAdverbHasNoPolarityOfItsOwn() {
    // "allerede", "gerne": what a "not" denies is the verb or noun, not the adverb beside it.
    java.util.Map<String, Boolean> polar =
        Evidence.polarity("Allerede afholdte udgifter dækkes ikke.", w -> true);
    assertEquals(Boolean.TRUE, polar.get(dk.samtalenotat.language.DanishWords.stem("dækkes")));
    assertEquals(
        null, polar.get(dk.samtalenotat.language.DanishWords.stem("allerede")), polar.toString());
  }

  @Test
  void aNegatedCleftDeniesWhatIsSaidOfItsFocusNotTheFocus() {
    List<DraftSegment> said =
        transcript(
            "Er det tømrerfaget, du er træt af, eller er det noget andet?",
            "Det er ikke faget, der er problemet. Jeg kan godt lide at bygge ting.",
            "Var det din mor, der ringede til lægen for dig?",
            "Nej, det var ikke min mor, der ringede til lægen. Det gjorde jeg selv i mandags.");
    assertEquals(List.of(), check(said, "Borger kan godt lide faget og at bygge ting."));
    negation(check(said, "Borgers mor ringede til lægen for borger."));
  }

  @Test
  void aNotDoesNotReachTheReasonForGives() {
    List<DraftSegment> said =
        transcript(
            "Hvordan går det med planen om svejsekurset?",
            "Det koster fire tusind kroner. Kan kommunen betale det?",
            "Jeg kan ikke love dig noget i dag, for jeg skal lige undersøge, om vi kan betale det.",
            "Okay.",
            "Jeg undersøger kurset og ringer til dig på fredag.");
    assertEquals(
        List.of(),
        check(said, "Sagsbehandler lovede intet om betalingen, men undersøger, om kommunen kan."));
    negation(check(said, "Sagsbehandler undersøger ikke, om kommunen kan betale kurset."));
  }

  @Test
  void aNotBeforeEllerDeniesBoth() {
    List<DraftSegment> said =
        transcript(
            "Du kom for sent til mødet i tirsdags?",
            "Ja, bussen kørte ikke.",
            "Det er i orden. Det giver ingen sanktion, og der sker ikke noget med din"
                + " kontanthjælp.",
            "Godt.",
            "Vi skriver det bare i journalen.");
    assertEquals(
        List.of(),
        check(
            said,
            "At borger kom for sent, giver ikke sanktion eller påvirker borgers kontanthjælp."));
  }

  @Test
  void aPromiseNotGivenLeavesWhatWasNotPromisedOpenInTheNoteAsInTheTalk() {
    List<DraftSegment> said =
        transcript(
            "Skolen ligger langt væk. Hvordan kommer du derhen?",
            "Med bussen. Kan jeg få dækket transporten til skolen?",
            "Du kan søge om det, men jeg kan ikke love, at det bliver godkendt.",
            "Okay, så søger jeg.",
            "Jeg sender dig skemaet i dag.");
    assertEquals(
        List.of(),
        check(said, "Sagsbehandler kunne ikke love, at ansøgningen om transport bliver godkendt."));
    negation(check(said, "Sagsbehandler lovede, at ansøgningen om transport bliver godkendt."));
  }

  @Test
  void aNegatingPrefixSaidOfTheSubjectDeniesAsNotDoes() {
    List<DraftSegment> said =
        transcript(
            "Hvor mange timer er du i praktikken nu?",
            "Tolv timer om ugen, og det passer mig fint.",
            "Timetallet ændrer vi ikke, det bliver ved tolv timer.",
            "Godt. Og mødetiden?",
            "Den kan jeg ændre, hvis bussen ændrer køreplan. Så ringer du bare.");
    assertEquals(List.of(), check(said, "Timetallet i praktikken forbliver uændret."));
    assertEquals(List.of(), check(said, "Praktikken fortsætter med uændret timetal."));
    negation(check(said, "Timetallet i praktikken bliver ændret."));
  }

  @Test
  void aNotSaidOfAPronounDeniesWhatThePronounNames() {
    List<DraftSegment> said =
        transcript(
            "Hvordan går det med ansøgningerne?",
            "Jeg har søgt otte stillinger, og de fleste stillinger er inden for logistik.",
            "Har du været til nogen samtaler?",
            "Ja, jeg var til én samtale hos et vognmandsfirma i Ribe, men fik den ikke.",
            "Det var ærgerligt. Vi ser på flere stillinger næste gang.");
    // "fik den ikke": "den" is the job the note names.
    assertEquals(
        List.of(),
        check(
            said,
            "Borger har været til én jobsamtale hos et vognmandsfirma i Ribe, men fik ikke"
                + " stillingen."));
    negation(check(said, "Borger har ikke søgt stillinger inden for logistik."));
  }

  @Test
  void aNotOfAPronounWithAnotherVerbSaysNothingOfTheClause() {
    List<DraftSegment> other =
        transcript(
            "Har du været til nogen samtaler?",
            "Ja, jeg var til én samtale hos et vognmandsfirma i Ribe, men det var ikke så godt.",
            "Så fik jeg stillingen alligevel, jeg starter på mandag.");
    negation(
        check(
            other,
            "Borger har været til én jobsamtale hos et vognmandsfirma i Ribe, men fik ikke"
                + " stillingen."));
  }

  @Test
  void whatIsDoneAfterwardsIsNotDeniedByWhatWasNotDoneToday() {
    List<DraftSegment> said =
        transcript(
            "Hvad sker der så på mødet i teamet?",
            "Teamet kommer med en indstilling, og bagefter træffer kommunen afgørelsen.",
            "Så der bliver ikke besluttet noget i dag?",
            "Nej, og der bliver ikke truffet nogen afgørelse i dag.",
            "Okay, det forstår jeg.");
    assertEquals(
        List.of(),
        check(
            said,
            "Teamet afgiver en indstilling, hvorefter kommunen træffer afgørelse, og der blev"
                + " ikke truffet afgørelse ved samtalen."));
    negation(check(said, "Der blev truffet afgørelse ved samtalen."));
  }

  @Test
  void aVerbInThePresentAfterOgIsAPredicateOfItsOwnAfterANoThanks() {
    List<DraftSegment> said =
        transcript(
            "Vi har også en mentorordning. Er det noget for dig?",
            "Nej tak, jeg har ikke brug for en mentor. Jeg fortsætter hos fysioterapeuten om"
                + " tirsdagen, det hjælper.",
            "Det er fint.");
    // "nej tak til" declines the mentor, not the physiotherapy that "og fortsætter hos" goes on
    // with.
    assertEquals(
        List.of(),
        check(said, "Borger sagde nej tak til en mentor og fortsætter hos fysioterapeuten."));
    negation(check(said, "Borger sagde ja tak til en mentor og fortsætter hos fysioterapeuten."));
  }

  /** "Den mangler dine timer i køkkenet": "mangler" says "står ikke noget om" with its object. */
  @Test
  void whatADocumentLacksIsWhatItSaysNothingOf() {
    List<DraftSegment> said =
        transcript(
            "Jeg har læst din ansøgning til Havnens Kantine. Den mangler dine timer i køkkenet på"
                + " plejehjemmet.",
            "Det er rigtigt, dem kom jeg ikke i tanke om.");
    assertEquals(
        List.of(),
        check(
            said,
            "Der står ikke noget i ansøgningen om borgers timer i køkkenet på plejehjemmet."));
    negation(check(said, "Borgers timer i køkkenet på plejehjemmet står i ansøgningen."));
  }

  /**
   * "Der mangler, at du har ..., og at du har ...": a "mangler" ending its clause denies its
   * at-clauses.
   */
  @Test
  void whatIsMissingIsWhatTheAtClausesAfterManglerSay() {
    List<DraftSegment> said =
        transcript(
            "Jobbet som livredder på campingpladsen kan du godt søge. Men der mangler, at du har et"
                + " bassinprøvebevis, og at du har taget et førstehjælpskursus.",
            "Okay, så må jeg se at få det ordnet.");
    assertEquals(List.of(), check(said, "Borger har ikke et bassinprøvebevis."));
    assertEquals(List.of(), check(said, "Borger har ikke taget et førstehjælpskursus."));
    negation(check(said, "Borger har taget et førstehjælpskursus."));
  }

  /**
   * "... fordi lægeerklæringen manglede": a "mangler" last in its clause denies its subject, before
   * it; "den manglende lægeerklæring" names what is missing and says it neither way, whether the
   * sentence says why it is missing or what is to be done with it.
   */
  @Test
  void whatIsMissingIsTheSubjectOfAManglerEndingItsClause() {
    List<DraftSegment> said =
        transcript(
            "Vi har ikke fået lægeerklæringen fra din egen læge endnu, så sagen står stille.",
            "Nej, han er på ferie til uge otte. Jeg sender den, så snart jeg har den.");
    assertEquals(
        List.of(),
        check(said, "Sagen står stille, fordi lægeerklæringen fra borgers egen læge manglede."));
    assertEquals(
        List.of(),
        check(said, "Lægeerklæringen fra borgers egen læge manglede endnu, så sagen står stille."));
    assertEquals(
        List.of(),
        check(
            said, "Den manglende lægeerklæring fra borgers egen læge gør, at sagen står stille."));
    assertEquals(
        List.of(),
        check(said, "Borger sender den manglende lægeerklæring fra sin egen læge efter uge otte."));
    negation(check(said, "Lægeerklæringen fra borgers egen læge er modtaget."));
  }

  /** "Jeg hviler dårligt om natten på grund af ...": the verb negated; "et dårligt knæ" as said. */
  @Test
  void aVerbDonePoorlyIsTheVerbNegated() {
    List<DraftSegment> said =
        transcript(
            "Er der noget med dit helbred, som de skal vide på lageret?",
            "Jeg hviler dårligt om natten på grund af smerterne i skulderen. Og så har jeg et"
                + " dårligt knæ fra håndbolden.");
    assertEquals(List.of(), check(said, "Borger hviler ikke godt om natten."));
    assertEquals(List.of(), check(said, "Borger har et dårligt knæ fra håndbolden."));
    negation(check(said, "Borger hviler godt om natten."));
  }

  /**
   * "Det kan din svoger ikke blive ved med, du skal selv ...": "kan ikke" does not reach a main
   * clause of its own.
   */
  @Test
  void aNotWithKanReachesOnlyAnAtClause() {
    List<DraftSegment> said =
        transcript(
            "Hvordan kommer du ud til gartneriet i Vester Hede?",
            "Min svoger kører mig derud hver morgen i sin varevogn.",
            "Det kan din svoger ikke blive ved med, du skal selv tage bussen fra Torvet.",
            "Ja, det ved jeg godt.");
    assertEquals(
        List.of(), check(said, "Borger skal selv tage bussen fra Torvet ud til gartneriet."));
    negation(check(said, "Borger skal ikke selv tage bussen fra Torvet ud til gartneriet."));
  }

  /** "..., og det kan jeg overhovedet ikke": "det" and an auxiliary deny the clauses before. */
  @Test
  void anAuxiliaryWithDetAndANotDeniesTheClausesBefore() {
    List<DraftSegment> said =
        transcript(
            "Hvad kræver de i bageriet på Søndergade?",
            "Man skal kunne stå ved ovnen hele natten og løfte melsække, og det kan jeg"
                + " overhovedet ikke. Min skulder er for dårlig.");
    assertEquals(List.of(), check(said, "Borger kan ikke løfte melsække i bageriet."));
    negation(check(said, "Borger kan godt løfte melsække i bageriet."));
  }

  /**
   * "Og det har jeg ikke." after what is wanted: the sentence before is what the speaker has not.
   */
  @Test
  void aSentenceOfDetAndAnAuxiliaryDeniesTheSentenceBeforeAsSupportOnly() {
    List<DraftSegment> said =
        transcript(
            "Hvad siger de hos vognmanden i Tarp om jobbet?",
            "De skal bruge en med truckcertifikat. Og det har jeg ikke.");
    assertEquals(List.of(), check(said, "Borger har ikke truckcertifikat."));
    // Read widely, the denial only supports: it does not contradict what the sentence before says.
    assertEquals(
        List.of(), check(said, "Vognmanden i Tarp skal bruge en chauffør med truckcertifikat."));
  }

  /**
   * "..., så den ikke overlapper med ...": the aim of a plan is not checked, a consequence of a
   * fact is.
   */
  @Test
  void aClauseOfWhatIsToBeAvoidedAfterAPlanIsAnAim() {
    List<DraftSegment> said =
        transcript(
            "Praktikken i Netto skal ligge om eftermiddagen.",
            "Godt, for om formiddagen har jeg holdtræning i svømmehallen.",
            "Og hvordan går det med håndleddet?",
            "Jeg har ondt i håndleddet, men jeg kan godt arbejde ved kassen.");
    assertEquals(
        List.of(),
        check(
            said,
            "Praktikken i Netto skal ligge om eftermiddagen, så den ikke overlapper med"
                + " holdtræningen i svømmehallen."));
    negation(check(said, "Borger har ondt i håndleddet, så han ikke kan arbejde ved kassen."));
  }

  /**
   * "..., og jeg træffer ikke nogen afgørelse i dag. Er det rigtigt?" "Ja": the yes keeps the
   * "not".
   */
  @Test
  void aYesToAShortQuestionAfterAReadBackKeepsItsNot() {
    List<DraftSegment> said =
        transcript(
            "Så du søger selv om tilskud til de nye briller hos Synoptik, og jeg træffer ikke"
                + " nogen afgørelse om tilskuddet i dag. Er det rigtigt?",
            "Ja.");
    assertEquals(
        List.of(), check(said, "Sagsbehandler traf ingen afgørelse om tilskuddet til briller."));
    negation(check(said, "Sagsbehandler traf afgørelse om tilskuddet til briller."));
  }

  /**
   * "Du nævnte et kursus i bogføring?" "Ja, men det er ikke noget, jeg har fundet": the yes asserts
   * the mention only.
   */
  @Test
  void aYesToWhetherSomethingWasMentionedDoesNotAssertIt() {
    List<DraftSegment> said =
        transcript(
            "Du nævnte et kursus i bogføring?",
            "Ja, det kunne jeg godt tænke mig, men det er ikke noget, jeg har fundet endnu.");
    assertEquals(List.of(), check(said, "Borger har endnu ikke fundet et kursus i bogføring."));
    negation(check(said, "Borger har fundet et kursus i bogføring."));
  }

  /** "Det er svejsecertifikatet, det handler om.": naming a topic says nothing of it. */
  @Test
  void aSentenceThatNamesTheTopicSaysNothingOfIt() {
    List<DraftSegment> said =
        transcript(
            "Hvad er det, der står i vejen for jobbet på skibsværftet?",
            "Det er svejsecertifikatet, det handler om. Jeg fik aldrig fornyet det sidste år.");
    assertEquals(List.of(), check(said, "Borger har ikke et gyldigt svejsecertifikat."));
  }

  /** "De vil gerne have, at man har kranbevis": a wish asserts nothing of who has one. */
  @Test
  void whatSomeoneWishesIsNotAsserted() {
    List<DraftSegment> said =
        transcript(
            "Hvad siger de hos Dalgas Vognmandsforretning?",
            "De vil gerne have, at man har kranbevis. Jeg skal tage det til foråret.");
    assertEquals(List.of(), check(said, "Borger har ikke kranbevis."));
  }
}
