package dk.samtalenotat.draft.offline;

import dk.samtalenotat.draft.NoteSection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What was said about the next meeting goes with it: "Der evaluerer vi praktikken", "så gennemgår
 * vi planen på mødet" said just after the date is what the meeting is for, and a caseworker's note
 * writes it under the next steps beside the date, not among what was discussed.
 */
final class NextMeetingRemarks {

  /** Segments after the announcement in which a remark about "mødet" still means that meeting. */
  private static final int NEAR = 3;

  /** A clause about the meeting by name ("på mødet", "til næste samtale", "næste gang"). */
  private static final Pattern ABOUT_THE_MEETING =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?:på|til|ved|inden|før)\\s+(?:mødet|samtalen|næste\\s+\\p{L}+)"
              + "|næste\\s+gang|den\\s+dag)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A clause opening on "der" meaning "there, at it": only right after the announcement. */
  private static final Pattern THERE =
      Pattern.compile(
          "^der\\s+(?!er\\s|var\\s|bliver\\s|kommer\\s|skal\\s|kan\\s|findes\\s|står\\s)\\p{L}+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private NextMeetingRemarks() {}

  static List<Statement> placed(List<Statement> statements) {
    List<Statement> meetings =
        statements.stream().filter(s -> s.kind() == Statement.Kind.MEETING).toList();
    if (meetings.isEmpty()) {
      return statements;
    }
    List<Statement> out = new ArrayList<>(statements.size());
    for (Statement s : statements) {
      out.add(about(s, meetings) ? moved(s) : s);
    }
    return out;
  }

  private static boolean about(Statement s, List<Statement> meetings) {
    if (s.kind() == Statement.Kind.MEETING
        || s.section() == NoteSection.NAESTE_SKRIDT
        || s.section() == NoteSection.AFTALER
        || s.section() == NoteSection.FORMAAL
        || s.citations().isEmpty()) {
      return false;
    }
    int first = s.citations().stream().mapToInt(Integer::intValue).min().orElse(0);
    for (Statement m : meetings) {
      int said = m.citations().stream().mapToInt(Integer::intValue).max().orElse(-1);
      if (first < said || first > said + NEAR) {
        continue;
      }
      String text = s.text().strip();
      if (ABOUT_THE_MEETING.matcher(text).find()) {
        return true;
      }
      if (first == said && m.source().equals(s.source()) && THERE.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  private static Statement moved(Statement s) {
    return new Statement(
        NoteSection.NAESTE_SKRIDT,
        s.kind(),
        s.source(),
        s.frame(),
        s.text(),
        s.citations(),
        s.weight(),
        s.order());
  }
}
