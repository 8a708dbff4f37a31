package dk.samtalenotat.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves a sentence from the speaker's point of view into the note's third person. The citizen's
 * "jeg" is the citizen (by pronoun where the conversation shows it, else "borger"), the
 * caseworker's "du" is the citizen (or the party the caseworker addressed by name), and within a
 * clause whose subject is that person "mig" and "min" become reflexive "sig" and "sin/sit/sine". A
 * "vi" or "I" that cannot be pinned to anyone marks the sentence unresolved: the note does not
 * guess who did something.
 */
final class Perspective {

  /** The result: the sentence in third person, and whether every pronoun was resolved. */
  record Rewritten(
      String text, boolean resolved, boolean speakerIsSubject, boolean citizenIsSubject) {}

  /** How the note refers to a person: subject, object, possessive. */
  record Reference(String subject, String object, String possessive) {
    static Reference of(Party p) {
      return new Reference(p.noun(), p.noun(), p.possessive());
    }
  }

  private static final java.util.regex.Pattern NOT_LETTER =
      java.util.regex.Pattern.compile("[^\\p{L}]");

  private static final Set<String> CLAUSE_OPENERS =
      Set.of(
          "og", "men", "at", "fordi", "når", "hvis", "så", "der", "som", "hvor", "da", "mens",
          "selvom", "om", "hvad", "før", "inden", "end", "eller", "for", "indtil");

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\d'’½.\\-/]+|[^\\p{L}\\d'’½]+");

  private final Reference citizen;
  private final Names names;
  private final String groupOfYou;

  /**
   * @param citizen how the note refers to the citizen
   * @param names the registered participants' names, for vocatives and "borger" for the citizen's
   * @param groupOfYou what a caseworker's plural "I" means (citizen and the one other party at the
   *     citizen's side), or null when it cannot be known
   */
  Perspective(Reference citizen, Names names, String groupOfYou) {
    this.citizen = citizen;
    this.names = names;
    this.groupOfYou = groupOfYou;
  }

  Reference citizen() {
    return citizen;
  }

  /**
   * The sentence in the third person.
   *
   * @param speaker who said it
   * @param voice whose first person it is: the speaker, or the citizen when an interpreter renders
   *     the citizen's words
   * @param addressee who "du" is
   */
  private static final Pattern THE_TWO_OF_US =
      Pattern.compile(
          "(?<![\\p{L}])(?:vi|os)\\s+(?:to|2)(?![\\p{L}\\d])(?![.,]\\d)", Pattern.CASE_INSENSITIVE);

  Rewritten rewrite(String sentence, Party speaker, Party voice, Party addressee) {
    String text = names.withoutVocatives(sentence);
    if (speaker.isCaseworker() && addressee.isCitizen()
        || voice.isCitizen() && addressee.isCaseworker()) {
      // "Det er kun os to", "vi to aftaler": the two in the room, not the municipality.
      text = THE_TWO_OF_US.matcher(text).replaceAll("sagsbehandler og borger");
    }
    text = names.citizenAsBorger(text, citizen);
    text = names.othersByRole(text);
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Reference self = voice.isCitizen() ? citizen : Reference.of(voice);
    // Another speaker's "du" is written "borger": "Sagsbehandler oplyste, at han ..." could be read
    // as the caseworker.
    Reference you = Reference.of(addressee);
    boolean resolved = true;
    boolean speakerSubject = false;
    boolean citizenSubject = false;
    String clauseSubject = null;
    boolean clauseStart = true;
    int wordInClause = 0;
    boolean firstClause = true;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (!Character.isLetterOrDigit(t.charAt(0))) {
        if (t.contains(",") || t.contains(":") || t.contains(";") || t.contains(".")) {
          clauseStart = true;
          clauseSubject = null;
          wordInClause = 0;
          firstClause = firstClause && !t.contains(",");
        }
        continue;
      }
      String lower = t.toLowerCase(Locale.ROOT);
      boolean coordination =
          (lower.equals("og") || lower.equals("eller")) && !opensClause(nextWord(tokens, i));
      // "at arbejde med mine hænder": an infinitive keeps the subject of its clause.
      boolean infinitive = lower.equals("at") && !opensClause(nextWord(tokens, i));
      if (CLAUSE_OPENERS.contains(lower) && wordInClause > 0 && !coordination && !infinitive) {
        clauseStart = true;
        clauseSubject = null;
        wordInClause = 0;
        firstClause = false;
      }
      wordInClause++;
      boolean preposition = lower.equals("i") && !(t.equals("I") && i > 0);
      if (clauseSubject != null
          && (clauseSubject.equals("det")
              || clauseSubject.equals("den")
              || clauseSubject.equals("der"))
          && wordInClause <= 4
          && (lower.equals("jeg") || lower.equals("du"))
          && Clauses.isFiniteVerb(previousWord(tokens, i))) {
        clauseSubject = lower; // "det skriver jeg ind i min kalender": the subject after the verb
      }
      if (clauseSubject == null
          && wordInClause <= 4
          && !preposition
          && Clauses.SUBJECT_PRONOUNS.contains(lower)) {
        clauseSubject = lower;
        if (firstClause && lower.equals("jeg")) {
          speakerSubject = true;
        }
        if (firstClause
            && (lower.equals("jeg") && voice.isCitizen()
                || lower.equals("du") && addressee.isCitizen())) {
          citizenSubject = true;
        }
      }
      String replacement =
          switch (lower) {
            case "jeg" -> self.subject();
            case "mig" -> "jeg".equals(clauseSubject) ? "sig" : self.object();
            case "min" -> "jeg".equals(clauseSubject) ? "sin" : self.possessive();
            case "mit" -> "jeg".equals(clauseSubject) ? "sit" : self.possessive();
            case "mine" -> "jeg".equals(clauseSubject) ? "sine" : self.possessive();
            case "du" -> you.subject();
            case "dig" -> "du".equals(clauseSubject) ? "sig" : you.object();
            case "din" -> "du".equals(clauseSubject) ? "sin" : you.possessive();
            case "dit" -> "du".equals(clauseSubject) ? "sit" : you.possessive();
            case "dine" -> "du".equals(clauseSubject) ? "sine" : you.possessive();
            default -> null;
          };
      String following = nextWord(tokens, i);
      boolean pluralYou =
          t.equals("I")
              && (i > 0
                  || following != null
                      && (Clauses.isFiniteVerb(following)
                          // "I gerne vil have flere timer": the clause of a question "du har
                          // skrevet, at I gerne vil ...", its adverb before the verb.
                          || Clauses.SENTENCE_ADVERBS.contains(following)
                              && Clauses.lowerFirst(
                                      "I " + following + " " + wordAfterNext(tokens, i))
                                  .startsWith("I")));
      if (replacement == null && (pluralYou || lower.equals("jer") || lower.equals("jeres"))) {
        // The caseworker's "I" to the employer or the a-kasse is that party's side: its "vi".
        String group =
            voice.isCitizen() || speaker.isInterpreter()
                ? "kommunen"
                : voice.isCaseworker()
                        && addressee.kind() == Party.Kind.OTHER
                        && addressee != Party.UNKNOWN
                        && addressee.group() != null
                    ? addressee.group()
                    : groupOfYou;
        if (group == null) {
          resolved = false;
        } else {
          replacement = lower.equals("jeres") ? possessive(group) : group;
        }
      }
      if (replacement == null && lower.equals("os") && "vi".equals(clauseSubject)) {
        // "før vi lægger os fast", "vi sætter os sammen": reflexive, as "sig" after its subject.
        replacement = "sig";
      }
      if (replacement == null
          && (lower.equals("vi") || lower.equals("os") || lower.equals("vores"))) {
        // The caseworker's "skriv til os", "vores regler": the municipality.
        String group =
            voice.isCaseworker() && !lower.equals("vi")
                ? "kommunen"
                : we(voice, speaker, tokens, i);
        if (group == null) {
          resolved = false;
        } else {
          replacement = lower.equals("vores") ? possessive(group) : group;
        }
      }
      if (replacement == null
          && thirdPersonIsCitizen(voice, text)
          && CITIZEN_PRONOUNS.contains(lower)) {
        replacement = citizenPronoun(lower);
      }
      if (replacement != null) {
        // Lower case: the writer capitalises a sentence's first word, a name stays as it is.
        tokens.set(i, replacement);
      }
    }
    String out = String.join("", tokens);
    out = out.replace("sig selv selv", "sig selv");
    return new Rewritten(out, resolved, speakerSubject, citizenSubject);
  }

  /**
   * "skriv til os", "ring til os": the caseworker's "os" after a preposition is the municipality.
   */
  private static boolean afterPreposition(List<String> tokens, int i) {
    for (int k = i - 1; k >= 0; k--) {
      String t = tokens.get(k);
      if (t.isBlank()) {
        continue;
      }
      return Set.of("til", "fra", "hos", "kontakte", "kontakter", "ringe", "skrive")
          .contains(t.toLowerCase(Locale.ROOT));
    }
    return false;
  }

  private static String previousWord(List<String> tokens, int at) {
    for (int k = at - 1; k >= 0; k--) {
      String t = tokens.get(k);
      if (Character.isLetterOrDigit(t.charAt(0))) {
        return t.toLowerCase(Locale.ROOT);
      }
      if (!t.isBlank()) {
        return "";
      }
    }
    return "";
  }

  /** After "og": a subject or a verb starts a new clause; anything else joins two phrases. */
  private static boolean opensClause(String next) {
    return next != null
        && (Clauses.SUBJECT_PRONOUNS.contains(next)
            || Clauses.isFiniteVerb(next)
            || next.equals("så"));
  }

  private static final Set<String> CITIZEN_PRONOUNS =
      Set.of("han", "ham", "hans", "hun", "hende", "hendes");

  /**
   * Whether another party's "han"/"hun" in this sentence is the citizen: the citizen's pronoun is
   * known, the speaker is not the citizen, and the sentence names nobody else.
   */
  private boolean thirdPersonIsCitizen(Party voice, String text) {
    if (voice.isCitizen() || citizen.subject().equals("borger")) {
      return false;
    }
    String[] words = text.strip().split("\\s+");
    for (int k = 1; k < words.length; k++) {
      String w = NOT_LETTER.matcher(words[k]).replaceAll("");
      if (w.length() > 1
          && Character.isUpperCase(w.charAt(0))
          && !w.equals("I")
          && !words[k - 1].matches(".*[.!?:]$")) {
        return false; // someone is named: the pronoun may be about them
      }
    }
    return true;
  }

  private String citizenPronoun(String lower) {
    boolean she = citizen.subject().equals("hun");
    return switch (lower) {
      case "han", "hun" -> (lower.equals("hun") == she) ? "borger" : null;
      case "ham", "hende" -> (lower.equals("hende") == she) ? "borger" : null;
      default -> (lower.equals("hendes") == she) ? "borgers" : null;
    };
  }

  private static boolean startsSentence(List<String> tokens, int i) {
    for (int k = i - 1; k >= 0; k--) {
      String t = tokens.get(k);
      if (t.isBlank()) {
        continue;
      }
      return !Character.isLetterOrDigit(t.charAt(0)) && t.strip().matches(".*[.!?]$");
    }
    return true;
  }

  private static String possessive(String group) {
    return group.endsWith("s") ? group + "'" : group + "s";
  }

  /** Verbs whose "vi" in the caseworker's mouth is the municipality acting. */
  private static final Set<String> INSTITUTIONAL =
      Set.of(
          "henter",
          "udbetaler",
          "betaler",
          "dækker",
          "bevilger",
          "godkender",
          "vurderer",
          "registrerer",
          "sender",
          "får",
          "beregner",
          "regner",
          "giver",
          "tilbyder",
          "har",
          "kan",
          "skal",
          "plejer",
          "bruger",
          "modtager",
          "ringer",
          "indkalder",
          "finder",
          "hjælper",
          "søger",
          "opretter",
          "laver");

  /** Verbs whose "vi" is the people in the room doing something together. */
  private static final Set<String> TOGETHER =
      Set.of(
          "aftaler",
          "aftalte",
          "snakker",
          "snakkede",
          "taler",
          "talte",
          "ses",
          "mødes",
          "kigger",
          "kiggede",
          "ser",
          "tager",
          "venter",
          "siger",
          "sagde",
          "har",
          "blev",
          "beslutter",
          "evaluerer",
          "følger",
          "starter",
          "slutter",
          "tænkte",
          "lægger",
          "laver",
          "finder",
          "holder",
          "fortsætter",
          "snakkes");

  /** What "vi" means in the voice's mouth, or null when it cannot be known. */
  private String we(Party voice, Party speaker, List<String> tokens, int at) {
    String verb = nextWord(tokens, at);
    if (voice.isCitizen()) {
      // The citizen's family, colleagues or the people in the room: unknown; but what "vi" did
      // in the citizen's past ("vi brugte e-conomic", "vi flyttede i 2019") the citizen did.
      return tokens.get(at).equalsIgnoreCase("vi") && verb != null && pastTense(verb)
          ? citizen.subject()
          : null;
    }
    if (voice.isCaseworker()) {
      String before = previousWord(tokens, at);
      if (verb != null && TOGETHER.contains(verb) || TOGETHER.contains(before)) {
        return "sagsbehandler og borger";
      }
      return "kommunen";
    }
    return voice.group();
  }

  /**
   * A past tense of something done, not said or settled with someone: "brugte", "flyttede", or a
   * common strong one ("var", "havde", "fik"); not "snakkede", "aftalte", "blev (enige)", whose
   * "vi" is the citizen and someone else.
   */
  private static boolean pastTense(String lower) {
    return PAST.contains(lower)
        || (lower.endsWith("ede") || lower.endsWith("te"))
            && dk.samtalenotat.language.SpokenDanish.isTensedVerb(lower)
            && !TOGETHER_PAST.contains(lower);
  }

  private static final Set<String> PAST =
      Set.of("var", "havde", "fik", "gik", "kom", "tog", "sad", "stod");

  private static final Set<String> TOGETHER_PAST =
      Set.of(
          "snakkede",
          "talte",
          "aftalte",
          "sagde",
          "spurgte",
          "besluttede",
          "diskuterede",
          "drøftede",
          "lavede",
          "mødtes",
          "ringede",
          "skrev",
          "svarede",
          "nævnte",
          "lovede");

  /** The word after the next one, or "" when there is none. */
  private static String wordAfterNext(List<String> tokens, int at) {
    int seen = 0;
    for (int k = at + 1; k < tokens.size(); k++) {
      String t = tokens.get(k);
      if (Character.isLetterOrDigit(t.charAt(0)) && ++seen == 2) {
        return t.toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  private static String nextWord(List<String> tokens, int at) {
    for (int k = at + 1; k < tokens.size(); k++) {
      String t = tokens.get(k);
      if (Character.isLetterOrDigit(t.charAt(0))) {
        return t.toLowerCase(Locale.ROOT);
      }
      if (!t.isBlank()) {
        return null;
      }
    }
    return null;
  }
}
