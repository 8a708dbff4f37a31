package dk.samtalenotat.draft.offline;

import dk.samtalenotat.language.DanishDates;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence carries: values (numbers, dates, times), names, content words; and what it must
 * not carry into a note: talk about the recording and the meeting itself, greetings, a CPR number
 * said aloud, an assessment of availability or sanctions.
 */
final class Content {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Danish function words (Snowball's Danish stop list) and the fillers of speech. */
  static final Set<String> STOP =
      Set.copyOf(
          List.of(
              "og",
              "i",
              "jeg",
              "det",
              "at",
              "en",
              "den",
              "til",
              "er",
              "som",
              "på",
              "de",
              "med",
              "han",
              "af",
              "for",
              "ikke",
              "der",
              "var",
              "mig",
              "sig",
              "men",
              "et",
              "har",
              "om",
              "vi",
              "min",
              "havde",
              "ham",
              "hun",
              "nu",
              "over",
              "da",
              "fra",
              "du",
              "ud",
              "sin",
              "dem",
              "os",
              "op",
              "man",
              "hans",
              "hvor",
              "eller",
              "hvad",
              "skal",
              "selv",
              "her",
              "alle",
              "vil",
              "blev",
              "kunne",
              "ind",
              "når",
              "være",
              "dog",
              "noget",
              "ville",
              "jo",
              "deres",
              "efter",
              "ned",
              "skulle",
              "denne",
              "end",
              "dette",
              "mit",
              "også",
              "under",
              "have",
              "dig",
              "anden",
              "hende",
              "mine",
              "alt",
              "meget",
              "sit",
              "sine",
              "vor",
              "mod",
              "disse",
              "hvis",
              "din",
              "nogle",
              "hos",
              "blive",
              "mange",
              "ad",
              "bliver",
              "hendes",
              "været",
              "thi",
              "jer",
              "sådan",
              "så",
              "kan",
              "får",
              "går",
              "gør",
              "ja",
              "nej",
              "jo",
              "okay",
              "ok",
              "godt",
              "fint",
              "bare",
              "lige",
              "lidt",
              "rigtig",
              "helt",
              "altså",
              "nok",
              "vel",
              "da",
              "der",
              "borger",
              "borgers",
              "sagsbehandler",
              "sagsbehandlers",
              "kommunen",
              "synes",
              "tror",
              "ved",
              "sige",
              "siger",
              "sagde",
              "mere",
              "måske",
              "stadig",
              "gerne",
              "helst",
              "faktisk",
              "egentlig",
              "hvordan",
              "hvornår",
              "hvilke",
              "hvem",
              "jamen",
              "dag",
              "tak",
              "fordi",
              "ting",
              "snakke",
              "snakket",
              "tale",
              "talt",
              "gang",
              "sige",
              "hvad",
              "kommer",
              "komme",
              "gået",
              "gå",
              "få",
              "fået",
              "gøre",
              "gjort",
              "have",
              "haft",
              "være",
              "vær",
              "sagt",
              "ser",
              "se",
              "set",
              "tage",
              "taget",
              "tager",
              "igen",
              "først",
              "fedt",
              "super",
              "klart",
              "præcis",
              "perfekt",
              "hej",
              "sker",
              "nogen",
              "ingen",
              "intet",
              "sammen"));

  private static final Pattern VALUE =
      Pattern.compile("\\d|kl\\.|(?<![\\p{L}])(" + DanishDates.WEEKDAY_NAMES + ")", FLAGS);

  private static final Pattern NEGATION =
      Pattern.compile("(?<![\\p{L}])(ikke|aldrig|ingen|intet|hverken)(?![\\p{L}])", FLAGS);

  /**
   * Assessing availability or sanctions is the caseworker's decision, never the note's; what the
   * note keeps is her saying outright that no sanction is given ({@link #noSanctionStated}).
   */
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "rådig|sanktion|ydelsesstop|(stop|standse|nedsæt|fradrag|træk)\\w*\\s+(i\\s+|af\\s+|for\\s+)?"
              + "(din\\s+|dine\\s+|hans\\s+|hendes\\s+|borgers\\s+)?(ydelse|dagpenge|kontanthjælp)",
          FLAGS);

