package dk.samtalenotat.quality;

import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * How one draft of a conversation fares against its facts and wrong statements. The draft is read
 * as the note the caseworker approves: the header lines the application writes (type, form, time,
 * participants with roles) and then the sentences.
 *
 * @param found ids of the facts the note states
 * @param missed ids of the facts it does not
 * @param wrongIncluded ids of the wrong statements it makes
 * @param wrongTotal how many wrong statements the conversation defines
 * @param explanations one line per missed fact and per wrong statement made, with why
 * @param foundStrictly how many facts the note states in the facts' own wording
 */
public record FactScore(
    String sample,
    List<String> found,
    List<String> missed,
    List<String> wrongIncluded,
    int wrongTotal,
    List<String> explanations,
    int foundStrictly) {

  public FactScore {
    found = List.copyOf(found);
    missed = List.copyOf(missed);
    wrongIncluded = List.copyOf(wrongIncluded);
    explanations = List.copyOf(explanations);
  }

  /** Scores a draft of the sample. */
  public static FactScore of(Sample sample, List<DraftSentence> draft) {
    return of(sample.toCase(), draft);
  }

  /** Scores a draft of the conversation. */
  public static FactScore of(QualityCase c, List<DraftSentence> draft) {
    List<String> lines = noteLines(c, draft);
    int header = lines.size() - draft.size();
    List<String> found = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    List<String> why = new ArrayList<>();
    int strictly = 0;
    for (Expectation f : c.facts()) {
      if (f.foundStrictlyIn(lines)) {
        strictly++;
      }
      if (f.foundIn(lines)) {
        found.add(f.id());
      } else {
        missed.add(f.id());
        why.add(line("missed", f, f.explain(lines, header)));
      }
    }
    List<String> wrong = new ArrayList<>();
    for (Expectation w : c.wrong()) {
      if (w.foundIn(lines)) {
        wrong.add(w.id());
        why.add(line("wrong statement made", w, w.explain(lines, header)));
      }
    }
    return new FactScore(c.key(), found, missed, wrong, c.wrong().size(), why, strictly);
  }

  private static String line(String what, Expectation e, String explanation) {
    String text = e.text().equals(e.id()) ? e.toString() : "'" + e.text() + "'";
    return what
        + " "
        + e.id()
        + " "
        + text
        + (explanation.isEmpty() ? "" : "\n      " + explanation);
  }

  /** The header lines of the note layout, then the draft's sentences. */
  static List<String> noteLines(QualityCase c, List<DraftSentence> draft) {
    List<String> lines =
        new ArrayList<>(
            NoteLayout.header(c.type(), c.form(), c.time(), c.participants()).lines().toList());
    draft.forEach(s -> lines.add(s.text()));
    return lines;
  }

  public int factTotal() {
    return found.size() + missed.size();
  }
}
