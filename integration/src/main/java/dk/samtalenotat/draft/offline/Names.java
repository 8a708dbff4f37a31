package dk.samtalenotat.draft.offline;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftParticipant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registered participants' names as they are said: in full, or by the first name(s). The
 * citizen's name becomes "borger" in the note (the header names the citizen once), and a name said
 * to get someone's attention ("Jens Peder, vil du ...") is no part of what was said.
 */
final class Names {

  private final Map<String, Party> byName = new LinkedHashMap<>();
  private final Map<Party, String> fullName = new LinkedHashMap<>();
  private final List<String> unnamedRoles = new ArrayList<>();
  private final List<String> citizenForms = new ArrayList<>();
  private Pattern vocativeStart;
  private Pattern vocativeEnd;
  private Pattern vocativeMiddle;
  private Pattern citizen;

  /** Each party's first name, lower case, for the short forms said to them. */
  private final Map<Party, String> firstName = new LinkedHashMap<>();

  Names(List<DraftParticipant> participants) {
    for (DraftParticipant p : participants) {
      if (p.name() == null || p.name().isBlank() || p.role() == null) {
        continue;
      }
      Party party = Party.of(p.role(), p.role().danishName());
      fullName.putIfAbsent(party, p.name().strip().replaceAll("\\s+", " "));
      firstName.putIfAbsent(party, p.name().strip().split("\\s+")[0].toLowerCase(Locale.ROOT));
      if (p.role() == ParticipantRole.ANDEN) {
        unnamedRoles.add(p.name().strip());
      }
      for (String form : forms(p.name())) {
        byName.putIfAbsent(form.toLowerCase(Locale.ROOT), party);
        if (p.role() == ParticipantRole.BORGER && !isRoleWord(form)) {
          citizenForms.add(form);
        }
      }
    }
    compile();
  }