  /**
   * Saying outright that no sanction is given ("Jeg giver dig ikke en sanktion for det", "der
   * kommer ingen sanktion"): the caseworker's decision as she stated it, which the note records (or
   * the citizen's report of it). Not a condition ("hvis du ikke møder, ..."), not availability, not
   * a stop of benefits.
   */
  private static final Pattern NO_SANCTION =
      Pattern.compile("(?<![\\p{L}])(ikke|ingen|intet)(?:\\s+\\p{L}+){0,4}?\\s+sanktion", FLAGS);

  private static final Pattern CONDITION =
      Pattern.compile("(?<![\\p{L}])(hvis|medmindre|såfremt|ellers)(?![\\p{L}])", FLAGS);

  /** A CPR number: said as digits in a row, or named. */
  private static final Pattern CPR =
      Pattern.compile(
          "cpr|personnummer|\\d{6}\\s*-?\\s*\\d{4}|(?:(?<![\\d])\\d(?:\\s*,?\\s*|\\s+(?:og\\s+så\\s+)?)){6,}"
              + "|(?:\\b(?:0|nul|et|en)\\b[\\s,]+){4,}",
          FLAGS);

  /** Talk about the recording, the call or the video, and the meeting's own courtesies. */
  private static final Pattern PROCEDURE =
      Pattern.compile(
          "(?<![\\p{L}])(optag(?!else\\.dk|elsesprøve|elseskrav|et\\s+på|es\\s+på|else\\s+på)\\w*|notat\\w*|mute\\w*|skærmdeling\\w*|(?:deler|dele|delt|deling\\s+af|se|ser|vise|viser)\\s+(?:lige\\s+)?(?:(?:min|din|jeres|vores|den|hele)\\s+)?skærm\\w*|skærmen\\s+(?:fryser|frøs|er\\s+sort|hakker)|frosset|kamera\\w*"
              + "|mikrofon\\w*|lyden|høre mig|hører mig|kan (?:i|du) høre|kan (?:i|du) se"
              + "|faldt (?:lidt )?ud|hvad sagde du|et øjeblik|sæt dig|kom (?:bare )?ind"
              + "|velkommen|goddag|godmorgen|god morgen|godeftermiddag|hej hej|farvel|tak for i dag"
              + "|hav en god|ha' en god|have en god|pas godt på|tillykke|held og lykke"
              + "|tak fordi|tak skal du|har du (?:flere|andre|nogen) spørgsmål"
              + "|så slutter vi|så siger jeg tak|lad os (?:lige )?"
              + "(?:lave|tage) aftalerne|laver vi (?:lige )?aftalerne|lad os (?:lige )?"
              + "(?:starte|tage|kigge|begynde|gå)|tavshedspligt|oversætter|jeg sagde forkert"
              + "|ved at sige forkert|læste forkert|jeg hedder|skriver (?:det|jeg) (?:ind|ned)|skriver lige|kalender\\w*"
              + "|sætter kaffe|for the record|classic|loader|sorry|er det okay for|er det i orden"
              + "|præsentere\\w*\\s+(?:mig|os|dig|jer|sig|hinanden)|præsentationsrunde\\w*|opsummer\\w*|fair enough|er tolk i dag|deltager som tolk"
              // Checking who answered the phone and whether it suits, and naming the meeting's
              // own type, which the note's header states: "Taler jeg med ...?", "Det her er en
              // almindelig jobsamtale".
              + "|taler jeg med|godt tidspunkt|det her er (?:en|et) (?:\\p{L}+\\s+)?\\p{L}*samtale"
              + "|skriver (?:jeg|vi) (?:lige )?(?:ind|ned)"
              // Saying one's name for the recording: "Mit navn er ...", "sig dit navn".
              + "|mit navn er|sige (?:dit|sit|jeres) (?:fulde )?navn"
              // The call itself: "Jeg ringer, som aftalt, til din opfølgningssamtale", "Nu ringer
              // Birgitte ind", "Jeg tager hende med på linjen", and hearing a value again
              // ("Torsdag den tredje, sagde du?").
              + "|ringer[^?!]{0,60}?\\btil\\s+(?:din|vores|jeres)\\s+(?!næste)\\p{L}*samtale|ringer\\s+ind"
              + "|med\\s+på\\s+linjen|sagde\\s+du\\s*\\?|har\\s+jeg\\s+fat\\s+i"
              // Not hearing or reading right: "Jeg fik ikke det hele med", "den forkerte linje".
              + "|fik\\s+ikke\\s+(?:det\\s+hele|alt)\\s+med|den\\s+forkerte\\s+linje|kiggede\\s+forkert"
              // The video link: "du frøs lige", "billedet hakker", "vent, den er sort", "nu kan
              // jeg se den", "jeg kan ikke høre dig", "Hallo?".
              // Not "jeg fryser" (cold, at work), nor "nu kan jeg godt se det, ..." (understood).
              + "|(?:du|i|billedet|skærmen|lyden|forbindelsen|nettet)\\s+(?:frøs|hakker|hakkede)"
              + "|(?:billedet|skærmen)\\s+fryser|(?:billedet|skærmen|den)\\s+er\\s+(?:helt\\s+)?sort"
              + "|nu\\s+kan\\s+jeg\\s+(?:godt\\s+)?(?:se|høre)\\s+(?:den|det|dig|jer|skærmen)(?=\\s*[.!?]?\\s*$)"
              + "|kan\\s+(?:ikke\\s+|godt\\s+)?(?:se|høre)\\s+(?:dig|jer)(?:\\s+(?:nu|igen|godt))?(?=\\s*[.?!,]|\\s*$)"
              + "|^hallo\\s*\\?)(?![\\p{L}])"
              + "|^(?:(?:ja|jo|nej|okay|godt)[,.]?\\s*)*(?:det\\s+(?:er|var)\\s+(?:helt\\s+)?(?:rigtigt|korrekt|det|fint|fair|mig|dig)"
              + "|det\\s+passer(?:\\s+(?:mig\\s+)?fint)?|det\\s+lyder\\s+rigtigt)[.!]?$"
              // Announcing a read-back, which the sentences after it say: "Så lad mig lige
              // gentage, hvad jeg har skrevet", "Jeg læser lige op".
              + "|(?:\\blad\\s+mig|\\bjeg)\\s+(?:lige\\s+)?(?:gentage|gentager|(?:læse|læser)(?:\\s+lige)?\\s+op)"
              + "(?:\\s+(?:for\\s+dig|igen))?(?:,?\\s+hvad\\s+(?:jeg|vi)\\s+har\\s+(?:skrevet|aftalt|noteret))?"
              + "\\s*[.:!]?$",
          FLAGS);

