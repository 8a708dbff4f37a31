package dk.samtalenotat.quality;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement a note must not make, written as a Danish sentence ("Borger har været ledig siden 1.
 * oktober 2025."). Most are a near copy of a fact with one thing changed: a value said before a
 * self-correction, a polarity flipped, a claim added. What counts is that thing: a note that states
 * the correct fact must not count as making the wrong statement, and a note that repeats the
 * uncorrected value must, whatever else it says.
 *
 * <p>So the statement is compared with the fact of the same conversation it shares most items with
 * (at least half of its items), its counterpart, and what it has that the fact has not are its
 * distinguishing items: a value or name the fact does not hold, a content word the fact does not
 * hold, a content word the fact holds only with the other polarity ("aftalt" where the fact says
 * "ikke aftalt"). A note makes the statement when one line, or two adjacent ones, match the
 * statement as a fact is matched ({@link SentenceMatch}; "aftalt" counts as content here, it is the
 * claim) and hold every distinguishing item, with the statement's polarity where polarity is what
 * distinguishes. When nothing distinguishes it from the fact in words (same words, another meaning:
 * "arbejder om onsdagen" against "arbejder mandag ...; onsdag er fri"), the note makes it only in a
 * single line that does not state the fact. When no fact is close, the statement is matched on its
 * own.
 */
public final class WrongStatement implements Expectation {

  /** Share of the statement's items a fact must hold to be its counterpart. */
  static final double COUNTERPART_SHARE = 0.5;

  private final String id;
  private final String text;
  private final SentenceMatch.Wanted wanted;
  private final SentenceFact counterpart;
  private final Set<String> values = new LinkedHashSet<>();
  private final Set<String> names = new LinkedHashSet<>();
  private final Set<String> words = new LinkedHashSet<>();
  private final Set<String> positive = new LinkedHashSet<>();
  private final Set<String> negated = new LinkedHashSet<>();

  /**
   * @param facts the facts of the same conversation, one of which may be the counterpart
   */
  public WrongStatement(String id, String text, List<SentenceFact> facts) {
    this.id = id;
    this.text = text;
    this.wanted = SentenceMatch.Wanted.of(DanishItems.of(text), DanishItems.GENERIC_IN_WRONG);
    this.counterpart = counterpart(facts);
    if (counterpart == null) {
      // Nothing close: what no fact of the conversation holds is what makes it wrong ("betjene
      // kunder" where the facts speak of "kundekontakt" and "butikken").
      StatementItems w = wanted.items();
      w.values().stream()
          .filter(v -> facts.stream().noneMatch(f -> f.items().allValues().contains(v)))
          .forEach(values::add);
      w.names().stream()
          .filter(n -> facts.stream().noneMatch(f -> f.items().hasName(n)))
          .forEach(names::add);
      wanted.stems().stream()
          .filter(x -> facts.stream().noneMatch(f -> holds(f.items(), x)))
          .forEach(words::add);
    } else {
      StatementItems f = counterpart.items();
      StatementItems w = wanted.items();
      w.values().stream().filter(v -> !f.allValues().contains(v)).forEach(values::add);
      w.names().stream().filter(n -> !f.hasName(n)).forEach(names::add);
      for (String s : wanted.stems()) {
        if (!holds(f, s)) {
          words.add(s);
        } else if (w.hasPositive(s) && !w.hasNegated(s) && !f.hasPositive(s)) {
          positive.add(s);
        } else if (w.hasNegated(s) && !w.hasPositive(s) && !f.hasNegated(s)) {
          negated.add(s);
        }
      }
    }
  }

  /** Whether a fact holds the word, polarity aside, compounds either way. */
  private static boolean holds(StatementItems fact, String word) {
    return fact.hasWord(word)
        || fact.stems().stream().anyMatch(x -> StatementItems.sameWord(word, x.stem()));
  }

  private SentenceFact counterpart(List<SentenceFact> facts) {
    StatementItems w = wanted.items();
    int total = w.values().size() + w.names().size() + wanted.stems().size();
    SentenceFact best = null;
    int bestShared = 0;
    for (SentenceFact f : facts) {
      int shared = shared(f.items());
      if (shared > bestShared) {
        best = f;
        bestShared = shared;
      }
    }
    return total > 0 && bestShared >= COUNTERPART_SHARE * total ? best : null;
  }

  /** Items of the statement the fact holds, polarity aside, compounds either way. */
  private int shared(StatementItems f) {
    StatementItems w = wanted.items();
    int n = 0;
    for (String v : w.values()) {
      n += f.allValues().contains(v) ? 1 : 0;
    }
    for (String name : w.names()) {
      n += f.hasName(name) ? 1 : 0;
    }
    for (String s : wanted.stems()) {
      n += holds(f, s) ? 1 : 0;
    }
    return n;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String text() {
    return text;
  }

  /** The fact this statement is a variant of, or null. */
  SentenceFact counterpart() {
    return counterpart;
  }

  private boolean distinguished() {
    return !(values.isEmpty()
        && names.isEmpty()
        && words.isEmpty()
        && positive.isEmpty()
        && negated.isEmpty());
  }

  /** What sets the statement apart from its counterpart fact, for the details file. */
  String distinguishing() {
    if (counterpart == null) {
      List<String> d = new ArrayList<>(values);
      d.addAll(names);
      d.addAll(words);
      return "no close fact; in no fact: " + d;
    }
    if (!distinguished()) {
      return "nothing in words; counterpart " + counterpart.id();
    }
    List<String> d = new ArrayList<>(values);
    d.addAll(names);
    d.addAll(words);
    positive.forEach(s -> d.add("+" + s));
    negated.forEach(s -> d.add("¬" + s));
    return d + " against " + counterpart.id();
  }

  @Override
  public boolean foundIn(List<String> lines) {
    return where(lines) != null;
  }

  /** The window that makes the statement, or null. */
  private SentenceMatch.Window where(List<String> lines) {
    List<StatementItems> note = lines.stream().map(SentenceMatch::items).toList();
    int widest = counterpart != null && !distinguished() ? 1 : 2;
    for (int i = 0; i < note.size(); i++) {
      for (int size = 1; size <= widest && i + size <= note.size(); size++) {
        StatementItems have = size == 1 ? note.get(i) : note.get(i).plus(note.get(i + 1));
        SentenceMatch.Window w = SentenceMatch.window(wanted, have, i, size);
        if (w.found() && makes(have, lines.subList(i, i + size))) {
          return w;
        }
      }
    }
    return null;
  }

  private boolean makes(StatementItems have, List<String> window) {
    if (counterpart == null) {
      long said = words.stream().filter(have::hasWord).count();
      return have.allValues().containsAll(values)
          && names.stream().allMatch(have::hasName)
          && said >= SentenceMatch.needed(words.size());
    }
    if (!distinguished()) {
      String line = String.join(" ", window);
      String who = party(text);
      String factWho = party(counterpart.text());
      if (who != null && factWho != null && !who.equals(factWho)) {
        // The same words about someone else: who the line is about decides.
        return sameWho(line);
      }
      return !counterpart.foundIn(window) && sameWho(line);
    }
    // A flipped polarity counts only where the note does not also say the other one.
    return have.allValues().containsAll(values)
        && names.stream().allMatch(have::hasName)
        && words.stream().allMatch(have::hasWord)
        && positive.stream().allMatch(x -> have.hasPositive(x) && !have.hasNegated(x))
        && negated.stream().allMatch(x -> have.hasNegated(x) && !have.hasPositive(x));
  }

  /** Words that name a party of a conversation as a sentence's subject. */
  private static final String PARTY_WORDS =
      "borger|borgeren|sagsbehandler(?:en)?|arbejdsgiver(?:en)?|ægtefællen|partneren"
          + "|faderen|moderen|bisidder(?:en)?|mentor(?:en)?|tolk(?:en)?|lægen|a-kassen"
          + "|virksomhedskonsulent(?:en)?|praktikværten|sundhedskoordinator(?:en)?";

  private static final Pattern PARTY = Pattern.compile("(?iu)(" + PARTY_WORDS + ")\\b");

  /** Pronouns and parties that open a reported clause about someone or something else. */
  private static final Pattern OTHER_SUBJECT =
      Pattern.compile("(?iu)(?:det|der|de|den|han|hun|man|vi|\\p{Lu}\\p{L}*|" + PARTY_WORDS + ")");

  /**
   * Whether a line reports what its first party said of someone or something else ("Mentor oplyste,
   * at det var borger selv, der ..."), rather than of itself ("Mentor oplyste at have ...", "Mentor
   * foreslog ...").
   */
  private static boolean reportsOthers(String line) {
    String rest = line.strip().replaceFirst("^[-*]\\s*", "").replaceFirst("^\\S+", "");
    if (!REPORTS.matcher(rest).matches()) {
      return false;
    }
    Matcher clause = Pattern.compile("(?iu)\\bat\\s+(\\S+)").matcher(rest);
    return clause.find()
        && OTHER_SUBJECT.matcher(clause.group(1).replaceAll("[,.]$", "")).matches();
  }

  /** The party a sentence opens with ("borger", "arbejdsgiver"), or null. */
  private static String party(String sentence) {
    Matcher m = PARTY.matcher(sentence.strip().replaceFirst("^[-*]\\s*", ""));
    return m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT).replaceAll("en$", "") : null;
  }

  /** Verbs that report what someone said: "Borger oplyste, at ...". */
  private static final Pattern REPORTS =
      Pattern.compile(
          "(?iu)\\s+(?:oplyste|fortalte|sagde|nævnte|forklarede|bekræftede|udtrykte)\\b.*");

  /**
   * Where words cannot tell a statement from its fact, who it is about can: "Borger har haft en
   * diskusprolaps" is not made by "Arbejdsgiveren oplyste at have haft en diskusprolaps", nor
   * "Borger oplyste, at han blev testet ordblind" by "Bisidderen oplyste, at borger blev testet
   * ordblind". A statement that opens with a party is made only by a line with that party as its
   * reporter (for a reported statement) or as the subject of one of its clauses (at its start or
   * after "at"); a statement that opens otherwise is decided by its words alone.
   */
  private boolean sameWho(String line) {
    Matcher m = PARTY.matcher(text);
    if (!m.lookingAt()) {
      return true;
    }
    String party = m.group(1).toLowerCase(Locale.ROOT).replaceAll("en$", "");
    String reporter = line.strip().replaceFirst("^[-*]\\s*", "");
    Matcher r = PARTY.matcher(reporter);
    boolean reportedByParty =
        r.lookingAt() && r.group(1).toLowerCase(Locale.ROOT).replaceAll("en$", "").equals(party);
    if (REPORTS.matcher(text.substring(m.end())).matches()) {
      return reportedByParty;
    }
    boolean saysOfItself = reportedByParty && !reportsOthers(line);
    return saysOfItself
        || Pattern.compile("(?iu)\\bat\\s+" + Pattern.quote(party) + "(?:en)?\\b")
            .matcher(line)
            .find();
  }

  @Override
  public String explain(List<String> lines, int header) {
    SentenceMatch.Window w = where(lines);
    String d = "distinguishing: " + distinguishing();
    return w == null ? d : w.describe(lines, header).replaceFirst("^nearest", "made in") + "; " + d;
  }

  @Override
  public String toString() {
    return id + " " + wanted.items() + " " + distinguishing();
  }
}
