package dk.samtalenotat.quality;

import dk.samtalenotat.draft.DraftSentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the unsupported-fact check did with the drafts of the set: how many planted errors of each
 * kind it flagged (a flag on the changed sentence; and whether the flag named the planted kind),
 * and how many flags it raised on the correct drafts, where every flag is a false one.
 */
public final class CheckerScore {

  /** Planted errors of one kind: how many, flagged at all, flagged with that kind. */
  public static final class KindCount {
    int planted;
    int flagged;
    int rightKind;

    public int planted() {
      return planted;
    }

    public int flagged() {
      return flagged;
    }

    public int rightKind() {
      return rightKind;
    }
  }

  private final Map<String, KindCount> byKind = new LinkedHashMap<>();
  private int correctDrafts;
  private int correctSentences;
  private int falseFlags;
  private int falselyFlaggedSentences;
  private int draftsWithFalseFlags;
  private final List<String> details = new ArrayList<>();
  private final List<String> otherKind = new ArrayList<>();
  private final QualitySet.PlantedKinds kinds;

  /** A score for planted errors named by the check's own kinds. */
  public CheckerScore() {
    this(SampleSet.KINDS);
  }

  public CheckerScore(QualitySet.PlantedKinds kinds) {
    this.kinds = kinds;
    kinds.kinds().forEach(k -> byKind.put(k, new KindCount()));
  }

  /** Counts the check's answer on a draft of {@code sample} with {@code error} planted. */
  public void planted(String sample, PlantedError error, List<FactChecker.Flag> flags) {
    planted(
        sample,
        new QualityCase.Spot(
            error.kind(),
            error.index(),
            "sentence " + error.sentence() + ": '" + error.from() + "' -> '" + error.to() + "'"),
        flags);
  }

  /**
   * Counts the check's answer on one planted error of a draft: flagged when a flag is on its
   * sentence, the right kind when such a flag names its kind.
   */
  public void planted(String sample, QualityCase.Spot error, List<FactChecker.Flag> flags) {
    KindCount k = byKind.computeIfAbsent(error.kind(), x -> new KindCount());
    k.planted++;
    List<FactChecker.Flag> onIt =
        flags.stream().filter(f -> f.sentenceIndex() == error.index()).toList();
    if (!onIt.isEmpty()) {
      k.flagged++;
    } else {
      details.add(String.format("missed %s in %s, %s", error.kind(), sample, error.description()));
    }
    if (onIt.stream().anyMatch(f -> kinds.rightKind(error.kind(), f.kind()))) {
      k.rightKind++;
    } else if (!onIt.isEmpty()) {
      otherKind.add(
          String.format(
              "flagged %s in %s as %s, %s",
              error.kind(),
              sample,
              onIt.stream().map(FactChecker.Flag::kind).distinct().toList(),
              error.description()));
    }
  }

  /** One line per planted error flagged, but with no flag of its kind. */
  public List<String> otherKindDetails() {
    return List.copyOf(otherKind);
  }

  /** Counts the check's answer on the correct draft of {@code sample}: every flag is false. */
  public void correct(String sample, List<DraftSentence> draft, List<FactChecker.Flag> flags) {
    correctDrafts++;
    correctSentences += draft.size();
    falseFlags += flags.size();
    Set<Integer> flagged =
        flags.stream().map(FactChecker.Flag::sentenceIndex).collect(Collectors.toSet());
    falselyFlaggedSentences += flagged.size();
    if (!flags.isEmpty()) {
      draftsWithFalseFlags++;
    }
    for (FactChecker.Flag f : flags) {
      details.add(
          String.format(
              "false flag %s in %s, sentence %d: '%s' (%s)",
              f.kind(), sample, f.sentenceIndex() + 1, f.fact(), f.reason()));
    }
  }

  /** One line per missed planted error and per false flag, for reading by hand. */
  public List<String> details() {
    return List.copyOf(details);
  }

  public Map<String, KindCount> byKind() {
    return byKind;
  }

  public int planted() {
    return byKind.values().stream().mapToInt(KindCount::planted).sum();
  }

  public int flagged() {
    return byKind.values().stream().mapToInt(KindCount::flagged).sum();
  }

  public int rightKind() {
    return byKind.values().stream().mapToInt(KindCount::rightKind).sum();
  }

  public int correctDrafts() {
    return correctDrafts;
  }

  public int correctSentences() {
    return correctSentences;
  }

  public int falseFlags() {
    return falseFlags;
  }

  public int falselyFlaggedSentences() {
    return falselyFlaggedSentences;
  }

  public int draftsWithFalseFlags() {
    return draftsWithFalseFlags;
  }
}
