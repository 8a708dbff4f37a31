package dk.samtalenotat.draft.check;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The invented transcripts of the check's tests, and one sentence checked against one. */
final class Transcripts {

  private Transcripts() {}

  /**
   * One segment per row, 4 s apart and 3.5 s long: {speaker's label, text} in Danish, or {label,
   * language, text}; the role by the label.
   */
  static List<DraftSegment> of(String[][] said, Function<String, ParticipantRole> roleOf) {
    List<DraftSegment> segments = new ArrayList<>();
    for (int i = 0; i < said.length; i++) {
      String[] row = said[i];
      segments.add(
          new DraftSegment(
              i + 1,
              i * 4000L,
              i * 4000L + 3500,
              row[0],
              roleOf.apply(row[0]),
              row.length > 2 ? row[1] : "da",
              row[row.length - 1]));
    }
    return segments;
  }

  /**
   * The rows followed by a conversation's ordinary rest, about other things (transport, hours,
   * health, the next meeting), so that the words of the rows are as rare as in a whole conversation
   * and weigh as they would there.
   */
  static String[][] withTheRestOfATalk(String[][] said) {
    String[][] rest = {
      {"Sagsbehandler", "Hvordan kommer du frem om morgenen?"},
      {"Borger", "Jeg tager bussen fra Østerbyen. Den kører hver halve time."},
      {"Sagsbehandler", "Har du arbejdstøj og sikkerhedssko?"},
      {"Borger", "Nej, det har jeg ikke endnu."},
      {"Sagsbehandler", "Det sørger stedet for. Du møder ind klokken syv."},
      {"Borger", "Klokken syv er fint. Min kone afleverer vores datter i vuggestuen."},
      {"Sagsbehandler", "Hvordan går det med danskundervisningen på sprogcentret?"},
      {"Borger", "Det går fint. Jeg går på modul tre mandag og onsdag om formiddagen."},
      {"Sagsbehandler", "Har du nogen helbredsmæssige ting, vi skal tage hensyn til?"},
      {"Borger", "Nej, jeg har det godt. Ryggen er bedre nu."},
      {"Sagsbehandler", "Godt. Vi ses igen om en måned og ser på, hvordan det går."},
      {"Borger", "Ja, tak for i dag."}
    };
    String[][] all = java.util.Arrays.copyOf(said, said.length + rest.length);
    System.arraycopy(rest, 0, all, said.length, rest.length);
    return all;
  }

  /** The caseworker, the citizen and the employer by their labels, anyone else as given. */
  static Function<String, ParticipantRole> roles(ParticipantRole otherwise) {
    return label ->
        switch (label) {
          case "Sagsbehandler" -> ParticipantRole.SAGSBEHANDLER;
          case "Borger" -> ParticipantRole.BORGER;
          case "Arbejdsgiver" -> ParticipantRole.ARBEJDSGIVER;
          default -> otherwise;
        };
  }

  /**
   * The kinds of flag on one sentence against the rows followed by a conversation's ordinary rest
   * ({@link #withTheRestOfATalk}); an unnamed label is an interpreter's.
   */
  static List<FactKind> kindsInATalk(String[][] said, String sentence, LocalDate day) {
    return flagsInATalk(said, sentence, day).stream().map(FactFlag::kind).distinct().toList();
  }

  /**
   * The flags on one sentence against the rows and a conversation's rest, as {@link #kindsInATalk}.
   */
  static List<FactFlag> flagsInATalk(String[][] said, String sentence, LocalDate day) {
    return check(sentence, of(withTheRestOfATalk(said), roles(ParticipantRole.TOLK)), day);
  }

  /** The kinds of flag on one sentence under "Drøftet og vurderet", each once, in order. */
  static List<FactKind> kinds(String sentence, List<DraftSegment> transcript, LocalDate day) {
    return check(sentence, transcript, day).stream().map(FactFlag::kind).distinct().toList();
  }

  /** The flags on one sentence under "Drøftet og vurderet", without citations. */
  static List<FactFlag> check(String sentence, List<DraftSegment> transcript, LocalDate day) {
    return UnsupportedFactCheck.check(
        List.of(new DraftSentence(NoteSection.DROEFTET, sentence, List.of())), transcript, day);
  }
}