  /** "Skovby Kommune, sygedagpengeteamet, det er Sofie Brandt": who is speaking, not a fact. */
  private static final Pattern SELF_NAMING =
      Pattern.compile(
          "(?:^|,\\s*)[Dd]et\\s+er\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2}"
              + "(?:,\\s+der\\s+er\\s+her(?:\\s+i\\s+dag)?)?[.!]?$"
              // "Jeg er Pia Sand, din sagsbehandler, ...", "Hej, det er Pia Sand fra ...": a
              // speaker introducing themselves; the note's header names the participants.
              + "|^(?:(?:\\p{L}+[,!.]\\s+)*(?:[Hh]ej|[Hh]ejsa|[Gg]oddag|[Dd]av)[,!.]?\\s+)?[Jj]eg\\s+(?:er|hedder)"
              + "\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2}(?:[,.!]|\\s+(?:fra|her|og)\\s|$)"
              + "|^(?:[Hh]ej|[Hh]ejsa|[Hh]allo|[Gg]oddag|[Gg]odmorgen|[Dd]av)[,!.]?\\s+[Dd]et\\s+er\\s+\\p{Lu}\\p{Ll}+"
              // "Birgitte Holst, Holst Tømrer og Snedker.": a name and where the speaker is from,
              // nothing else.
              + "|^(?:[Dd]et\\s+er\\s+)?\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2},\\s+\\p{Lu}[\\p{L}&/.-]*"
              + "(?:\\s+(?:\\p{Lu}[\\p{L}&/.-]*|og|i|fra|&|[Aa]/[Ss]|ApS))*[.!]?$"
              // "Er det Jannik Lund?": who answered the phone.
              + "|^(?:[Oo]g\\s+)?[Ee]r\\s+det\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2}\\s*\\?$"
              // "Og du er Sune Dahl, ik'?", "Er du Mette?": who came in; and "Det er mig, det
              // handler om": who the meeting is about. The header names the citizen.
              + "|^(?:[Oo]g\\s+)?(?:[Dd]u\\s+er|[Ee]r\\s+du)\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2}"
              + "(?:,?\\s*(?:ik'?|ikk'?|ikke(?:\\s+også|\\s+sandt)?))?\\s*\\?$"
              + "|^(?:(?:[Oo]g|[Jj]a|[Jj]o)[,]?\\s+)*[Dd]et\\s+er\\s+(?:mig|dig),\\s+(?:det|der)\\s+"
              + "(?:handler\\s+om|drejer\\s+sig\\s+om|er\\s+indkaldt)[.!]?$");

