package dk.samtalenotat.quality;

import dk.samtalenotat.quality.StatementItems.Stem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A statement a note must not make, written as a Danish sentence ("Borger har været ledig siden 1.
 * oktober 2025."). Most are a near copy of a fact with one thing changed: a value said before a
 * self-correction, a polarity flipped, a claim added. What counts is that thing: a note that states
 * the correct fact must not count as making the wrong statement, and a note that repeats the
 * uncorrected value must, whatever else it says.
 *
 * <p>So the statement is compared with the fact of the same conversation it shares most with (at
 * least half of its items), and the items it has that the fact has not are its distinguishing
 * items: a value or name the fact does not hold, a content word the fact does not hold with the
 * same polarity ("aftalt" where the fact says "ikke aftalt"). A note makes the statement when one
 * line, or two adjacent ones, match the statement as a fact is matched ({@link SentenceMatch}, but
 * "aftalt" counts as content: it is the claim) and hold every distinguishing item. When nothing
 * distinguishes it from the fact in words (same words, other meaning: "arbejder om onsdagen"
 * against "arbejder mandag ..., onsdag er fri"), the note makes it only where the same lines do not
 * state the fact. When no fact is close, the statement is matched on its own.
 */
public final class WrongStatement implements Expectation {

  /** Share of the statement's items a fact must hold to be the statement's counterpart. */
  static final double COUNTERPART_SHARE = 0.5;

  private final String id;
  private final String text;
  private final StatementItems items;
  private final List<Stem> stems;
  private final SentenceFact counterpart;
  private final Set<String> values = new LinkedHashSet<>();
  private final Set<String> names = new LinkedHashSet<>();
  private final List<Stem> distinguishingStems = new ArrayList<>();

  /**
   * @param facts the facts of the same conversation, one of which may be the counterpart
   */
  public WrongStatement(String id, String text, List<SentenceFact> facts) {
    this.id = id;
    this.text = text;
    this.items = DanishItems.of(text);
    this.stems = SentenceMatch.required(items, DanishItems.GENERIC_IN_WRONG);
    this.counterpart = counterpart(facts);
    if (counterpart != null) {
      StatementItems f = counterpart.items();
      items.values().stream().filter(v -> !f.allValues().contains(v)).forEach(values::add);
      items.names().stream().filter(n -> !f.hasName(n)).forEach(names::add);
      stems.stream().filter(s -> !f.hasStem(s)).forEach(distinguishingStems::add);
    }
  }

  private SentenceFact counterpart(List<SentenceFact> facts) {
    int total = items.values().size() + items.names().size() + stems.size();
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

  /** Items of the statement the fact holds, polarity aside. */
  private int shared(StatementItems f) {
    int n = 0;
    for (String v : items.values()) {
      n += f.allValues().contains(v) ? 1 : 0;
    }
    for (String name : items.names()) {
      n += f.hasName(name) ? 1 : 0;
    }
    for (Stem s : stems) {
      n += f.hasStem(s) || f.hasStem(new Stem(s.stem(), !s.negated())) ? 1 : 0;
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

  /** What sets the statement apart from its counterpart fact, for the details file. */
  String distinguishing() {
    if (counterpart == null) {
      return "no close fact: the whole statement";
    }
    List<String> d = new ArrayList<>(values);
    d.addAll(names);
    distinguishingStems.forEach(s -> d.add(s.toString()));
    return d.isEmpty()
        ? "nothing in words; counterpart " + counterpart.id()
        : d + " against " + counterpart.id();
  }

  @Override
  public boolean foundIn(List<String> lines) {
    return where(lines) != null;
  }

  /** The window that makes the statement, or null. */
  private SentenceMatch.Window where(List<String> lines) {
    List<StatementItems> note = lines.stream().map(SentenceMatch::items).toList();
    for (int i = 0; i < note.size(); i++) {
      for (int size = 1; size <= 2 && i + size <= note.size(); size++) {
        StatementItems have = size == 1 ? note.get(i) : note.get(i).plus(note.get(i + 1));
        SentenceMatch.Window w = SentenceMatch.window(items, stems, have, i, size);
        if (w.found() && makes(have, lines.subList(i, i + size))) {
          return w;
        }
      }
    }
    return null;
  }

  private boolean makes(StatementItems have, List<String> window) {
    if (counterpart == null) {
      return true;
    }
    if (values.isEmpty() && names.isEmpty() && distinguishingStems.isEmpty()) {
      return !counterpart.foundIn(window);
    }
    return have.allValues().containsAll(values)
        && names.stream().allMatch(have::hasName)
        && distinguishingStems.stream().allMatch(have::hasStem);
  }

  @Override
  public String explain(List<String> lines) {
    SentenceMatch.Window w = where(lines);
    String d = "distinguishing: " + distinguishing();
    return w == null ? d : w.describe(lines).replaceFirst("^nearest", "made in") + "; " + d;
  }

  @Override
  public String toString() {
    return id + " " + items + " " + distinguishing();
  }
}
