package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The note's header as a caseworker pastes it (title, participants with their roles) and a company
 * named with another company form than the one said.
 */
class HeaderAndCompanyCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 9, 8);

  /** Speaker label, then what was said. */
  private static final String[][] SAID = {
    {
      "Sagsbehandler",
      "Velkommen, Ida Holt. Med os er Karim Nasser, som tolker, og Ole Brink fra Bageriet Solsiden"
          + " ApS."
    },
    {
      "Tolk",
      "Hun siger tak, og hun vil gerne starte i praktik hos Bageriet Solsiden så hurtigt som muligt."
    },
    {"Arbejdsgiver", "Hos os på Solsiden starter vi klokken seks. Ida Holt er velkommen mandag."},
    {"Sagsbehandler", "Godt, så aftaler vi det. Min kollega Ida Holt Madsen har ikke sagen mere."}
  };

  private static final List<DraftParticipant> PEOPLE =
      List.of(
          new DraftParticipant("Ida Holt", ParticipantRole.BORGER),
          new DraftParticipant("Karim Nasser", ParticipantRole.TOLK),
          new DraftParticipant("Ole Brink", ParticipantRole.ARBEJDSGIVER),
          new DraftParticipant("Sanne Lund", ParticipantRole.SAGSBEHANDLER));

  private static List<DraftSegment> transcript() {
    return Transcripts.of(
        SAID,
        label ->
            label.equals("Tolk") ? ParticipantRole.TOLK : Transcripts.roles(null).apply(label));
  }

  private static List<FactFlag> check(String... lines) {
    List<DraftSentence> note =
        java.util.Arrays.stream(lines)
            .map(l -> new DraftSentence(NoteSection.FORMAAL, l, List.of()))
            .toList();
    return UnsupportedFactCheck.check(note, new FactCheckContext(transcript(), DAY, PEOPLE));
  }

  @Test
  void theTitleNamesTheConversationAndItsPeopleWithoutSayingAnythingAboutThem() {
    assertEquals(List.of(), check("Titel: Rundbordsmøde – Ida Holt"));
    // A person nobody named is still a wrong name in the title.
    assertEquals(
        List.of(FactKind.NAME),
        check("Titel: Virksomhedspraktik – Ida Kristiansen").stream().map(FactFlag::kind).toList());
  }

  @Test
  void theParticipantsLineKeepsTheInterpreterAnInterpreter() {
    String line =
        "Deltagere: Ida Holt (borger), Karim Nasser (tolk, arabisk), Ole Brink (arbejdsgiver) og"
            + " Sanne Lund (sagsbehandler).";
    assertEquals(List.of(), check(line));
    List<FactFlag> swapped = check(line.replace("Ida Holt (borger)", "Ida Holt (sagsbehandler)"));
    assertEquals(List.of(FactKind.PARTICIPANTS), swapped.stream().map(FactFlag::kind).toList());
  }

  @Test
  void aParticipantRegisteredByTheFirstNameMayBeListedWithTheSurnameSaid() {
    String[][] said = {
      {"Sagsbehandler", "Godmorgen, er det Henrik Bach? Kom bare indenfor."},
      {"Borger", "Ja, det er mig. Tak."}
    };
    List<DraftParticipant> people =
        List.of(
            new DraftParticipant("Henrik", ParticipantRole.BORGER),
            new DraftParticipant("Sanne Lund", ParticipantRole.SAGSBEHANDLER));
    List<DraftSegment> t = Transcripts.of(said, Transcripts.roles(null));
    java.util.function.Function<String, List<FactKind>> kinds =
        line ->
            UnsupportedFactCheck.check(
                    List.of(new DraftSentence(NoteSection.FORMAAL, line, List.of())),
                    new FactCheckContext(t, DAY, people))
                .stream()
                .map(FactFlag::kind)
                .toList();
    assertEquals(
        List.of(), kinds.apply("Deltagere: Borger Henrik Bach og sagsbehandler Sanne Lund."));
    // A surname nobody said is no name of the registered participant.
    assertEquals(
        List.of(FactKind.PARTICIPANTS, FactKind.PARTICIPANTS),
        kinds.apply("Deltagere: Borger Henrik Bertelsen og sagsbehandler Sanne Lund."));
  }

  @Test
  void theParticipantsLinesWorkplacesAreNamesAsInTheBody() {
    // The caseworker's own municipality is nobody's to say.
    String line =
        "Deltagere: Ida Holt (borger), Karim Nasser (tolk), Ole Brink (arbejdsgiver, Bageriet"
            + " Solsiden ApS) og Sanne Lund (sagsbehandler, Jobafdelingen, Lindholm Kommune).";
    assertEquals(List.of(), check(line));
    List<FactFlag> form = check(line.replace("Solsiden ApS", "Solsiden A/S"));
    assertEquals(List.of(FactKind.ORGANISATION), form.stream().map(FactFlag::kind).toList());
    assertEquals("Bageriet Solsiden ApS", form.get(0).transcriptValue());
    List<FactFlag> other = check(line.replace("Bageriet Solsiden ApS", "Malerfirmaet Kvist ApS"));
    assertEquals(List.of(FactKind.ORGANISATION), other.stream().map(FactFlag::kind).toList());
  }

  /** "arbejdsgiver Ole Brink fra Bageriet Solsiden ApS": the workplace after the person. */
  @Test
  void theParticipantsLinesWorkplaceAfterThePersonIsANameAsInTheBody() {
    String line =
        "Deltagere: Ida Holt (borger), Karim Nasser (tolk), arbejdsgiver Ole Brink fra Bageriet"
            + " Solsiden ApS og Sanne Lund (sagsbehandler).";
    assertEquals(List.of(), check(line));
    List<FactFlag> other = check(line.replace("Bageriet Solsiden", "Bageriet Solvangen"));
    assertEquals(List.of(FactKind.ORGANISATION), other.stream().map(FactFlag::kind).toList());
  }

  @Test
  void aCompanyWithAnotherFormThanTheOneSaidIsFlaggedWithTheFormSaid() {
    assertEquals(List.of(), check("Borger starter i praktik hos Bageriet Solsiden ApS mandag."));
    assertEquals(List.of(), check("Borger starter i praktik hos Bageriet Solsiden mandag."));
    List<FactFlag> flags = check("Borger starter i praktik hos Bageriet Solsiden A/S mandag.");
    assertEquals(1, flags.size(), flags.toString());
    assertEquals(FactKind.ORGANISATION, flags.get(0).kind());
    assertEquals("Bageriet Solsiden ApS", flags.get(0).transcriptValue());
  }
}