  /** A reaction that states nothing: "Det lyder godt", "Det er flot", "Det forstår jeg godt". */
  private static final Pattern REACTION =
      Pattern.compile(
          "^(?:(?:og|men|ja|jo|jep|yes|nej|nå|så)[,]?\\s+)*(?:det|den|dét|det her)\\s+(?:er|var|lyder|lød|ville være|virker|må have været)"
              + "\\s+(?:(?:da|jo|også|rigtig|helt|meget|ret|lidt|bare|en|et|nok|desværre|faktisk|vel)\\s+)*"
              + "(?:godt|fint|flot|dejligt|hårdt|træls|klogt|rigtigt|positivt|normalt|vigtigt"
              + "|korrekt|spændende|fornuftigt|frustrerende|ærgerligt|fair|okay|ok|sjovt|vildt|hyggeligt"
              + "|perfekt|super|fedt|forståeligt|lang tid(?!\\s+siden)|godt at høre|godt at vide|en god plan|en lang ansættelse"
              + "|en overraskelse|rigtig positivt|helt i orden|i orden|helt normalt|helt fint"
              + "|god mening|godt nok)\\b"
              // "Det er fint til Egebæk og Lundsted": what is fine is named, a fact of its own.
              + "(?!\\s+(?:"
              + String.join("|", Clauses.FRONTED_PREPOSITIONS)
              + ")\\s+(?-i:\\p{Lu})).*$"
              + "|^(?:det|dét)\\s+(?:forstår|ved)\\s+jeg\\s+(?:godt|da)?.*$"
              // "Det kan jeg godt forstå" reacts; "Det kan jeg bestille" is a promise.
              + "|^(?:det|dét)\\s+kan\\s+jeg\\s+(?:(?:godt|da|sagtens|også|jo)\\s+)*(?:forstå|se|høre|mærke|lide|godt)?[.!]?(?:\\s.*)?$"
              + "|^(?:det|dét)\\s+(?:gør|skal|vil)\\s+jeg(?:\\s+\\p{L}+)?[.!]?$"
              + "|^(?:det|dét)\\s+(?:skal nok gå|giver god mening|lyder som en god plan|er doable)\\b.*$"
              // "Det lyder som en hård periode", "Det synes jeg lyder som en god idé": the
              // listener's sympathy or praise.
              + "|^(?:(?:og|men|ja|jo|nå|så)[,]?\\s+)*(?:det|dét)\\s+(?:synes\\s+jeg\\s+)?lyder\\s+som\\s+(?:en|et)\\s.*$"
              + "|^(?:det|dét)\\s+synes\\s+jeg\\s+lyder\\s.*$"
              // "Det havde jeg ikke tænkt på": the listener's afterthought.
              + "|^(?:(?:jo|ja|nej|nå|selvfølgelig|okay)[,]?\\s+)*(?:det|dét)\\s+havde\\s+jeg\\s+(?:slet\\s+)?ikke"
              + "\\s+tænkt\\s+på.*$"
              // "Fedt nok, at det gik så hurtigt", "Dejligt at høre": glad of what the turns
              // around it state.
              + "|^(?:(?:og|men|ja|jo|nå|åh)[,]?\\s+)*(?:fedt|dejligt|skønt|rart)(?:\\s+nok)?,?\\s+at\\s.*$"
              // "Det hører jeg tit": the listener's experience, not the case.
              + "|^(?:det|dét)\\s+(?:hører|ser|oplever)\\s+jeg\\s+(?:tit|ofte|mange gange|hele tiden)\\b.*$"
              // "Undskyld rodet", "undskyld, jeg hakker lidt": an apology, unless it corrects what
              // was said, by a value ("Undskyld, tolv timer") or in words ("Undskyld, jeg mener
              // Vesterå", "undskyld, det var ikke min mand, det var min bror").
              + "|^(?:(?:og|men|altså|nå)[,]?\\s+)?undskyld(?![\\p{L}])(?!.*\\d)"
              + "(?!.*(?<![\\p{L}])(?:mener|mente|sagde|sagt|ikke|det\\s+(?:var|er|bliver))"
              + "(?![\\p{L}])).*$",
          FLAGS);

