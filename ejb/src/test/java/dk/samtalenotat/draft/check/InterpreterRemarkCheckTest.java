package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftSegment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An interpreter's remark of their own is not the citizen's (invented sentences). */
class InterpreterRemarkCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 9);

  private static final String[][] SAID = {
    {"Sagsbehandler", "Hvordan går det med din søn?"},
    {"Tolk", "Han går i børnehave nu, og han er glad for det."},
    {
      "Tolk",
      "Tolken vil lige tilføje for egen regning: Det ord, hun bruger, kan betyde både børnehave"
          + " og dagpleje. Det er måske godt at spørge igen."
    },
    {"Sagsbehandler", "Tak, så spørger jeg lige en gang til."}
  };

  private static List<FactKind> check(String sentence) {
    List<DraftSegment> transcript =
        Transcripts.of(
            SAID,
            label ->
                label.equals("Tolk")
                    ? ParticipantRole.TOLK
                    : Transcripts.roles(ParticipantRole.ANDEN).apply(label));
    return Transcripts.kinds(sentence, transcript, DAY);
  }

  @Test
  void theInterpretersOwnRemarkIsTheInterpreters() {
    assertEquals(
        List.of(),
        check(
            "Tolken oplyste for egen regning, at borgers ord kan betyde både børnehave og"
                + " dagpleje."));
    assertEquals(
        List.of(FactKind.ATTRIBUTION),
        check("Borger oplyste, at hendes ord kan betyde både børnehave og dagpleje."));
    assertEquals(
        List.of(FactKind.ATTRIBUTION),
        check("Borger gjorde opmærksom på, at hendes ord kan betyde både børnehave og dagpleje."));
  }

  @Test
  void anInterpreterWhoNamesThemselfOrSaysWhatAWordMeansRemarks() {
    String[][] said = {
      {"Sagsbehandler", "Hvad lavede du, før du kom til Danmark?"},
      {"Tolk", "Jeg var tømrer i Asmara. Jeg havde mit eget – øh –"},
      {
        "Tolk",
        "Undskyld, tolken her. Han bruger et ord, der på tigrinya både kan betyde lager og butik."
      },
      {"Sagsbehandler", "Tak. Spørg ham gerne, hvad han mener."}
    };
    List<DraftSegment> transcript =
        Transcripts.of(
            Transcripts.withTheRestOfATalk(said),
            label ->
                label.equals("Tolk")
                    ? ParticipantRole.TOLK
                    : Transcripts.roles(ParticipantRole.ANDEN).apply(label));
    assertEquals(
        List.of(),
        Transcripts.kinds(
            "Tolken gjorde opmærksom på, at borgers ord både kan betyde lager og butik.",
            transcript,
            DAY));
    assertEquals(
        List.of(FactKind.ATTRIBUTION),
        Transcripts.kinds(
            "Borger gjorde selv opmærksom på, at hans ord både kan betyde lager og butik.",
            transcript,
            DAY));
  }

  @Test
  void whatTheInterpreterSaysForTheCitizenIsStillTheCitizens() {
    assertEquals(List.of(), check("Borger oplyste via tolk, at sønnen går i børnehave."));
  }

  @Test
  void aRemarkAnnouncedInOneSegmentAndMarkedAfterwardsIsTheInterpretersToo() {
    String[][] said = {
      {"Sagsbehandler", "Hvordan har du det med at starte i praktikken på tømrerværkstedet?"},
      {"Tolk", "Han siger, det er fint. Han vil gerne bruge sine hænder igen."},
      {"Tolk", "Må jeg lige sige noget fra mig selv? Det er ikke noget, han har sagt."},
      {
        "Tolk",
        "Jeg tror, han er bange for maskinerne på værkstedet. Men det er min egen vurdering."
      },
      {"Sagsbehandler", "Tak. Det spørger jeg ham selv om."}
    };
    List<DraftSegment> transcript =
        Transcripts.of(
            said,
            label ->
                label.equals("Tolk")
                    ? ParticipantRole.TOLK
                    : Transcripts.roles(ParticipantRole.ANDEN).apply(label));
    assertEquals(
        List.of(FactKind.ATTRIBUTION),
        Transcripts.kinds(
            "Borger oplyste, at han er bange for maskinerne på værkstedet.", transcript, DAY));
    assertEquals(
        List.of(),
        Transcripts.kinds(
            "Borger oplyste via tolk, at han gerne vil bruge sine hænder igen.", transcript, DAY));
  }
}
