package dk.samtalenotat.draft.offline;

import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import dk.samtalenotat.draft.offline.Statement.Kind;
import dk.samtalenotat.language.DanishDates;
import dk.samtalenotat.language.DanishWords;
import dk.samtalenotat.template.NoteTemplate;
import dk.samtalenotat.template.Tone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the statements as the note's sentences, by the template: each in the section the template
 * has for it (agreements outside the job-conversation types become next steps, written as a plan),
 * what the caseworker's closing summary said preferred over the same agreement said earlier,
 * consecutive statements of one speaker joined into one sentence ("Borger oplyste, at ..., og at
 * ..."), and the note held to the template's tone and length by leaving out the statements that say
 * least. Agreements and next steps are never left out.
 */
final class NoteWriter {

  /** Sections whose sentences are never cut for tone or length: they bind or plan. */
  private static final Set<NoteSection> NEVER_CUT =
      EnumSet.of(NoteSection.AFTALER, NoteSection.NAESTE_SKRIDT);

  /** Reported clauses joined into one sentence at most, and when the note would be too long. */
  private static final int MAX_JOINED = 3;

  private static final int MAX_JOINED_WHEN_LONG = 4;

  private static final Pattern INFINITIVE_START =
      Pattern.compile("^borger\\s+(\\p{L}+)\\s+(.+)$", Pattern.UNICODE_CASE);

  private static final Pattern SELF_AGAIN =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}-]+)\\s(?:.*?)( fra (?i:\\1))(?![\\p{L}])", Pattern.UNICODE_CASE);

  private NoteWriter() {}

  /**
   * A sentence with its weight; {@code kept} when no tone or length may leave it out (a passage in
   * another language: left out, the caseworker would not know that something was said that nobody
   * translated).
   */
  record Weighted(DraftSentence sentence, int weight, boolean kept) {
    Weighted(DraftSentence sentence, int weight) {
      this(sentence, weight, false);
    }
  }

  static List<DraftSentence> write(
      List<Statement> statements, NoteTemplate template, boolean pronounKnown) {
    Map<Statement, Set<String>> keys = new java.util.IdentityHashMap<>();
    for (Statement st : statements) {
      keys.put(st, words(st.text()));
    }
    List<Statement> kept = preferSummary(statements, keys);
    kept = withoutRepeats(kept, keys);
    List<Statement> placed = new ArrayList<>();
    for (Statement s : kept) {
      NoteSection section = template.placeOf(s.section());
      Statement moved =
          new Statement(
              section,
              s.kind(),
              s.source(),
              frame(s, section),
              s.text(),
              s.citations(),
              s.weight(),
              s.order());
      placed.add(moved);
    }
    placed.sort(
        Comparator.comparing(Statement::section)
            .thenComparing(NoteWriter::rank)
            .thenComparingInt(Statement::order));
    placed = ownWithReported(placed);
    int max = template.length().maxSentences();
    List<Weighted> sentences = join(placed, pronounKnown, MAX_JOINED);
    // Too long: first more clauses to a sentence, then the statements that say least give way.
    for (int joined = MAX_JOINED + 1;
        sentences.size() > max && joined <= MAX_JOINED_WHEN_LONG;
        joined++) {
      sentences = join(placed, pronounKnown, joined);
    }
    while (sentences.size() > max) {
      Statement lightest = lightest(placed);
      if (lightest == null) {
        break;
      }
      placed.remove(lightest);
      sentences = join(placed, pronounKnown, MAX_JOINED_WHEN_LONG);
    }
    return fitWeighted(sentences, template);
  }

  /**
   * The statement that says least among those that may give way: in "Drøftet og vurderet", then
   * "Borgerens situation", then who took part; a section keeps at least one statement.
   */
  private static Statement lightest(List<Statement> placed) {
    for (NoteSection section : CUT_FIRST) {
      List<Statement> in =
          placed.stream()
              .filter(
                  s ->
                      s.section() == section
                          && s.kind() != Kind.PURPOSE
                          && s.kind() != Kind.RECORDING_STOPPED)
              .toList();
      long all = placed.stream().filter(s -> s.section() == section).count();
      if (in.isEmpty() || all <= 1) {
        continue;
      }
      Statement light = null;
      for (Statement s : in) {
        if (light == null || s.weight() <= light.weight() && s.weight() < light.weight() + 1) {
          if (light == null || s.weight() < light.weight()) {
            light = s;
          }
        }
      }
      return light;
    }
    return null;
  }

  /**
   * What a party at the meeting says of themselves ("Ægtefællen startede den 1. marts 2026") is
   * written as a sentence of its own; said in the same stretch as what the same party reports
   * ("Ægtefællen oplyste, at det er 22 timer om ugen"), it is one more clause of that report, so
   * that what one person told in one breath stays in one sentence ("Ægtefællen oplyste, at
   * ægtefællen startede den 1. marts 2026, og at det er 22 timer om ugen"). Only for the other
   * parties: the citizen's statements are reported already, and the caseworker's own sentences
   * ("Sagsbehandler vil være tydelig: ...") are often a stance rather than a fact told.
   */
  static List<Statement> ownWithReported(List<Statement> placed) {
    List<Statement> out = new ArrayList<>(placed.size());
    for (Statement s : placed) {
      String reportFrame = s.source().subject() + " oplyste, at";
      boolean own =
          !s.reported()
              && s.kind() == Kind.INFORMATION
              && !s.source().isCitizen()
              && !s.source().isCaseworker()
              && !s.source().isInterpreter()
              && s.text().startsWith(s.source().subject() + " ")
              && !s.text().contains(":")
              && !s.text().endsWith("?");
      Statement reportedNear =
          own
              ? placed.stream()
                  .filter(
                      t ->
                          t != s
                              && t.reported()
                              && t.source().equals(s.source())
                              && t.section() == s.section()
                              && t.frame().equals(reportFrame)
                              && (near(t, s) || near(s, t)))
                  .findFirst()
                  .orElse(null)
              : null;
      if (reportedNear == null) {
        out.add(s);
        continue;
      }
      String text = s.text();
      String clause =
          Clauses.subordinateAll(Clauses.lowerFirst(text), Questions.subjectWords(text));
      out.add(
          new Statement(
              s.section(),
              s.kind(),
              s.source(),
              reportFrame,
              clause,
              s.citations(),
              s.weight(),
              s.order()));
    }
    return out;
  }

  /**
   * Within "Formål", what kind of conversation it was ("Samtalen var en informationssamtale") comes
   * first, then its purpose or why the citizen called, then who took part: said in the conversation
   * after the reason for the call, the kind would otherwise stand between the reason and the
   * citizen's account of it.
   */
  private static int rank(Statement s) {
    if (s.kind() == Kind.PURPOSE) {
      return s.text().startsWith("Samtalen var ") ? 0 : 1;
    }
    return s.kind() == Kind.PARTICIPATION ? 2 : 3;
  }

  /** Agreements outside "Aftaler" are a plan, not an obligation. */
  private static String frame(Statement s, NoteSection placed) {
    if (s.section() == NoteSection.AFTALER
        && placed != NoteSection.AFTALER
        && s.frame().startsWith("Det blev aftalt")) {
      return "Planen er, at";
    }
    return s.frame();
  }

  /**
   * The caseworker's closing summary restates what was agreed: an agreement said earlier that the
   * summary says again gives way to the summary's words.
   */
  private static List<Statement> preferSummary(
      List<Statement> statements, Map<Statement, Set<String>> keys) {
    List<Statement> summary = statements.stream().filter(s -> s.kind() == Kind.SUMMARY).toList();
    if (summary.isEmpty()) {
      return statements;
    }
    List<Statement> out = new ArrayList<>();
    for (Statement s : statements) {
      if (s.kind() == Kind.AGREEMENT
          && summary.stream().anyMatch(x -> overlap(keys.get(x), keys.get(s)) >= 0.5)) {
        continue;
      }
      out.add(s);
    }
    return out;
  }

  /**
   * Leaves out a statement whose words another, weightier statement already has. A fact the closing
   * summary says again gives way to where it was said in the conversation, which has the context
   * said with it ("6 job siden sidst: 2 i butik, 3 i rengøring"), and never covers it.
   */
  private static List<Statement> withoutRepeats(
      List<Statement> statements, Map<Statement, Set<String>> keys) {
    List<Statement> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Statement s : statements) {
      String key = s.frame() + "|" + s.text().toLowerCase(Locale.ROOT);
      if (!seen.add(key)) {
        continue;
      }
      out.add(s);
    }
    List<Statement> result = new ArrayList<>();
    for (Statement s : out) {
      boolean covered = false;
      for (Statement other : out) {
        if (other == s || other.kind() == Kind.MEETING || s.kind() == Kind.MEETING) {
          continue;
        }
        Set<String> wb = keys.get(s);
        boolean restated = s.kind() == Kind.RESTATED;
        if (other.kind() == Kind.RESTATED && !restated) {
          continue; // the summary says again what was said, with its context, earlier
        }
        if (wb.size() >= 3
            && keys.get(other).containsAll(wb)
            && (restated && other.kind() != Kind.RESTATED
                || other.weight() > s.weight()
                || other.weight() == s.weight() && other.order() < s.order())) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        result.add(s);
      }
    }
    return result;
  }

  private static double overlap(Set<String> wa, Set<String> wb) {
    if (wa.isEmpty() || wb.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(wa);
    both.retainAll(wb);
    return (double) both.size() / Math.min(wa.size(), wb.size());
  }

  private static Set<String> words(String s) {
    Set<String> out = new LinkedHashSet<>(DanishWords.contentKeys(s));
    // Numbers, weekdays and months are what a repeat must have too ("mandag til fredag" is not
    // said again by a sentence that names only the Monday); the word keys leave them out.
    for (String w : s.split("[^\\p{L}\\d]+")) {
      if (w.matches("\\d+") || DAY_OR_MONTH.matcher(w).matches()) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    out.removeAll(FRAME_WORDS);
    return out;
  }

  private static final Pattern DAY_OR_MONTH =
      Pattern.compile(
          "(?:"
              + DanishDates.WEEKDAY_NAMES
              + "|januar|februar|marts|april|maj"
              + "|juni|juli|august|september|oktober|november|december)(?:en|e)?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Words that frame a note sentence and say nothing of their own. */
  private static final Set<String> FRAME_WORDS =
      Set.of(
          "borg",
          "borger",
          "sagsbehandl",
          "sagsbehandler",
          "oplys",
          "oplyste",
          "kommun",
          "kommunen");

  /**
   * The sentences of the note: a reported statement joins the sentence of the same speaker and
   * frame earlier in its section ("Borger oplyste, at A, at B, og at C"), up to {@code maxJoined}
   * clauses; a statement of its own is a sentence of its own. Sentences keep the order in which
   * their first statement was said.
   */
  private static List<Weighted> join(List<Statement> placed, boolean pronounKnown, int maxJoined) {
    List<List<Statement>> slots = new ArrayList<>();
    for (Statement s : placed) {
      List<Statement> open = null;
      if (summaryFragment(s) && !slots.isEmpty()) {
        List<Statement> last = slots.get(slots.size() - 1);
        Statement tail = last.get(last.size() - 1);
        if (summaryFragment(last.get(0))
            && last.get(0).section() == s.section()
            && last.size() < maxJoined
            && adjacent(tail, s)) {
          open = last;
        }
      }
      if (open == null && s.reported()) {
        for (List<Statement> slot : slots) {
          Statement head = slot.get(0);
          if (head.reported()
              && head.section() == s.section()
              && head.frame().equals(s.frame())
              && slot.size() < maxJoined
              && near(slot.get(slot.size() - 1), s)) {
            open = slot;
          }
        }
      }
      if (open == null) {
        open = new ArrayList<>();
        slots.add(open);
      }
      open.add(s);
    }
    List<Weighted> out = new ArrayList<>();
    for (List<Statement> group : slots) {
      out.add(sentenceOf(group, pronounKnown));
    }
    return out;
  }

  /**
   * Segments apart at most for two statements to share a sentence. What a speaker says in one
   * stretch of the conversation belongs together ("we talked about an assessment; it never came to
   * anything; he has not been assessed"); a remark from much earlier joined in between would cut
   * the follow-up that settles it into a sentence of its own, and the joined sentence would read as
   * if the question were the answer.
   */
  private static final int NEAR_SEGMENTS = 6;

  private static boolean near(Statement earlier, Statement later) {
    if (earlier.citations().isEmpty() || later.citations().isEmpty()) {
      return true;
    }
    int last = earlier.citations().stream().mapToInt(Integer::intValue).max().orElse(0);
    int first = later.citations().stream().mapToInt(Integer::intValue).min().orElse(0);
    return Math.abs(first - last) <= NEAR_SEGMENTS;
  }

  /**
   * A point of the caseworker's closing summary said as a list without a verb ("Fleksjob hos X som
   * gartneriassistent. 16 timer om ugen. Løn 165 kr. i timen. Start tirsdag den 7. april."): the
   * points after the first belong to the first, and a start date read alone ("Start tirsdag ...")
   * no longer says what starts. Such points said one after the other share a sentence.
   */
  private static boolean summaryFragment(Statement s) {
    return s.kind() == Kind.SUMMARY && !s.reported() && !Content.hasVerb(s.text());
  }

  /** Said in the same or the next segment. */
  private static boolean adjacent(Statement earlier, Statement later) {
    if (earlier.citations().isEmpty() || later.citations().isEmpty()) {
      return false;
    }
    int last = earlier.citations().stream().mapToInt(Integer::intValue).max().orElse(0);
    int first = later.citations().stream().mapToInt(Integer::intValue).min().orElse(0);
    return first >= last && first - last <= 1;
  }

  private static final Pattern NEGATION =
      Pattern.compile(
          "(?<![\\p{L}])(?:ikke|aldrig|ingen|intet|ingenting|hverken)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static Weighted sentenceOf(List<Statement> group, boolean pronounKnown) {
    Statement first = group.get(0);
    if (group.size() > 1 && summaryFragment(first)) {
      StringBuilder points = new StringBuilder(first.text().strip().replaceAll("[\\s.,;:]+$", ""));
      Set<Integer> cites = new java.util.TreeSet<>(first.citations());
      int weight = first.weight();
      for (Statement s : group.subList(1, group.size())) {
        String point = s.text().strip().replaceAll("[\\s.,;:]+$", "");
        String word = point.split("[^\\p{L}]+", 2)[0];
        if (!word.isEmpty() && dk.samtalenotat.language.DanishWords.isDictionaryWord(word)) {
          point = Character.toLowerCase(point.charAt(0)) + point.substring(1);
        }
        points.append("; ").append(point);
        cites.addAll(s.citations());
        weight += s.weight();
      }
      return new Weighted(
          new DraftSentence(first.section(), sentence(points.toString()), List.copyOf(cites)),
          weight);
    }
    if (!first.reported()) {
      return new Weighted(
          new DraftSentence(first.section(), sentence(first.text()), first.citations()),
          first.weight(),
          first.kind() == Statement.Kind.NOT_TRANSLATED);
    }
    StringBuilder b = new StringBuilder();
    String frame = first.frame();
    Matcher inf = INFINITIVE_START.matcher(first.text());
    boolean ownSubject = !pronounKnown && frame.startsWith("Borger ");
    if (!first.source().isCitizen() && frame.startsWith(first.source().subject() + " ")) {
      // "Arbejdsgiveren oplyste at eje ...", not "oplyste, at arbejdsgiveren ejer".
      inf =
          Pattern.compile(
                  "^" + Pattern.quote(first.source().noun()) + "\\s+(\\p{L}+)\\s+(.+)$",
                  Pattern.UNICODE_CASE)
              .matcher(first.text());
      ownSubject = true;
    }
    if (ownSubject
        && frame.endsWith(", at")
        && inf.matches()
        && Clauses.infinitive(inf.group(1)) != null) {
      b.append(frame, 0, frame.length() - ", at".length())
          .append(" at ")
          .append(Clauses.infinitive(inf.group(1)))
          .append(' ')
          .append(inf.group(2));
    } else {
      b.append(frame).append(' ').append(first.text());
    }
    Set<Integer> cites = new java.util.TreeSet<>(first.citations());
    int weight = first.weight();
    for (int k = 1; k < group.size(); k++) {
      Statement s = group.get(k);
      boolean lastOne = k == group.size() - 1;
      // After a denial a bare ", at" reads as what was denied ("kan ikke sidde længe, at hun er
      // opsagt"): "og at" says it is one more thing told.
      boolean afterDenial = NEGATION.matcher(group.get(k - 1).text()).find();
      String connector =
          frame.endsWith(", at")
              ? (lastOne || afterDenial ? ", og at " : ", at ")
              : (lastOne ? ", og " : ", ");
      b.append(connector).append(s.text());
      cites.addAll(s.citations());
      weight += s.weight();
    }
    return new Weighted(
        new DraftSentence(first.section(), sentence(b.toString()), List.copyOf(cites)), weight);
  }

  private static String sentence(String text) {
    String t = Clauses.upperFirst(text.strip().replaceAll("[\\s,;:]+$", ""));
    // "A-kassen ringer til borger fra a-kassen": the subject said again says nothing.
    java.util.regex.Matcher subject = SELF_AGAIN.matcher(t);
    if (subject.find()) {
      t = t.substring(0, subject.start(2)) + t.substring(subject.end(2));
    }
    return t.endsWith(".") || t.endsWith("?") ? t : t + ".";
  }

  /** The order in which sections give way when the note is too long: least needed first. */
  private static final List<NoteSection> CUT_FIRST =
      List.of(NoteSection.DROEFTET, NoteSection.BORGERENS_SITUATION, NoteSection.FORMAAL);

  /**
   * Holds the draft to the template's tone and length: "kort" keeps the two weightiest sentences of
   * a section (one of "Formål"), and no tone goes past the length's number of sentences, leaving
   * out the lightest sentences of "Drøftet og vurderet", then "Borgerens situation", then "Formål",
   * always keeping one per section. Agreements and next steps are never cut, nor a passage quoted
   * untranslated. Sentences keep their order.
   */
  static List<DraftSentence> fitWeighted(List<Weighted> sentences, NoteTemplate template) {
    List<Weighted> kept = new ArrayList<>(sentences);
    if (template.tone() == Tone.KORT) {
      Map<NoteSection, List<Weighted>> bySection = new EnumMap<>(NoteSection.class);
      for (Weighted w : kept) {
        bySection.computeIfAbsent(w.sentence().section(), k -> new ArrayList<>()).add(w);
      }
      for (Map.Entry<NoteSection, List<Weighted>> e : bySection.entrySet()) {
        if (NEVER_CUT.contains(e.getKey())) {
          continue;
        }
        int limit = e.getKey() == NoteSection.FORMAAL ? 1 : 2;
        List<Weighted> heaviest = new ArrayList<>(e.getValue());
        heaviest.sort(Comparator.comparingInt(Weighted::weight).reversed());
        for (Weighted w : heaviest.subList(Math.min(limit, heaviest.size()), heaviest.size())) {
          if (!w.kept()) {
            kept.remove(w);
          }
        }
      }
    }
    int max = template.length().maxSentences();
    for (NoteSection section : CUT_FIRST) {
      while (kept.size() > max) {
        Weighted lightest = null;
        int inSection = 0;
        for (Weighted w : kept) {
          if (w.sentence().section() != section) {
            continue;
          }
          inSection++;
          if (w.kept()) {
            continue;
          }
          if (lightest == null
              || w.weight() <= lightest.weight()
                  && !(section == NoteSection.FORMAAL && w == firstOf(kept, section))) {
            lightest = w;
          }
        }
        if (inSection <= 1 || lightest == null) {
          break;
        }
        kept.remove(lightest);
      }
    }
    return kept.stream().map(Weighted::sentence).toList();
  }

  private static Weighted firstOf(List<Weighted> kept, NoteSection section) {
    return kept.stream().filter(w -> w.sentence().section() == section).findFirst().orElse(null);
  }
}
