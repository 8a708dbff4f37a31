package dk.samtalenotat.draft;

import java.util.List;

/**
 * One sentence of a draft and the transcript segments behind it.
 *
 * @param citations indexes ({@link DraftSegment#index()}) of the segments the sentence rests on
 */
public record DraftSentence(NoteSection section, String text, List<Integer> citations) {

  public DraftSentence {
    citations = List.copyOf(citations);
  }
}