  /** "Ni ansøgninger, det er flot": what was just said, echoed before the reaction to it. */
  private static final Pattern ECHOED =
      Pattern.compile("^((?:[^,]|,(?!\\s)){1,60}),\\s+((?:det|dét)\\s.*)$", FLAGS);

  private static final Set<String> MONTHS = Set.of("september", "oktober", "november", "december");

  private static final Pattern NOT_NAME_CHAR = Pattern.compile("[^\\p{L}-]");

  private Content() {}

  static boolean forbidden(String s) {
    return FORBIDDEN.matcher(s).find() && !noSanctionStated(s);
  }

  /** Whether a sentence states that no sanction is given, and nothing else barred. */
  static boolean noSanctionStated(String s) {
    if (s.endsWith("?") || CONDITION.matcher(s).find() || !NO_SANCTION.matcher(s).find()) {
      return false;
    }
    String rest = NO_SANCTION.matcher(s).replaceAll(" ");
    return !FORBIDDEN.matcher(rest).find();
  }

  static boolean cpr(String s) {
    return CPR.matcher(s).find();
  }

  static boolean procedure(String s) {
    return PROCEDURE.matcher(s).find()
        || SELF_NAMING.matcher(s.strip()).find()
        || announcesTheMeetingItself(s)
        || ANYTHING_MORE.matcher(s).find() && ANYTHING_MORE_TO_SAY.matcher(s).find();
  }

  /**
   * "Klokken er halv elleve": the clock said aloud at the start of a recording, present tense. The
   * time may be a digit ("kl. 10.30") or words the date writer left ("et kvarter i 11").
   */
  private static final Pattern CLOCK_NOW =
      Pattern.compile(
          "^(?:og\\s+)?klokken\\s+er\\s+(?:(?:kl\\.\\s*)?\\d{1,2}(?:[.:]\\d{2})?"
              + "|(?:[\\p{L}\\d]+\\s+){0,3}[\\p{L}\\d]+)$",
          FLAGS);

  /** "Det er tirsdag den 21. april", "i dag er det den 3. marts": today's date said aloud. */
  private static final Pattern DATE_NOW =
      Pattern.compile(
          "^(?:(?:så|og|godt|okay)\\s+)*(?:det\\s+er(?:\\s+i\\s+dag)?|i\\s+dag\\s+er\\s+det|vi\\s+har)\\s+"
              + "(?:(?:"
              + DanishDates.WEEKDAY_NAMES
              + ")\\s+)?(?:den\\s+)?\\d{1,2}\\.\\s+"
              + "(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)"
              + "(?:\\s+\\d{4})?$",
          FLAGS);

  /**
   * "Vi sidder her på rådhuset", "vi holder mødet på video": where the meeting is held, said as it
   * begins; the note's header gives the form and the place.
   */
  private static final Pattern PLACE_NOW =
      Pattern.compile(
          "^(?:(?:så|og)\\s+)*(?:vi\\s+sidder\\s+(?:her|ude|inde|hjemme|nede|oppe|i|på|hos)\\s.*"
              + "|vi\\s+holder\\s+(?:mødet|samtalen)\\s+(?:på\\s+video|over\\s+telefonen|i\\s+telefonen|her\\b.*))$",
          FLAGS);

  /**
   * "Det er tirsdag den 21. april, klokken er ti, og vi sidder her på rådhuset": the date, the
   * clock and the place announced as a recording starts, a sentence of nothing else. The note's
   * header carries the date and the form; a date alone ("Det er mandag den 3. august") can answer
   * when something is, so the clock, or "i dag", must be said with it.
   */
  static boolean announcesTheMeetingItself(String s) {
    String said = s.strip().replaceAll("[.!]+$", "");
    if (said.endsWith("?")) {
      return false;
    }
    String[] clauses = said.split(",\\s*(?:og\\s+)?|\\s+og\\s+(?=klokken\\s)");
    boolean clock = false;
    boolean today = false;
    for (String c : clauses) {
      String clause = c.strip();
      if (CLOCK_NOW.matcher(clause).matches()) {
        clock = true;
      } else if (DATE_NOW.matcher(clause).matches()) {
        today |= clause.toLowerCase(Locale.ROOT).contains("i dag");
      } else if (!PLACE_NOW.matcher(clause).matches()) {
        return false;
      }
    }
    return clock || today;
  }

