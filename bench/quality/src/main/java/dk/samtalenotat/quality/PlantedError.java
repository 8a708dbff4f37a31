package dk.samtalenotat.quality;

import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.check.FactKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One wrong fact planted in a sample's correct draft: in sentence {@code sentence} (1-based, as the
 * drafts file numbers them) the text {@code from} becomes {@code to}, citations unchanged, so the
 * sentence now says something its segments do not.
 *
 * @param kind the fact kind the error is of (the names of the unsupported-fact check's FactKind)
 */
public record PlantedError(String kind, int sentence, String from, String to) {

  /**
   * The kinds of fact the unsupported-fact check knows, in the order reports list them: read from
   * the check, so that a kind it adds can be planted at once.
   */
  public static final List<String> KINDS =
      Arrays.stream(FactKind.values()).map(Enum::name).toList();

  public PlantedError {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown fact kind " + kind);
    }
    if (from.isEmpty() || from.equals(to)) {
      throw new IllegalArgumentException("a planted error must change something: " + from);
    }
  }

  /** 0-based position of the changed sentence in the draft. */
  public int index() {
    return sentence - 1;
  }

  /**
   * The draft with the error planted.
   *
   * @throws IllegalArgumentException when the sentence does not exist or does not hold {@code from}
   *     exactly once
   */
  public List<DraftSentence> applyTo(List<DraftSentence> correct) {
    if (sentence < 1 || sentence > correct.size()) {
      throw new IllegalArgumentException(
          "sentence " + sentence + " not in a draft of " + correct.size());
    }
    DraftSentence s = correct.get(index());
    int at = s.text().indexOf(from);
    if (at < 0 || s.text().indexOf(from, at + 1) >= 0) {
      throw new IllegalArgumentException(
          "'" + from + "' is not in sentence " + sentence + " exactly once: " + s.text());
    }
    List<DraftSentence> planted = new ArrayList<>(correct);
    planted.set(index(), new DraftSentence(s.section(), s.text().replace(from, to), s.citations()));
    return planted;
  }
}
