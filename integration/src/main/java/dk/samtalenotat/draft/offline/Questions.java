package dk.samtalenotat.draft.offline;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Questions and what an answer to one establishes. "Har du bil?" answered "Ja" states "du har bil";
 * "Du har været sygemeldt siden 1. september, ikke?" answered "Jo" states what it asks; a question
 * nobody answered states nothing. A question the citizen asks is reported as asked ("om Lone må
 * komme med").
 */
final class Questions {

  enum Form {
    POLAR,
    DECLARATIVE,
    WH
  }

  private static final Set<String> LEADING =
      Set.of("og", "men", "så", "nå", "altså", "jamen", "eller", "ja", "jo", "okay", "godt", "nej");
  private static final Set<String> DETERMINERS =
      Set.of(
          "den", "det", "de", "din", "dit", "dine", "min", "mit", "mine", "hans", "hendes", "jeres",
          "vores", "en", "et", "borgers", "sin", "sit", "sine");

  private Questions() {}

  /**
   * "Hvornår er din næste modultest?", "Hvad er timelønnen?": a question of what a thing named by
   * its noun is. The noun phrase, with "din"/"dit"/"dine"/"jeres" said as "den"/"det"/"de" so it
   * reads the same in anyone's words; null for other questions.
   */
  private static final java.util.regex.Pattern TOPIC_QUESTION =
      java.util.regex.Pattern.compile(
          "^hv(?:ad|ornår|or|ordan|ilken|ilket|ilke)\\s+(?:er|var|bliver)\\s+"
              + "(?:(din|dit|dine|jeres)\\s+((?:\\p{L}+\\s+){0,2}\\p{L}{3,})"
              + "|(\\p{L}{3,}(?:en|et|ne)))(?:\\s+(?:så|nu|egentlig|i\\s+dag))?$",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /** Words that are no noun a question can be about ("Hvad er det?", "Hvordan er den?"). */
  private static final Set<String> NO_TOPIC =
      Set.of("den", "det", "de", "dem", "der", "hende", "ham", "meningen", "planen", "sket");

  static String topic(String question) {
    String asked = stripLeading(SpokenCleaner.withoutTag(question.strip()));
    java.util.regex.Matcher about = WHAT_ABOUT.matcher(asked);
    if (about.matches()) {
      return about.group(1).toLowerCase(Locale.ROOT);
    }
    java.util.regex.Matcher goes = HOW_GOES.matcher(asked);
    if (goes.matches()) {
      return goingWith(goes.group(1));
    }
    java.util.regex.Matcher m = TOPIC_QUESTION.matcher(asked);
    if (!m.matches()) {
      return null;
    }
    if (m.group(3) != null) {
      String noun = m.group(3).toLowerCase(Locale.ROOT);
      return NO_TOPIC.contains(noun) ? null : noun;
    }
    String words = m.group(2).toLowerCase(Locale.ROOT);
    for (String w : words.split("\\s+")) {
      if (NO_TOPIC.contains(w) || Clauses.isFiniteVerb(w)) {
        return null;
      }
    }
    String possessive = m.group(1).toLowerCase(Locale.ROOT);
    String article =
        switch (possessive) {
          case "dit" -> "det";
          case "dine" -> "de";
          case "jeres" -> words.endsWith("e") || words.endsWith("er") ? "de" : "den";
          default -> "den";
        };
    return article + " " + words;
  }

  /**
   * "Hvad med bilen?", "Hvordan med børnene om morgenen?": a question without a verb that names the
   * thing it asks about by a noun in the definite form; the answer's pronoun for it ("Jeg kan godt
   * aflevere dem") is that thing.
   */
  private static final java.util.regex.Pattern WHAT_ABOUT =
      java.util.regex.Pattern.compile(
          "^hv(?:ad|ordan)\\s+med\\s+(\\p{L}{2,}(?:en|et|ne))(?:\\s+(?:om|i|på|til|efter|fra)\\s+[\\p{L}\\s]+)?$",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /** "dem" for a thing named in the plural. */
  private static final java.util.regex.Pattern THEM =
      java.util.regex.Pattern.compile(
          "(?<![\\p{L}])dem(?![\\p{L}])",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /**
   * "Hvordan går det med danskuddannelsen?": what the question asks how it goes with, which a short
   * answer ("Det går godt.") leaves out.
   */
  private static final java.util.regex.Pattern HOW_GOES =
      java.util.regex.Pattern.compile(
          "^hvordan\\s+går\\s+det\\s+(?:(?:så|nu|egentlig)\\s+)*med\\s+(.+)$",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /** The asker's "din"/"dit"/"dine" in the answerer's words: "min", "mit", "mine". */
  private static final java.util.Map<String, String> ANSWERERS =
      java.util.Map.of("din", "min", "dit", "mit", "dine", "mine");

  /**
   * "med" and the thing it goes with, in the answerer's words; null for a person ("med dig", "med
   * ham") or a "jeres" the note could not pin to anyone.
   */
  private static String goingWith(String thing) {
    List<String> w = Clauses.words(thing);
    StringBuilder out = new StringBuilder("med");
    boolean noun = false;
    for (String word : w) {
      String b = Clauses.bare(word).toLowerCase(Locale.ROOT);
      if (b.equals("jeres")
          || b.equals("jer")
          || b.equals("dig")
          || b.equals("ham")
          || b.equals("hende")
          || b.equals("det")
          || b.equals("den")) {
        return null;
      }
      String own = ANSWERERS.get(b);
      out.append(' ').append(own != null ? own : word);
      noun |= own == null && b.length() >= 4;
    }
    return noun ? out.toString() : null;
  }

  /**
   * A short answer of how it goes: "Det går godt.", "Det går rigtig fint." An evaluation only, so
   * "det går ud over jobsøgningen" is never one.
   */
  private static final java.util.regex.Pattern IT_GOES =
      java.util.regex.Pattern.compile(
          "^((?:(?:og|men|ja|jo|nej|altså)[,]?\\s+)*)det\\s+går\\s+("
              + "(?:(?:rigtig|meget|ret|lidt|helt|faktisk|egentlig|vist|da|nu|også|bare)\\s+)*"
              + "(?:godt|fint|bedre|dårligt|dårligere|skidt|okay|ok|langsomt|stærkt|fremad"
              + "|nogenlunde|værre|som det skal))([.!]?)$",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /** An answer that opens by naming the asked-about thing with a pronoun ("den er i marts"). */
  private static final java.util.regex.Pattern PRONOUN_SUBJECT =
      java.util.regex.Pattern.compile(
          "^((?:(?:og|men|ja|jo|nej)[,]?\\s+)*(?:(?:hun|han)\\s+siger,?\\s+at\\s+)?)(den|det|de)"
              + "(\\s+(?:er|var|bliver|ligger)\\s)",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /**
   * The answer with the pronoun that stands for the asked-about thing replaced by its name: asked
   * "Hvornår er din næste modultest?", "Den er i marts" says "Den næste modultest er i marts". The
   * answer unchanged when it does not open so.
   */
  static String withTopic(String answer, String topic) {
    if (topic == null) {
      return answer;
    }
    if (topic.startsWith("med ")) {
      // "Hvordan går det med danskuddannelsen?" "Det går godt." says that the course goes well.
      java.util.regex.Matcher goes = IT_GOES.matcher(answer.strip());
      if (!goes.matches()) {
        return answer;
      }
      String thing = topic.substring("med ".length());
      String head = goes.group(1);
      return head
          + (head.isEmpty() ? Clauses.upperFirst(thing) : thing)
          + " går "
          + goes.group(2)
          + goes.group(3);
    }
    java.util.regex.Matcher m = PRONOUN_SUBJECT.matcher(answer);
    if (!m.lookingAt()) {
      java.util.regex.Matcher them = THEM.matcher(answer);
      boolean plural = topic.matches("\\p{L}+(?:ene|erne|ne)") && !topic.contains(" ");
      return plural && them.find()
          ? answer.substring(0, them.start()) + topic + answer.substring(them.end())
          : answer;
    }
    String head = m.group(1);
    String named = head.isEmpty() ? Clauses.upperFirst(topic) : topic;
    return head + named + m.group(3) + answer.substring(m.end());
  }

  static Form form(String question) {
    List<String> w = Clauses.words(stripLeading(question));
    if (w.isEmpty()) {
      return Form.DECLARATIVE;
    }
    String first = Clauses.bare(w.get(0));
    if (first.startsWith("hv")) {
      return Form.WH;
    }
    if (Clauses.isFiniteVerb(first) && w.size() > 1) {
      return Form.POLAR;
    }
    if (w.size() > 1
        && Clauses.PERSONAL_SUBJECTS.contains(Clauses.bare(w.get(1)))
        && dk.samtalenotat.language.SpokenDanish.isTensedVerb(first)) {
      // "Løfter du noget?": a verb the dictionary knows, in the present or the past, before its
      // subject, where the short list of common verbs does not reach.
      return Form.POLAR;
    }
    return Form.DECLARATIVE;
  }

  /**
   * "Lige for at have styr på det: Du har været ledig siden ...?": what announces the question
   * before a colon, which is no part of what it asks.
   */
  private static final java.util.regex.Pattern PREAMBLE =
      java.util.regex.Pattern.compile("^([^:]{1,60}):\\s+(?=\\p{L})");

  /**
   * A question of what, when or how put politely as a question of telling ("Kan du starte med at
   * fortælle, hvornår du blev sygemeldt?") as the question it puts ("Hvornår blev du sygemeldt?");
   * any other question as it is.
   */
  static String embeddedAsked(String question) {
    java.util.regex.Matcher m = TELL_ME.matcher(question.strip());
    if (!m.matches()) {
      return question;
    }
    String asked = m.group(1);
    java.util.regex.Matcher inverted = SUBJECT_VERB.matcher(asked);
    if (inverted.lookingAt()) {
      // Danish puts the verb before the subject in the question itself.
      asked =
          inverted.group(1)
              + " "
              + inverted.group(3)
              + " "
              + inverted.group(2)
              + asked.substring(inverted.end());
    }
    return Clauses.upperFirst(asked.strip());
  }

  private static final java.util.regex.Pattern TELL_ME =
      java.util.regex.Pattern.compile(
          "(?iu)^(?:(?:og|så)\\s+)?(?:kan|vil|gider|må\\s+jeg\\s+bede)\\s+(?:du|I)\\s+"
              + "(?:(?:lige|godt|ikke|starte\\s+med\\s+at|prøve\\s+at)\\s+)*"
              + "(?:fortælle|sige|forklare|beskrive)(?:\\s+(?:mig|os))?(?:\\s+lidt)?,?\\s+"
              + "((?:hvornår|hvad|hvor|hvordan|hvorfor|hvem|hvilke|hvilken|hvilket)\\s.+\\?)$");

  private static final java.util.regex.Pattern SUBJECT_VERB =
      java.util.regex.Pattern.compile(
          "(?iu)((?:hvornår|hvad|hvor|hvordan|hvorfor|hvem|hvilke|hvilken|hvilket)"
              + "(?:\\s+(?:meget|mange|længe|tid))?)\\s+(du|I|han|hun|vi|de|jeg)\\s+(\\p{L}+)");

  /** The question without "og", "så" and the like at its start, and without "?". */
  static String stripLeading(String question) {
    String q = question.strip().replaceAll("\\?+$", "");
    java.util.regex.Matcher preamble = PREAMBLE.matcher(q);
    if (preamble.lookingAt() && Clauses.words(preamble.group(1)).size() <= 8) {
      q = q.substring(preamble.end());
    }
    List<String> w = Clauses.words(q);
    while (w.size() > 1 && LEADING.contains(Clauses.bare(w.get(0)))) {
      w.remove(0);
    }
    return topicTakenUp(String.join(" ", w).replaceAll(",$", ""));
  }

  /**
   * "Din a-kasse, er der noget nyt fra dem?": a thing put first, then the question that takes it up
   * by a pronoun after a preposition.
   */
  private static final java.util.regex.Pattern TOPIC_FIRST =
      java.util.regex.Pattern.compile(
          "^((?:din|dit|dine|jeres|den|det|de)\\s+[^,?.!]{2,40}),\\s+(.+)$",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  private static final java.util.regex.Pattern TAKEN_UP =
      java.util.regex.Pattern.compile(
          "(?<![\\p{L}])((?:fra|med|til|om|hos|ved|på|af|for)\\s+)(?:dem|den|det|ham|hende)(?![\\p{L}])",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /**
   * The question with the thing put first in the pronoun's place: "er der noget nyt fra din
   * a-kasse", which a "nej" can deny as a whole. Unchanged when the question does not take it up.
   */
  private static String topicTakenUp(String question) {
    java.util.regex.Matcher m = TOPIC_FIRST.matcher(question);
    if (!m.matches() || form(m.group(2)) == Form.DECLARATIVE) {
      return question;
    }
    java.util.regex.Matcher pronoun = TAKEN_UP.matcher(m.group(2));
    if (!pronoun.find()) {
      return question;
    }
    String topic = Clauses.lowerFirst(m.group(1));
    return Clauses.upperFirst(
        m.group(2).substring(0, pronoun.start())
            + pronoun.group(1)
            + topic
            + m.group(2).substring(pronoun.end()));
  }

  /** What a yes/no question or a confirmation-seeking statement asserts, as a main clause. */
  static String asStatement(String question) {
    String q = SpokenCleaner.withoutTag(question.strip());
    q = stripLeading(q);
    if (form(q) != Form.POLAR) {
      return q;
    }
    List<String> w = Clauses.words(q);
    int subjectEnd = subjectEnd(w, 1);
    if (subjectEnd < 0) {
      return null;
    }
    String verb = w.get(0).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    b.append(String.join(" ", w.subList(1, subjectEnd))).append(' ').append(verb);
    if (subjectEnd < w.size()) {
      b.append(' ').append(String.join(" ", w.subList(subjectEnd, w.size())));
    }
    return b.toString();
  }

  /** "Må jeg (lige) spørge (dig), om ...", "Jeg vil gerne spørge, hvad ...": asking to ask. */
  private static final java.util.regex.Pattern ASKING_TO_ASK =
      java.util.regex.Pattern.compile(
          "^(?:må|kan|skal)\\s+jeg\\s+(?:lige\\s+|godt\\s+)*spørge(?:\\s+dig|\\s+jer|\\s+om\\s+noget)?,?\\s+"
              + "(om|hv\\p{L}+)(?![\\p{L}])",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /** "Hvad er det, du søger?": a question of what, split by "er det". */
  private static final java.util.regex.Pattern CLEFT =
      java.util.regex.Pattern.compile(
          "^(hv\\p{L}+(?:\\s+\\p{L}+){0,3}?)\\s+er\\s+det,?\\s+(?:som\\s+)?(.+)$",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /** A question as reported: "om Lone må komme med", "hvad det koster". */
  static String indirect(String question) {
    String q = stripLeading(question);
    java.util.regex.Matcher asking = ASKING_TO_ASK.matcher(q);
    if (asking.lookingAt()) {
      // "Må jeg spørge, om jeg kan ...?": the question is what follows, in its own word order.
      return Clauses.lowerFirst(q.substring(asking.start(1)));
    }
    java.util.regex.Matcher cleft = CLEFT.matcher(q);
    if (cleft.matches()) {
      // "Hvilke slags job er det, du søger?" asks "hvilke slags job du søger".
      return Clauses.lowerFirst(cleft.group(1)) + " " + cleft.group(2);
    }
    Form f = form(q);
    if (f == Form.POLAR) {
      String s = asStatement(q);
      return s == null ? null : "om " + Clauses.subordinate(s, subjectWords(s));
    }
    if (f == Form.DECLARATIVE) {
      return "om " + Clauses.lowerFirst(q);
    }
    List<String> w = Clauses.words(q);
    int phrase = 1;
    String first = Clauses.bare(w.get(0));
    if (first.equals("hvor") && w.size() > 2) {
      String second = Clauses.bare(w.get(1));
      if (second.equals("mange") || second.equals("meget")) {
        phrase = w.size() > 3 && !Clauses.isFiniteVerb(Clauses.bare(w.get(2))) ? 3 : 2;
      } else if (Set.of(
              "gammel", "gamle", "lang", "langt", "længe", "tit", "ofte", "tidligt", "sent", "stor")
          .contains(second)) {
        phrase = 2;
      }
    } else if (first.equals("hvad")
        && w.size() > 3
        && Set.of("tid", "slags", "dag")
            .contains(Clauses.bare(w.get(1)).toLowerCase(Locale.ROOT))) {
      phrase = 2; // "hvad tid skal jeg møde" is "hvad tid borger skal møde"
    } else if ((first.equals("hvilke") || first.equals("hvilken") || first.equals("hvilket"))
        && w.size() > 2) {
      phrase = 2;
    }
    if (phrase >= w.size()) {
      return null;
    }
    String wh = String.join(" ", w.subList(0, phrase)).toLowerCase(Locale.ROOT);
    List<String> rest = w.subList(phrase, w.size());
    boolean verbFirst =
        rest.size() >= 2
            && (Clauses.isFiniteVerb(Clauses.bare(rest.get(0)))
                || Clauses.SUBJECT_PRONOUNS.contains(Clauses.bare(rest.get(1))));
    if (verbFirst) {
      int subjectEnd = subjectEnd(rest, 1);
      if (subjectEnd > 0) {
        String verb = rest.get(0).toLowerCase(Locale.ROOT);
        String subject = String.join(" ", rest.subList(1, subjectEnd));
        String tail = String.join(" ", rest.subList(subjectEnd, rest.size()));
        String clause = (subject + " " + verb + (tail.isEmpty() ? "" : " " + tail)).strip();
        return wh + " " + Clauses.subordinate(clause, subjectWords(clause));
      }
    }
    // "hvem kommer", "hvad koster det": the wh-word is the subject or the verb has no subject.
    if (rest.size() >= 2 && Clauses.isFiniteVerb(Clauses.bare(rest.get(0)))) {
      return wh + " " + String.join(" ", rest);
    }
    return wh + " " + String.join(" ", rest);
  }

  /** The end (exclusive) of the subject that starts at {@code at}: a pronoun or a short phrase. */
  private static int subjectEnd(List<String> w, int at) {
    if (at >= w.size()) {
      return -1;
    }
    String first = Clauses.bare(w.get(at));
    if (Clauses.SUBJECT_PRONOUNS.contains(first)
        || first.equals("borger")
        || first.equals("sagsbehandler")) {
      return at + 1;
    }
    if (DETERMINERS.contains(first) && at + 1 < w.size()) {
      return at + 2;
    }
    return at + 1;
  }

  /** How many words the subject at the start of a main clause has (for word order). */
  static int subjectWords(String clause) {
    List<String> w = Clauses.words(clause);
    if (w.size() >= 3
        && Clauses.bare(w.get(1)).equals("og")
        && !Clauses.isFiniteVerb(Clauses.bare(w.get(0)))) {
      return 3; // "sagsbehandler og borger"
    }
    int end = subjectEnd(w, 0);
    return Math.max(1, end);
  }

  /**
   * "nogen", "noget", "nogle" before a noun: the question's "any", which a "ja" answers with the
   * thing itself ("Har du nogen ferie planlagt?" "Ja." says "har ferie planlagt"). Kept where it is
   * a pronoun or a part ("noget andet", "nogen af dem").
   */
  private static final java.util.regex.Pattern ANY =
      java.util.regex.Pattern.compile(
          "(?<![\\p{L}])(?:nogen|noget|nogle)\\s+(?!(?:af|andet|andre|anden|mere|flere|som|der|at|om"
              + "|i|på|til|med|for|fra|ved|særligt|specielt|bestemt|sted|steder|gang|gange|tid)"
              + "(?![\\p{L}]))(?=\\p{L})",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  static String withoutAnyWord(String statement) {
    return ANY.matcher(statement).replaceAll("");
  }

  /**
   * The statement with its polarity turned: "borger har bil" gives "borger har ikke bil", and a
   * statement with "ikke" loses it.
   */
  static String negate(String statement) {
    // Only the main clause's "ikke" turns: "der er noget, du ikke kan søge" denied is "der er
    // ikke noget, du ikke kan søge", not "der er noget, du kan søge".
    int comma = statement.indexOf(',');
    String main = comma < 0 ? statement : statement.substring(0, comma);
    if (main.matches("(?s).*(?<![\\p{L}])ikke(?![\\p{L}]).*")) {
      return main.replaceFirst("\\s+ikke(?![\\p{L}])", "")
          + (comma < 0 ? "" : statement.substring(comma));
    }
    List<String> w = Clauses.words(statement);
    int v = subjectWords(statement);
    if (v >= w.size()) {
      return null;
    }
    if (Clauses.bare(w.get(v)).equals("skal")) {
      // "Skal jeg sende kvitteringer?" "Nej.": no need to, which is not "must not".
      w.set(v, "behøver");
    }
    int at = v + 1;
    while (at < w.size() - 1 && Clauses.bare(w.get(at)).equals("så")) {
      at++; // "jeg skal så sende" gives "jeg behøver så ikke sende"
    }
    w.add(at, "ikke");
    return String.join(" ", w);
  }

  private static final java.util.regex.Pattern MAIN_ORDER_IN_SUBORDINATE =
      java.util.regex.Pattern.compile(
          "^((?:om|hvad|hvor|hvordan|hvornår|hvem|hvilke|hvis|når|fordi)\\s+"
              + "(?:borger|sagsbehandler|han|hun|de|vi|jeg|du|man|det|der|den|kommunen))\\s+"
              + "(har|er|skal|kan|vil|må|bør|får|var|havde|blev|bliver|gør)\\s+"
              + "(ikke|bare|selv|også|aldrig|altid|stadig|allerede|gerne|nok|lige)(?=\\s)",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /**
   * A reported question or condition is a subordinate clause, where the sentence adverb comes
   * before the verb: spoken "om jeg skal bare starte" is written "om borger bare skal starte".
   */
  static String adverbBeforeVerb(String clause) {
    return MAIN_ORDER_IN_SUBORDINATE.matcher(clause).replaceFirst("$1 $3 $2");
  }
}