  /** "Er der andet?", "Var der noget, du ville spørge om?": closing the conversation. */
  private static final Pattern ANYTHING_MORE =
      Pattern.compile("(?<![\\p{L}])(?:er|var)\\s+der\\s+(?:andet|mere|noget)(?![\\p{L}])", FLAGS);

  /**
   * What makes "er der noget" the closing question: something more, or to ask or add, or nothing
   * else said ("Er der noget?"). "Er der noget, du ikke kan søge på grund af ryggen?" asks of the
   * case.
   */
  private static final Pattern ANYTHING_MORE_TO_SAY =
      Pattern.compile(
          "(?<![\\p{L}])(?:andet|mere|spørge|spørgsmål|tilføje|sige|nævne|snakke|tale\\s+om)(?![\\p{L}])"
              + "|(?:er|var)\\s+der\\s+noget\\s*[?.!]?\\s*$",
          FLAGS);

  /** "Ah, du har helt ret, undskyld.": owning that the other is right says nothing of its own. */
  private static final Pattern YOU_ARE_RIGHT =
      Pattern.compile(
          "^(?:(?:ah|nå|åh|ja|jo|okay|ok)[,!.]?\\s+)*(?:du|i)\\s+har\\s+(?:helt\\s+|fuldstændig\\s+)?ret"
              + "(?:[,.!]?\\s*(?:undskyld|beklager|selvfølgelig))?[.!]?$",
          FLAGS);

  static boolean reaction(String s) {
    String said = s.strip();
    if (REACTION.matcher(said).matches() || YOU_ARE_RIGHT.matcher(said).matches()) {
      return true;
    }
    Matcher echoed = ECHOED.matcher(said);
    return echoed.matches()
        && echoesWithoutSubject(echoed.group(1))
        && REACTION.matcher(echoed.group(2)).matches();
  }

  /** ", og ", ", men ": where a second main clause joins the first. */
  private static final Pattern COORDINATED =
      Pattern.compile(",\\s+(?:og|men)\\s+(?=\\p{L})", FLAGS);

  /**
   * "Det er flot, og praktikken bliver forlænget": a reaction as the first of two main clauses
   * joined by "og" or "men" says nothing, but the clause joined to it says what it says. That
   * second clause, or null when the sentence is no such pair (or the second is a reaction too, or
   * has no verb and content word of its own).
   */
  static String afterReaction(String s) {
    Matcher joined = COORDINATED.matcher(s);
    if (!joined.find()) {
      return null;
    }
    String first = s.substring(0, joined.start());
    String second = s.substring(joined.end()).strip();
    if (!REACTION.matcher(first.strip()).matches()
        || second.endsWith("?")
        || reaction(second)
        || procedure(second)
        || !hasVerb(second)
        || contentWords(second) < 2) {
      return null;
    }
    return second;
  }

  /**
   * "Ni ansøgninger", "Halvanden time hver vej": a short phrase with no subject, which repeats what
   * was said; "Du har søgt ni" is a statement of its own.
   */
  private static boolean echoesWithoutSubject(String phrase) {
    List<String> words = Clauses.words(phrase);
    int first = 0;
    while (first < words.size()
        && Clauses.DISCOURSE_MARKERS.contains(
            Clauses.bare(words.get(first)).toLowerCase(Locale.ROOT))) {
      first++;
    }
    if (first < words.size()
        && Clauses.FRONTED_PREPOSITIONS.contains(
            Clauses.bare(words.get(first)).toLowerCase(Locale.ROOT))) {
      // "Men til Egebæk og Lundsted, det er fint": a place or time put first, which the clause
      // after it says something of; an echo repeats a thing ("Ni ansøgninger, det er flot").
      return false;
    }
    return words.size() <= 6
        && words.stream()
            .map(w -> Clauses.bare(w).toLowerCase(Locale.ROOT))
            .noneMatch(w -> Clauses.SUBJECT_PRONOUNS.contains(w) || w.equals("at"));
  }

