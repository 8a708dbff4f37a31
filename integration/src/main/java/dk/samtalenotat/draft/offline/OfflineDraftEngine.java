package dk.samtalenotat.draft.offline;

import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftGenerationException;
import dk.samtalenotat.draft.DraftGenerator;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.GeneratedDraft;
import dk.samtalenotat.draft.NoteSection;
import dk.samtalenotat.template.Kommunen;
import dk.samtalenotat.template.NoteTemplate;
import dk.samtalenotat.template.Tone;
import dk.samtalenotat.transcript.SpokenLanguage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts a note without a language model: each sentence of the transcript is sorted into a note
 * section by Danish cue words and rewritten into third person note style ("Borger oplyste, at
 * ..."). Deterministic, so the same transcript always gives the same draft.
 *
 * <p>It is deliberately cautious: questions, greetings and fillers are dropped, sentences about
 * availability (rådighed) or sanctions are never carried into the note, and agreements become
 * binding ({@link NoteSection#AFTALER}) only when the template has that section (the
 * job-conversation types). It follows the municipality's template: its sections, its tone ("kort"
 * keeps fewer sentences) and its length. Segments in another language are quoted and marked "ikke
 * oversat". Dates, times, numbers and amounts are kept as they were said. The result is a draft a
 * caseworker corrects, not a finished note.
 */
public class OfflineDraftEngine implements DraftGenerator {

  public static final String ENGINE_NAME = "offline";

  private static final Locale DA = Locale.forLanguageTag("da-DK");

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"'«])");

  /** Topics the note must never assess: availability and sanctions are the caseworker's call. */
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "\\b(sanktion\\w*|rådighed\\w*|rådig|stop(pe)? for (din|dine) ydelse\\w*)\\b");

  private static final Set<String> FILLER_WORDS =
      Set.of(
          "hej",
          "ja",
          "nej",
          "okay",
          "ok",
          "tak",
          "mm",
          "mhm",
          "hm",
          "hmm",
          "øh",
          "øhm",
          "æh",
          "jo",
          "nå",
          "godt",
          "fint",
          "super",
          "fedt",
          "perfekt",
          "farvel",
          "velkommen",
          "så",
          "altså",
          "jamen",
          "jaja",
          "javel",
          "selvfølgelig",
          "præcis",
          "klart",
          "ikke",
          "også",
          "og",
          "for",
          "i",
          "dag",
          "det",
          "er",
          "lyder",
          "gør",
          "jeg",
          "hav",
          "en",
          "god",
          "fordi",
          "du",
          "kom",
          "bare",
          "ind",
          "sæt",
          "dig",
          "sig");

  private static final Pattern LEADING_FILLER =
      Pattern.compile(
          "^(?:(?:ja|nej|okay|ok|jo|nå|mm|mhm|øh|øhm|altså|jamen|godt|fint|super|tak|hej)"
              + "[,.!]?\\s+)+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern INNER_FILLER =
      Pattern.compile(
          "\\s*\\b(?:øh|øhm|æh|hmm)\\b,?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern FORMAAL_CUE =
      Pattern.compile(
          "\\b(formålet|i dag skal vi|vi skal (i dag )?(tale|snakke) om|i dag vil vi|vi skal i dag)\\b");
  private static final Pattern FORMAAL_REWRITE =
      Pattern.compile(
          "^(?:formålet med (?:samtalen|mødet|dagens samtale)(?: i dag)? er(?: at)?"
              + "|i dag skal vi(?: også)?|vi skal(?: også)?(?: i dag)?(?= tale| snakke)"
              + "|i dag vil vi)\\s+(.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final String WEEKDAY = "(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)";
  private static final Pattern NEXT_CUE =
      Pattern.compile(
          "\\b(næste (møde|samtale|opfølgning\\w*)|nyt møde|ny samtale|vi ses|ses vi|opfølgning\\w*"
              + "|indkald\\w*|om (en|to|tre|fire|fem|seks|syv|otte|\\d+) (uge|uger|måned|måneder))\\b");
  private static final Pattern WEEKDAY_DATE =
      Pattern.compile("\\b" + WEEKDAY + "\\b.*\\b(den \\d{1,2}\\.|kl\\.? ?\\d)");
  private static final Pattern BORGER_NEXT_CUE =
      Pattern.compile("\\b(næste (møde|samtale)|vi ses)\\b");

  private static final Pattern AGREEMENT_CUE =
      Pattern.compile(
          "\\b(vi aftaler|aftalen er|det aftaler vi|vi har aftalt|du skal|jeg sender|vi sender"
              + "|søger|jeg tilmelder|jeg kontakter|jeg booker|du fortsætter|husk)\\b");
  private static final Pattern BORGER_AGREEMENT_CUE =
      Pattern.compile("\\b(vi aftaler|aftalen er|det aftaler vi|vi har aftalt)\\b");
  private static final Pattern AGREEMENT_REWRITE =
      Pattern.compile(
          "^(?:(?:så )?(?:vi aftaler|det aftaler vi|vi har aftalt|aftalen er),? (?:at )?)(.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern SITUATION_CUE =
      Pattern.compile(
          "\\b(jeg har|jeg er|jeg går|jeg bor|jeg kan|jeg tog|jeg fik|jeg arbejd\\w*|min|mit|mine"
              + "|læge\\w*|ryg\\w*|smerte\\w*|ondt|syg\\w*|helbred\\w*|familie\\w*|børn\\w*|kone|mand"
              + "|job|arbejde\\w*|uddannelse|sprogskole\\w*)\\b");

  private static final Pattern SEES_AGAIN =
      Pattern.compile(
          "^(?:så )?(?:vi ses|ses vi)(?: igen)?(?: der)?\\s*(.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Finite verb after a sentence-initial "jeg" and its infinitive, for "oplyste at have ...". */
  private static final Map<String, String> INFINITIVE =
      Map.ofEntries(
          Map.entry("har", "have"),
          Map.entry("er", "være"),
          Map.entry("går", "gå"),
          Map.entry("bor", "bo"),
          Map.entry("arbejder", "arbejde"),
          Map.entry("tager", "tage"));

  /** Adverbs that would land in the wrong place in "at have ikke ...". */
  private static final Pattern ADVERB_FIRST =
      Pattern.compile(
          "(ikke|stadig|også|aldrig|altid|jo|godt|nok|allerede|faktisk|lige|desværre)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern REFLEXIVE =
      Pattern.compile(
          "\\b(holde|holder|melde|melder|føle|føler|glæde|glæder|tilmelde|tilmelder|koncentrere"
              + "|skynde|sætte|sætter) mig\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern IMPERATIVE_HUSK =
      Pattern.compile("^husk( også)?\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern HAS_SUBJECT =
      Pattern.compile("\\b(jeg|vi|det|der|de|han|hun|min|mit|mine)\\b");

  /** Words that may be lower-cased when a sentence continues after "at"; names stay as they are. */
  private static final Set<String> LOWERABLE_FIRST_WORDS =
      Set.of(
          "det",
          "der",
          "den",
          "de",
          "dem",
          "dette",
          "vi",
          "du",
          "jeg",
          "han",
          "hun",
          "så",
          "nu",
          "hvis",
          "når",
          "men",
          "og",
          "i",
          "på",
          "til",
          "for",
          "efter",
          "med",
          "en",
          "et",
          "at",
          "lægen",
          "kurset",
          "arbejdsgiveren",
          "erklæringen",
          "hendes",
          "hans",
          "borger",
          "borgerens",
          "a-kassen",
          "sagsbehandler",
          "sagsbehandleren",
          "mest",
          "måske",
          "stadig",
          "også",
          "desværre",
          "kun",
          "lidt",
          "meget",
          "ikke",
          "alle",
          "ingen",
          "hver",
          "mindst");

  private static final String[] BORGER_VERBS = {"oplyste", "fortalte", "forklarede"};

  /** Public so the engine selection can create it without CDI. */
  public OfflineDraftEngine() {}

  @Override
  public String engineName() {
    return ENGINE_NAME;
  }

  @Override
  public GeneratedDraft generate(DraftRequest request) throws DraftGenerationException {
    if (request.segments().isEmpty()) {
      throw new DraftGenerationException("transcript has no segments to draft from", false);
    }
    Map<String, ParticipantRole> roleByName = new LinkedHashMap<>();
    for (DraftParticipant p : request.participants()) {
      if (p.name() != null && p.role() != null) {
        roleByName.put(p.name().strip().toLowerCase(DA), p.role());
      }
    }
    NoteTemplate template = request.template();
    boolean binding = template.bindingAgreements();
    List<DraftSentence> sentences = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int borgerTurns = 0;
    for (DraftSegment segment : request.segments()) {
      ParticipantRole role = roleOf(segment, roleByName);
      if (!SpokenLanguage.isDanish(segment.language())) {
        add(sentences, seen, notTranslated(segment, role, template));
        continue;
      }
      Map<NoteSection, List<String>> clauses = new LinkedHashMap<>();
      for (String raw : SENTENCE_END.split(segment.text().strip())) {
        Classified c = classify(raw, role, binding);
        if (c != null) {
          clauses.computeIfAbsent(c.section(), k -> new ArrayList<>()).add(c.text());
        }
      }
      for (Map.Entry<NoteSection, List<String>> e : clauses.entrySet()) {
        String text = compose(e.getKey(), e.getValue(), role, borgerTurns);
        add(
            sentences,
            seen,
            new DraftSentence(template.placeOf(e.getKey()), text, List.of(segment.index())));
      }
      if (role == ParticipantRole.BORGER && !clauses.isEmpty()) {
        borgerTurns++;
      }
    }
    rephraseLaterPurposes(sentences);
    if (sentences.stream().noneMatch(s -> s.section() == NoteSection.FORMAAL)) {
      sentences.add(0, purposeFromType(request));
    }
    sentences.sort(Comparator.comparing(DraftSentence::section)); // stable: keeps spoken order
    return new GeneratedDraft(fit(sentences, template), ENGINE_NAME);
  }

  /** Sections whose sentences are never cut for tone or length: they bind or plan. */
  private static final Set<NoteSection> NEVER_CUT =
      EnumSet.of(NoteSection.AFTALER, NoteSection.NAESTE_SKRIDT);

  /** The order in which sentences give way when the note is too long: least needed first. */
  private static final List<NoteSection> CUT_FIRST =
      List.of(NoteSection.DROEFTET, NoteSection.BORGERENS_SITUATION, NoteSection.FORMAAL);

  /**
   * Holds the draft to the template's tone and length: "kort" keeps the first two sentences of a
   * section (the first of "Formål"), and no tone goes past the length's number of sentences,
   * cutting the last sentences of "Drøftet og vurderet", then "Borgerens situation", then "Formål",
   * always leaving one per section. Agreements and next steps are never cut.
   */
  static List<DraftSentence> fit(List<DraftSentence> sentences, NoteTemplate template) {
    List<DraftSentence> kept = new ArrayList<>();
    Map<NoteSection, Integer> count = new EnumMap<>(NoteSection.class);
    for (DraftSentence s : sentences) {
      int n = count.merge(s.section(), 1, Integer::sum);
      int limit = s.section() == NoteSection.FORMAAL ? 1 : 2;
      if (template.tone() == Tone.KORT && !NEVER_CUT.contains(s.section()) && n > limit) {
        continue;
      }
      kept.add(s);
    }
    int max = template.length().maxSentences();
    for (NoteSection section : CUT_FIRST) {
      while (kept.size() > max) {
        int last = -1;
        int inSection = 0;
        for (int i = 0; i < kept.size(); i++) {
          if (kept.get(i).section() == section) {
            last = i;
            inSection++;
          }
        }
        if (inSection <= 1) {
          break;
        }
        kept.remove(last);
      }
    }
    return kept;
  }

  /** Only the first purpose sentence says "Formålet ..."; later topics were also talked about. */
  private static void rephraseLaterPurposes(List<DraftSentence> sentences) {
    String lead = "Formålet med samtalen var at tale om ";
    boolean first = true;
    for (int i = 0; i < sentences.size(); i++) {
      DraftSentence s = sentences.get(i);
      if (s.section() != NoteSection.FORMAAL) {
        continue;
      }
      if (!first && s.text().startsWith(lead)) {
        sentences.set(
            i,
            new DraftSentence(
                NoteSection.FORMAAL,
                "Der blev også talt om " + s.text().substring(lead.length()),
                s.citations()));
      }
      first = false;
    }
  }

  private static void add(List<DraftSentence> out, Set<String> seen, DraftSentence sentence) {
    if (seen.add(sentence.section() + "|" + sentence.text().toLowerCase(DA))) {
      out.add(sentence);
    }
  }

  private static ParticipantRole roleOf(
      DraftSegment segment, Map<String, ParticipantRole> roleByName) {
    if (segment.speakerRole() != null) {
      return segment.speakerRole();
    }
    if (segment.speaker() == null) {
      return null;
    }
    String label = segment.speaker().strip().toLowerCase(DA);
    ParticipantRole byName = roleByName.get(label);
    if (byName != null) {
      return byName;
    }
    for (ParticipantRole r : ParticipantRole.values()) {
      if (r.danishName().toLowerCase(DA).equals(label)) {
        return r;
      }
    }
    return null;
  }

  /** A sentence kept for the note: its section and its text rewritten in third person. */
  private record Classified(NoteSection section, String text) {}

  private static Classified classify(String raw, ParticipantRole role, boolean binding) {
    String s = INNER_FILLER.matcher(raw.strip()).replaceAll("").strip();
    s = LEADING_FILLER.matcher(s).replaceFirst("").strip();
    if (s.isEmpty() || s.endsWith("?") || isSmallTalk(s)) {
      return null;
    }
    String lower = s.toLowerCase(DA);
    if (FORBIDDEN.matcher(lower).find()) {
      return null;
    }
    boolean borger = role == ParticipantRole.BORGER;
    if (!borger && FORMAAL_CUE.matcher(lower).find()) {
      Matcher m = FORMAAL_REWRITE.matcher(stripEnd(s));
      if (m.matches()) {
        String rest = thirdPerson(m.group(1), role);
        String purpose = rest.startsWith("at ") ? rest : "at " + rest;
        return new Classified(NoteSection.FORMAAL, "Formålet med samtalen var " + purpose + ".");
      }
      return new Classified(NoteSection.FORMAAL, statement(s, role));
    }
    boolean agreement =
        borger ? BORGER_AGREEMENT_CUE.matcher(lower).find() : AGREEMENT_CUE.matcher(lower).find();
    boolean meeting =
        borger ? BORGER_NEXT_CUE.matcher(lower).find() : NEXT_CUE.matcher(lower).find();
    boolean next = meeting || (!borger && !agreement && WEEKDAY_DATE.matcher(lower).find());
    if (next) {
      Matcher m = SEES_AGAIN.matcher(stripEnd(s));
      if (!borger && m.matches() && m.group(1).isBlank()) {
        return null; // "vi ses der": the meeting itself is noted where its time was said
      }
      if (!borger && m.matches()) {
        return new Classified(
            NoteSection.NAESTE_SKRIDT, "Næste møde er " + thirdPerson(m.group(1), role) + ".");
      }
      if (borger) {
        return new Classified(NoteSection.NAESTE_SKRIDT, clause(s, role));
      }
      return new Classified(NoteSection.NAESTE_SKRIDT, sentence(thirdPerson(stripEnd(s), role)));
    }
    if (agreement) {
      Matcher m = AGREEMENT_REWRITE.matcher(stripEnd(s));
      String content = thirdPerson(m.matches() ? m.group(1) : stripEnd(s), role);
      content = lowerFirst(content);
      if (binding) {
        return new Classified(NoteSection.AFTALER, "Det blev aftalt, at " + content + ".");
      }
      return new Classified(NoteSection.NAESTE_SKRIDT, "Planen er, at " + content + ".");
    }
    if (wordCount(s) < 4) {
      return null; // too short to carry a fact on its own, usually a reply to a question
    }
    if (borger && SITUATION_CUE.matcher(lower).find()) {
      return new Classified(NoteSection.BORGERENS_SITUATION, clause(s, role));
    }
    // Short reactions ("Det lyder fint", "Så er der jobsøgningen") carry no fact for the case.
    if (wordCount(s) < (borger ? 7 : 6) && !lower.matches(".*\\d.*")) {
      return null;
    }
    if (borger && !HAS_SUBJECT.matcher(lower).find()) {
      return null; // an echo such as "Torsdag den 12. marts kl. 10", noted where it was said
    }
    return new Classified(NoteSection.DROEFTET, borger ? clause(s, role) : statement(s, role));
  }

  private static boolean isSmallTalk(String s) {
    String[] words = s.toLowerCase(DA).replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip().split("\\s+");
    for (String w : words) {
      if (!w.isEmpty() && !FILLER_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A citizen's sentence as the clause after "Borger oplyste": "at have ..." when it opens with
   * "jeg har", else ", at ...".
   */
  private static String clause(String s, ParticipantRole role) {
    String body = stripEnd(s);
    Matcher m =
        Pattern.compile("^jeg (\\p{L}+)\\s+(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(body);
    if (m.matches()
        && INFINITIVE.containsKey(m.group(1).toLowerCase(DA))
        && !ADVERB_FIRST.matcher(m.group(2)).lookingAt()) {
      return "at "
          + INFINITIVE.get(m.group(1).toLowerCase(DA))
          + " "
          + thirdPerson(m.group(2), role);
    }
    return ", at " + lowerFirst(thirdPerson(body, role));
  }

  /** A caseworker's or other participant's plain statement: "Sagsbehandler oplyste, at ...". */
  private static String statement(String s, ParticipantRole role) {
    return subject(role) + " oplyste, at " + lowerFirst(thirdPerson(stripEnd(s), role)) + ".";
  }

  private static String compose(
      NoteSection section, List<String> parts, ParticipantRole role, int borgerTurns) {
    if (role == ParticipantRole.BORGER && parts.stream().allMatch(OfflineDraftEngine::isClause)) {
      String verb = BORGER_VERBS[borgerTurns % BORGER_VERBS.length];
      StringBuilder b = new StringBuilder("Borger ").append(verb);
      for (int i = 0; i < parts.size(); i++) {
        String p = parts.get(i);
        if (i > 0) {
          b.append(i == parts.size() - 1 ? " og " : ", ");
          p = p.startsWith(", ") ? p.substring(2) : p;
        }
        b.append(i == 0 && !p.startsWith(",") ? " " : "").append(p);
      }
      return b.append('.').toString();
    }
    List<String> out = new ArrayList<>();
    String prefix = subject(role) + " oplyste, at ";
    for (String p : parts) {
      String text = isClause(p) ? "Borger oplyste" + (p.startsWith(",") ? "" : " ") + p + "." : p;
      int last = out.size() - 1;
      if (last >= 0 && out.get(last).startsWith(prefix) && text.startsWith(prefix)) {
        String previous = out.get(last);
        out.set(
            last,
            previous.substring(0, previous.length() - 1)
                + ", og at "
                + text.substring(prefix.length()));
      } else {
        out.add(text);
      }
    }
    return String.join(" ", out);
  }

  private static boolean isClause(String part) {
    return part.startsWith(", at ") || part.startsWith("at ");
  }

  /**
   * A segment in another language, quoted as it was said: the offline engine does not translate,
   * and says so, so the caseworker translates or asks the interpreter.
   */
  private static DraftSentence notTranslated(
      DraftSegment segment, ParticipantRole role, NoteTemplate template) {
    String who = role == null ? "Det blev sagt" : subject(role) + " sagde";
    String text =
        who
            + " på "
            + SpokenLanguage.danishName(segment.language())
            + ": \""
            + segment.text().strip()
            + "\" (ikke oversat).";
    NoteSection section =
        template.placeOf(
            role == ParticipantRole.BORGER
                ? NoteSection.BORGERENS_SITUATION
                : NoteSection.DROEFTET);
    return new DraftSentence(section, text, List.of(segment.index()));
  }

  private static DraftSentence purposeFromType(DraftRequest request) {
    ConversationType type = request.type();
    DraftSegment cited =
        request.segments().stream()
            .filter(
                s ->
                    s.speakerRole() == ParticipantRole.SAGSBEHANDLER
                        || "sagsbehandler".equalsIgnoreCase(String.valueOf(s.speaker())))
            .findFirst()
            .orElse(request.segments().get(0));
    String text =
        type == ConversationType.ANDEN
            ? "Samtalen var en samtale mellem sagsbehandler og borger."
            : "Samtalen var en " + type.danishName().toLowerCase(DA) + ".";
    return new DraftSentence(NoteSection.FORMAAL, text, List.of(cited.index()));
  }

  private static String subject(ParticipantRole role) {
    if (role == null) {
      return "En deltager";
    }
    return switch (role) {
      case SAGSBEHANDLER -> "Sagsbehandler";
      case BORGER -> "Borger";
      case A_KASSE -> "A-kassen";
      default -> role.danishName();
    };
  }

  /**
   * Moves first and second person into third person from the speaker's point of view, and uses
   * "kommunen" for the former "jobcenter".
   */
  static String thirdPerson(String text, ParticipantRole role) {
    String self =
        switch (role == null ? ParticipantRole.ANDEN : role) {
          case BORGER -> "borger";
          case SAGSBEHANDLER -> "sagsbehandler";
          case A_KASSE -> "a-kassen";
          default -> role == null ? "deltageren" : role.danishName().toLowerCase(DA);
        };
    String out = text;
    out = Kommunen.rewrite(out);
    if (role == ParticipantRole.BORGER) {
      out = REFLEXIVE.matcher(out).replaceAll("$1 sig");
    } else {
      out = IMPERATIVE_HUSK.matcher(out).replaceFirst("borger skal også huske");
    }
    if (role == ParticipantRole.BORGER) {
      out = replaceWord(out, "mig selv", "sig selv");
      out = replaceWord(out, "jeg", "borger");
      out = replaceWord(out, "mig", "borger");
      out = replaceWord(out, "min|mit|mine", "borgerens");
      out = replaceWord(out, "dig", "sagsbehandler");
      out = replaceWord(out, "din|dit|dine", "sagsbehandlerens");
    } else {
      // The caseworker's "vi" is caseworker and citizen; another party's "vi" is that party.
      String we = role == ParticipantRole.SAGSBEHANDLER ? "sagsbehandler og borger" : self;
      out = replaceWord(out, "jeg", self);
      out = replaceWord(out, "mig", self);
      out = replaceWord(out, "min|mit|mine", self + "s");
      out = replaceWord(out, "vi", we);
      out = replaceWord(out, "os", we);
      out = replaceWord(out, "du", "borger");
      out = replaceWord(out, "dig selv", "sig selv");
      out = replaceWord(out, "dig", "borger");
      out = replaceWord(out, "din|dit|dine", "borgerens");
    }
    return out;
  }

  private static String replaceWord(String text, String words, String replacement) {
    Matcher m =
        Pattern.compile(
                "(?<![\\p{L}\\p{N}-])(" + words + ")(?![\\p{L}\\p{N}-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      boolean upper = Character.isUpperCase(m.group(1).charAt(0));
      String r = upper ? upperFirst(replacement) : replacement;
      m.appendReplacement(b, Matcher.quoteReplacement(r));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static String sentence(String text) {
    return upperFirst(text) + ".";
  }

  private static String stripEnd(String s) {
    return s.strip().replaceAll("[.!]+$", "").strip();
  }

  private static String lowerFirst(String s) {
    int space = s.indexOf(' ');
    String first = (space < 0 ? s : s.substring(0, space)).toLowerCase(DA);
    if (!s.isEmpty() && LOWERABLE_FIRST_WORDS.contains(first)) {
      return s.substring(0, 1).toLowerCase(DA) + s.substring(1);
    }
    return s;
  }

  private static String upperFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(DA) + s.substring(1);
  }

  private static int wordCount(String s) {
    return s.strip().split("\\s+").length;
  }
}