  /**
   * The patterns of the names as now known: those registered, and the short forms learnt from what
   * was said ({@link #learnShortForms}).
   */
  private void compile() {
    citizenForms.sort(Comparator.comparingInt(String::length).reversed());
    List<String> all = new ArrayList<>(byName.keySet());
    all.removeIf(Names::isRoleWord);
    all.sort(Comparator.comparingInt(String::length).reversed());
    String alternatives =
        all.isEmpty() ? "(?!)" : String.join("|", all.stream().map(Pattern::quote).toList());
    vocativeStart =
        Pattern.compile(
            "^(?:(?:og|men|så|okay|godt|ja|nej|tak|hej|jamen)[,]?\\s+)?(?:"
                + alternatives
                + "),\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    vocativeEnd =
        Pattern.compile(
            ",\\s*(?:" + alternatives + ")(?=\\s*[.?!]?$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // "din sygemelding, Camilla, og at lægge en plan": the name between commas before a
    // conjunction is said to the person, not part of the sentence.
    vocativeMiddle =
        Pattern.compile(
            ",\\s*(?:" + alternatives + "),\\s*(?=(?:og|men|eller|så|at|hvis|når|fordi)\\s)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    String citizenAlternatives =
        citizenForms.isEmpty()
            ? "(?!)"
            : String.join("|", citizenForms.stream().map(Pattern::quote).toList());
    citizen =
        Pattern.compile(
            "(?<![\\p{L}])(" + citizenAlternatives + ")('s|'|s)?(?![\\p{L}])",
            Pattern.UNICODE_CASE);
  }

  /**
   * A name said at the start of a sentence to get someone's attention ("Freddie, jeg vil lige sige
   * ..."), or at its end ("..., Freddie?").
   */
  private static final Pattern SAID_TO =
      Pattern.compile(
          "(?:^|[.!?]\\s+)(?:(?:og|men|så|okay|godt|ja|nej|tak|hej|jamen|super|fint)[,]?\\s+)?"
              + "(\\p{Lu}\\p{Ll}{3,}),\\s"
              + "|,\\s*(\\p{Lu}\\p{Ll}{3,})\\s*[?.!]?$",
          Pattern.UNICODE_CASE);

  /** A surname made of a first name ("Jensen", "Hansen", "Nielsson"): never its short form. */
  private static final Pattern PATRONYMIC = Pattern.compile("(?:s?en|s?son|s)$");

  /**
   * Learns the short forms of the participants' first names that the speakers use to address them:
   * "Freddie, ..." said in a conversation with the citizen Frederik Lauritsen is the citizen, so a
   * caseworker who turns to him by it after talking to his mentor speaks to him ("du"), and the
   * note calls him "borger" there as everywhere. A form is learnt when it is said as an address,
   * shares its first four letters with exactly one participant's first name, is no word of the
   * dictionary ("Fredag, ...") and is not that name made a surname ("Jensen").
   *
   * @param said what was said, segment by segment
   */
  void learnShortForms(List<String> said) {
    boolean learnt = false;
    for (String text : said) {
      Matcher m = SAID_TO.matcher(text.strip());
      while (m.find()) {
        String form = m.group(1) != null ? m.group(1) : m.group(2);
        String lower = form.toLowerCase(Locale.ROOT);
        if (byName.containsKey(lower)
            || dk.samtalenotat.language.DanishWords.isDictionaryWord(lower)) {
          continue;
        }
        Party only = null;
        int matching = 0;
        for (Map.Entry<Party, String> e : firstName.entrySet()) {
          String first = e.getValue();
          if (first.length() >= 4
              && lower.regionMatches(0, first, 0, 4)
              && !(lower.startsWith(first)
                  && PATRONYMIC.matcher(lower.substring(first.length())).matches())) {
            only = e.getKey();
            matching++;
          }
        }
        if (matching == 1) {
          byName.put(lower, only);
          if (only.isCitizen()) {
            citizenForms.add(form);
          }
          learnt = true;
        }
      }
    }
    if (learnt) {
      compile();
    }
  }

  /** The full name, the first names, and the first name alone. */
  private static List<String> forms(String name) {
    List<String> out = new ArrayList<>();
    String[] parts = name.strip().split("\\s+");
    out.add(String.join(" ", parts));
    for (int n = parts.length - 1; n >= 1; n--) {
      out.add(String.join(" ", java.util.Arrays.copyOfRange(parts, 0, n)));
    }
    return out;
  }

  private static boolean isRoleWord(String form) {
    String f = form.toLowerCase(Locale.ROOT);
    for (ParticipantRole r : ParticipantRole.values()) {
      if (r.danishName().toLowerCase(Locale.ROOT).equals(f)) {
        return true;
      }
    }
    return false;
  }

  /** Participants registered as "Anden": the transcript's speaker label tells their role. */
  List<String> withoutRoleName() {
    return unnamedRoles;
  }

  /** Names a participant registered as "Anden" by the party the transcript shows them as. */
  void link(String name, Party party) {
    fullName.put(party, name.strip().replaceAll("\\s+", " "));
    for (String form : forms(name)) {
      byName.put(form.toLowerCase(Locale.ROOT), party);
    }
  }

  /** The registered full name of a party, or null when it has none or shares its role. */
  String nameOf(Party party) {
    return fullName.get(party);
  }

  /** The party a name (or first name) belongs to, or null. */
  Party partyNamed(String name) {
    return byName.get(name.toLowerCase(Locale.ROOT));
  }

  /** The party addressed by name ("Niels, kan du ...", "... , Susanne?"), or null. */
  Party addressed(String sentence) {
    Matcher m = vocativeStart.matcher(sentence.strip());
    if (!m.lookingAt()) {
      m = vocativeEnd.matcher(sentence.strip());
      if (!m.find()) {
        return null;
      }
    }
    String said = m.group().toLowerCase(Locale.ROOT);
    Party best = null;
    int longest = 0;
    for (Map.Entry<String, Party> e : byName.entrySet()) {
      if (said.contains(e.getKey()) && e.getKey().length() > longest) {
        best = e.getValue();
        longest = e.getKey().length();
      }
    }
    return best;
  }

  /** The sentence without a name said only to address someone. */
  String withoutVocatives(String sentence) {
    String s = vocativeStart.matcher(sentence.strip()).replaceFirst("");
    s = vocativeEnd.matcher(s).replaceFirst("");
    String cut = s;
    // A subordinate clause keeps its comma ("et brev om, når ..."); "og", "men" join without one.
    return vocativeMiddle
        .matcher(cut)
        .replaceAll(
            m -> cut.substring(m.end()).matches("(?is)^(?:og|men|eller|så)\\s.*") ? " " : ", ");
  }

  /** The citizen's name written as the note refers to the citizen. */
  String citizenAsBorger(String text, Perspective.Reference ref) {
    Matcher m = citizen.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = m.group(2) == null ? "borger" : "borgers";
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The pattern of each name form, compiled once per conversation. */
  private final java.util.Map<String, Pattern> byRole = new java.util.HashMap<>();

  /**
   * Another participant's name as the note refers to them, by role: "Niels sender
   * opgavebeskrivelsen" is "arbejdsgiveren sender opgavebeskrivelsen", "Marias nye job"
   * "ægtefællens nye job". The header lists who took part by name; the sentences use roles.
   */
  String othersByRole(String text) {
    String out = text;
    List<String> forms = new ArrayList<>(byName.keySet());
    forms.sort(Comparator.comparingInt(String::length).reversed());
    for (String form : forms) {
      Party p = byName.get(form);
      if (p.isCitizen() || isRoleWord(form) || !knownRole(p)) {
        continue;
      }
      if (!out.contains(Clauses.upperFirst(form))) {
        continue;
      }
      Pattern name =
          byRole.computeIfAbsent(
              form,
              f ->
                  Pattern.compile(
                      "(?<![\\p{L}]|\\p{Lu}\\p{L}{0,30}\\s)("
                          + Pattern.quote(Clauses.upperFirst(f))
                          + ")('s|'|s)?(?![\\p{L}])(?!\\s\\p{Lu})",
                      Pattern.UNICODE_CASE));
      Matcher m = name.matcher(out);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(
            b, Matcher.quoteReplacement(m.group(2) == null ? p.noun() : p.possessive()));
      }
      m.appendTail(b);
      out = b.toString();
    }
    return out;
  }

  /** A party whose role the note can name ("arbejdsgiveren"), not a bare speaker label. */
  private static boolean knownRole(Party p) {
    return p.isCaseworker()
        || p.role() != null && p.role() != ParticipantRole.ANDEN
        || !p.noun().isEmpty() && Character.isLowerCase(p.noun().charAt(0));
  }

  /** The citizen's names as said, longest first. */
  List<String> citizenForms() {
    return citizenForms;
  }

  boolean mentionsCitizen(String text) {
    return citizen.matcher(text).find();
  }
}