  static boolean hasValue(String s) {
    return VALUE.matcher(s).find();
  }

  static boolean negated(String s) {
    return NEGATION.matcher(s).find();
  }

  /** Words that carry meaning: not function words, not fillers, longer than two letters. */
  static int contentWords(String s) {
    int n = 0;
    for (String w : s.split("[^\\p{L}\\d-]+")) {
      String l = w.toLowerCase(Locale.ROOT);
      if (l.length() > 2 && !STOP.contains(l)) {
        n++;
      }
    }
    return n;
  }

  /** Capitalised words inside the sentence that are not common sentence openers: names. */
  static int names(String s) {
    String[] words = s.strip().split("\\s+");
    int n = 0;
    for (int i = 1; i < words.length; i++) {
      String w = NOT_NAME_CHAR.matcher(words[i]).replaceAll("");
      if (w.length() > 1
          && Character.isUpperCase(w.charAt(0))
          && !w.equals("I")
          && !words[i - 1].matches(".*[.!?:]$")) {
        n++;
      }
    }
    return n;
  }

  /**
   * A word the dictionary knows, but not as a verb ("weekender", "eftermiddage"): no finite verb,
   * however it ends.
   */
  private static boolean nounOnly(String word) {
    java.util.Set<dk.samtalenotat.language.DanishWords.WordClass> classes =
        dk.samtalenotat.language.DanishWords.wordClasses(word);
    return !classes.isEmpty()
        && !classes.contains(dk.samtalenotat.language.DanishWords.WordClass.VERB);
  }

  /**
   * Whether a sentence has a finite verb: one the engine knows, a past tense in "-ede", or a word
   * in "-er" right after a subject. Else it is a fragment ("Smed, klejnsmed, svejser").
   */
  static boolean hasVerb(String s) {
    String[] words = s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    for (int i = 0; i < words.length; i++) {
      String l = words[i];
      if (l.equals("ved") && !knowsVerb(words, i)) {
        continue; // "ude ved motorvejen": the preposition, not "vide"
      }
      if (Clauses.isFiniteVerb(l) || l.length() > 4 && l.endsWith("ede")) {
        return true;
      }
      // Danish puts the finite verb second: "kommunen udbetaler tilskuddet", "Lisbeth skal ...".
      if (i >= 1
          && i <= 3
          && words.length >= 4
          && l.length() > 4
          && l.matches(".*(?:er|ede|te)")
          && !MONTHS.contains(l)
          && !l.matches(".*(?:timer|uger|dage|gange|kroner|penge)")
          && !nounOnly(l)) {
        return true;
      }
      if (i > 0
          && l.endsWith("er")
          && l.length() > 3
          && !MONTHS.contains(l)
          && Clauses.SUBJECT_PRONOUNS.contains(words[i - 1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "ved" at {@code i} is the verb "vide" ("jeg ved det", "ved du hvad"), not the
   * preposition ("ude ved motorvejen", "ved siden af"): after its subject, or opening a question.
   */
  private static boolean knowsVerb(String[] words, int i) {
    String before = i > 0 ? words[i - 1] : "";
    String after = i + 1 < words.length ? words[i + 1] : "";
    return Clauses.SUBJECT_PRONOUNS.contains(before)
        || before.equals("man")
        || before.equals("ikke")
        || (before.isEmpty() && Clauses.SUBJECT_PRONOUNS.contains(after))
        || Set.of(
                "ikke",
                "godt",
                "det",
                "at",
                "hvad",
                "hvor",
                "hvordan",
                "om",
                "jo",
                "nu",
                "ingenting")
            .contains(after);
  }

  /** How much a sentence says, for choosing what stays when the note must be short. */
  static int weight(String s) {
    int w = contentWords(s);
    w += 3 * countMatches(VALUE, s);
    w += 2 * names(s);
    if (negated(s)) {
      w += 1;
    }
    return w;
  }

  private static int countMatches(Pattern p, String s) {
    int n = 0;
    var m = p.matcher(s);
    while (m.find()) {
      n++;
    }
    return Math.min(n, 4);
  }
}
