package dk.samtalenotat.quality;

import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * How one draft of a sample fares against the sample's facts and wrong statements. The draft is
 * read as the note the caseworker approves: the header lines the application writes (type, form,
 * time, participants with roles) and then the sentences.
 *
 * @param found ids of the facts the note states
 * @param missed ids of the facts it does not
 * @param wrongIncluded ids of the wrong statements it makes
 * @param wrongTotal how many wrong statements the sample defines
 */
public record FactScore(
    String sample,
    List<String> found,
    List<String> missed,
    List<String> wrongIncluded,
    int wrongTotal) {

  public FactScore {
    found = List.copyOf(found);
    missed = List.copyOf(missed);
    wrongIncluded = List.copyOf(wrongIncluded);
  }

  /** Scores a draft of the sample. */
  public static FactScore of(Sample sample, List<DraftSentence> draft) {
    List<String> lines = noteLines(sample, draft);
    List<String> found = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (Fact f : sample.facts()) {
      (f.foundIn(lines) ? found : missed).add(f.id());
    }
    List<String> wrong = new ArrayList<>();
    for (Fact w : sample.wrong()) {
      if (w.foundIn(lines)) {
        wrong.add(w.id());
      }
    }
    return new FactScore(sample.key(), found, missed, wrong, sample.wrong().size());
  }

  /** The header lines of the note layout, then the draft's sentences. */
  static List<String> noteLines(Sample sample, List<DraftSentence> draft) {
    List<String> lines =
        new ArrayList<>(
            NoteLayout.header(sample.type(), sample.form(), sample.time(), sample.participants())
                .lines()
                .toList());
    draft.forEach(s -> lines.add(s.text()));
    return lines;
  }

  public int factTotal() {
    return found.size() + missed.size();
  }
}
