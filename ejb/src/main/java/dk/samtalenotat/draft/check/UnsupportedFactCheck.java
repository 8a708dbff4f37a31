package dk.samtalenotat.draft.check;

import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Flags the facts of a draft that the transcript does not support: dates and weekdays, times,
 * numbers, amounts and hours, person and organisation names, values a speaker corrected, content
 * nobody said, statements of the opposite polarity, statements credited to the wrong speaker,
 * agreements nobody made, and a Deltagere line that does not match the registered participants.
 *
 * <p>A sentence that cites segments is compared with them first and then with the whole transcript
 * (a citation may be imprecise, and a note rephrases); one that cites none (pasted or edited) with
 * the whole transcript. Values are compared by what they count ("2 job om ugen" against "3 job om
 * ugen", not against any "3" said), and a flag on a number, date, time or name says what the
 * transcript says there, so the caseworker can take it.
 *
 * <p>Speech recognition gets roughly one Danish word in four or five wrong and language models
 * invent things; the transcript is destroyed at approval, so this runs on every draft version and a
 * caseworker must resolve each flag before approving. It is a pure function of its input. Headings,
 * the note's header lines and the markdown a caseworker pastes are never flagged for their form.
 */
public final class UnsupportedFactCheck {

  private UnsupportedFactCheck() {}

  /**
   * Checks every sentence of a draft against the transcript.
   *
   * @param sentences the draft, in order; flags refer to their position (0 is the first)
   * @param segments the whole transcript
   * @param conversationDate the day the conversation took place, to resolve "på torsdag" etc.
   * @return the flags, in sentence order; empty when every fact is supported
   */
  public static List<FactFlag> check(
      List<DraftSentence> sentences, List<DraftSegment> segments, LocalDate conversationDate) {
    return check(sentences, new FactCheckContext(segments, conversationDate, List.of()));
  }

  /**
   * As {@link #check(List, List, LocalDate)}, with the names registered for the conversation (the
   * participants, the caseworker): a note may name who took part even if nobody said the name.
   */
  public static List<FactFlag> check(
      List<DraftSentence> sentences,
      List<DraftSegment> segments,
      LocalDate conversationDate,
      Collection<String> registeredNames) {
    return check(
        sentences,
        new FactCheckContext(
            segments,
            conversationDate,
            List.of(),
            registeredNames.stream().filter(Objects::nonNull).toList()));
  }

  /**
   * Checks every sentence of a draft against the conversation: its transcript, its date and its
   * registered participants.
   */
  public static List<FactFlag> check(List<DraftSentence> sentences, FactCheckContext context) {
    return check(sentences, context, EvidenceCache.shared(context));
  }

  /**
   * As {@link #check(List, FactCheckContext)}, reading the transcript again rather than taking what
   * was read of it lately ({@link EvidenceCache}): what the first check of a conversation costs,
   * which the quality benchmark times.
   */
  public static List<FactFlag> checkAfresh(
      List<DraftSentence> sentences, FactCheckContext context) {
    return check(sentences, context, new Evidence(context.segments(), context));
  }

  private static List<FactFlag> check(
      List<DraftSentence> sentences, FactCheckContext context, Evidence evidence) {
    Map<Integer, Integer> positions = new HashMap<>();
    for (int p = 0; p < context.segments().size(); p++) {
      positions.put(context.segments().get(p).index(), p);
    }
    List<FactFlag> flags = new ArrayList<>();
    String previous = null;
    // The Deltagere line and the bullets under it: the line where it starts and who it named.
    int participantsLine = -1;
    Set<DraftParticipant> named = new HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      DraftSentence sentence = sentences.get(i);
      Set<Integer> scope = new HashSet<>();
      for (Integer cited : sentence.citations()) {
        Integer p = positions.get(cited);
        if (p != null) {
          scope.add(p);
        }
      }
      NoteLine line = NoteLine.of(sentence.text(), previous);
      if (participantsLine >= 0 && line.kind() == NoteLine.Kind.BODY && line.bullet()) {
        line = line.as(NoteLine.Kind.PARTICIPANTS);
      }
      if (line.kind() != NoteLine.Kind.PARTICIPANTS && participantsLine >= 0) {
        flags.addAll(missing(participantsLine, named, context));
        participantsLine = -1;
        named.clear();
      }
      SentenceCheck check = new SentenceCheck(i, sentence, line, scope, evidence);
      flags.addAll(check.run());
      if (line.kind() == NoteLine.Kind.PARTICIPANTS) {
        participantsLine = participantsLine < 0 ? i : participantsLine;
        named.addAll(check.participantsNamed());
      }
      previous = sentence.text();
    }
    if (participantsLine >= 0) {
      flags.addAll(missing(participantsLine, named, context));
    }
    return List.copyOf(flags);
  }

  /** The registered participants a Deltagere line (with its bullets) left out. */
  private static List<FactFlag> missing(
      int line, Set<DraftParticipant> named, FactCheckContext context) {
    List<FactFlag> flags = new ArrayList<>();
    for (DraftParticipant p : context.participants()) {
      if (!named.contains(p) && p.name() != null && !p.name().isBlank()) {
        flags.add(SentenceCheck.missing(line, p));
      }
    }
    return flags;
  }
}
