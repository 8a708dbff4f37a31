package dk.samtalenotat.web.conversation;

import dk.samtalenotat.conversation.ConversationDetails.SegmentLine;
import dk.samtalenotat.transcript.SpokenLanguage;
import java.io.Serializable;
import java.util.List;

/**
 * A transcript segment as the review page renders it, read through JavaBean getters: a 45-minute
 * conversation's page shows 450 of them, and EL reads a getter through the bean properties it keeps
 * per class, while a call of a record's accessor is looked up by reflection anew for every row and
 * attribute. Wraps the segment line, so the view state holds no second copy of its text.
 */
public final class TranscriptRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final SegmentLine line;
  private final String languageName;

  private TranscriptRow(SegmentLine line) {
    this.line = line;
    this.languageName = isOtherLanguage(line) ? SpokenLanguage.danishName(line.language()) : null;
  }

  static List<TranscriptRow> of(List<SegmentLine> lines) {
    return lines.stream().map(TranscriptRow::new).toList();
  }

  private static boolean isOtherLanguage(SegmentLine line) {
    return !"da".equals(line.language());
  }

  public int getOrdinal() {
    return line.ordinal();
  }

  /** mm:ss, or h:mm:ss past the hour. */
  public String getStart() {
    return line.start();
  }

  public String getSpeaker() {
    return line.speaker();
  }

  public String getText() {
    return line.text();
  }

  /** Whether the segment was spoken in another language than Danish, which the row names. */
  public boolean isOtherLanguage() {
    return isOtherLanguage(line);
  }

  /** The language's Danish name ("engelsk"), or null for Danish. */
  public String getLanguageName() {
    return languageName;
  }
}
