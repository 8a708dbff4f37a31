package dk.samtalenotat.draft.offline;

import dk.samtalenotat.conversation.ParticipantRole;
import java.util.Locale;
import java.util.Map;

/**
 * Who spoke, as the note names them: "Sagsbehandler", "Borger", and the other parties by their role
 * in the definite form ("a-kassen", "arbejdsgiveren", "virksomhedskonsulenten"), read from the
 * registered role or, for a role the registration has no word for, from the speaker label.
 *
 * @param noun how the note names the party inside a sentence, lower case
 * @param group what the party's "vi" means: its organisation ("a-kassen") or, for a person at the
 *     citizen's side, the two of them
 */
record Party(Kind kind, ParticipantRole role, String noun, String group) {

  enum Kind {
    CASEWORKER,
    CITIZEN,
    INTERPRETER,
    OTHER
  }

  static final Party CASEWORKER =
      new Party(Kind.CASEWORKER, ParticipantRole.SAGSBEHANDLER, "sagsbehandler", "kommunen");
  static final Party CITIZEN = new Party(Kind.CITIZEN, ParticipantRole.BORGER, "borger", null);
  static final Party UNKNOWN = new Party(Kind.OTHER, null, "en deltager", "deltageren");

  /** Role words a transcript labels speakers with, beyond the registered roles. */
  private static final Map<String, String> LABEL_NOUNS =
      Map.ofEntries(
          Map.entry("a-kasse", "a-kassen"),
          Map.entry("akasse", "a-kassen"),
          Map.entry("arbejdsgiver", "arbejdsgiveren"),
          Map.entry("mentor", "mentor"),
          Map.entry("bisidder", "bisidderen"),
          Map.entry("tolk", "tolken"),
          Map.entry("læge", "lægen"),
          Map.entry("partner", "ægtefællen"),
          Map.entry("ægtefælle", "ægtefællen"),
          Map.entry("ægtefælle/partner", "ægtefællen"),
          Map.entry("kæreste", "kæresten"),
          Map.entry("virksomhedskonsulent", "virksomhedskonsulenten"),
          Map.entry("sundhedskoordinator", "sundhedskoordinatoren"),
          Map.entry("jobkonsulent", "jobkonsulenten"),
          Map.entry("socialrådgiver", "socialrådgiveren"),
          Map.entry("psykolog", "psykologen"),
          Map.entry("fysioterapeut", "fysioterapeuten"),
          Map.entry("forælder", "forælderen"),
          Map.entry("mor", "borgers mor"),
          Map.entry("far", "borgers far"));

  /**
   * The municipality's own people beside the caseworker: their "vi" is the municipality ("før vi
   * starter en praktik"), as the caseworker's is, not the person alone.
   */
  private static final java.util.Set<String> MUNICIPAL =
      java.util.Set.of(
          "sundhedskoordinatoren", "virksomhedskonsulenten", "jobkonsulenten", "socialrådgiveren");

  /** How the note names the parties inside a sentence ("borger", "kommunen", "a-kassen"). */
  private static final java.util.Set<String> NOUNS = nouns();

  private static java.util.Set<String> nouns() {
    java.util.Set<String> nouns = new java.util.HashSet<>(LABEL_NOUNS.values());
    nouns.addAll(java.util.List.of(CASEWORKER.noun(), CASEWORKER.group(), CITIZEN.noun()));
    return java.util.Set.copyOf(nouns);
  }

  /** Whether a word is how the note names a party inside a sentence. */
  static boolean isNoun(String word) {
    return NOUNS.contains(word);
  }

  /** The party behind a speaker: by the role the label was matched to, else by the label. */
  static Party of(ParticipantRole role, String label) {
    if (role == ParticipantRole.SAGSBEHANDLER) {
      return CASEWORKER;
    }
    if (role == ParticipantRole.BORGER) {
      return CITIZEN;
    }
    if (role == ParticipantRole.TOLK) {
      return new Party(Kind.INTERPRETER, role, "tolken", "tolken");
    }
    String byLabel = label == null ? null : LABEL_NOUNS.get(label.strip().toLowerCase(Locale.ROOT));
    if (role == null && byLabel == null) {
      if (label != null && label.strip().equalsIgnoreCase("sagsbehandler")) {
        return CASEWORKER;
      }
      if (label != null && label.strip().equalsIgnoreCase("borger")) {
        return CITIZEN;
      }
      if (label != null && label.strip().equalsIgnoreCase("tolk")) {
        return new Party(Kind.INTERPRETER, ParticipantRole.TOLK, "tolken", "tolken");
      }
      return label == null || label.isBlank()
          ? UNKNOWN
          : new Party(Kind.OTHER, null, label.strip(), label.strip());
    }
    String noun =
        byLabel != null
            ? byLabel
            : switch (role) {
              case A_KASSE -> "a-kassen";
              case ARBEJDSGIVER -> "arbejdsgiveren";
              case MENTOR -> "mentor";
              case BISIDDER -> "bisidderen";
              case LAEGE -> "lægen";
              default -> label == null || label.isBlank() ? "en deltager" : label.strip();
            };
    boolean atCitizensSide =
        role == ParticipantRole.MENTOR
            || role == ParticipantRole.BISIDDER
            || noun.equals("ægtefællen")
            || noun.equals("kæresten")
            || noun.startsWith("borgers ");
    return new Party(
        Kind.OTHER,
        role,
        noun,
        atCitizensSide ? noun + " og borger" : MUNICIPAL.contains(noun) ? "kommunen" : noun);
  }

  boolean isCitizen() {
    return kind == Kind.CITIZEN;
  }

  boolean isCaseworker() {
    return kind == Kind.CASEWORKER;
  }

  boolean isInterpreter() {
    return kind == Kind.INTERPRETER;
  }

  /** The party's name at the start of a sentence. */
  String subject() {
    return Clauses.upperFirst(noun);
  }

  /** The possessive form inside a sentence: "borgers", "a-kassens". */
  String possessive() {
    if (noun.endsWith("s")) {
      return noun + "'";
    }
    return noun + "s";
  }
}
