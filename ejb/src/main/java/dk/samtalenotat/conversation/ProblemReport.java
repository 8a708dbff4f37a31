package dk.samtalenotat.conversation;

import dk.samtalenotat.security.PersonalData;
import java.util.Objects;

/**
 * A problem as a conversation stores it: the code, which the screens turn into Danish ({@code
 * Problem.CODE}); optionally a Danish text for people, built from codes and Danish wording (never
 * from an exception's message), which replaces the code's standard text; and optionally the
 * technical detail, which may hold anything (an engine's answer, a file name, an exception's
 * message) and is therefore stored sealed with the conversation's data key and destroyed with it.
 *
 * @param code what went wrong
 * @param text a Danish text for the owner and the administrator, or null for the code's own
 * @param detail the technical cause, sealed when stored, or null
 */
public record ProblemReport(Problem code, String text, String detail) {

  /** The longest text or detail kept; longer ones are cut. */
  public static final int LENGTH = 1000;

  public ProblemReport {
    Objects.requireNonNull(code, "code");
    text = text == null || text.isBlank() ? null : PersonalData.safe(text.strip(), LENGTH);
    detail = detail == null || detail.isBlank() ? null : cut(detail.strip());
  }

  /** The code alone: the screens say what its Danish text says. */
  public static ProblemReport of(Problem code) {
    return new ProblemReport(code, null, null);
  }

  /** The code with a Danish text built from codes and Danish wording. */
  public static ProblemReport of(Problem code, String danishText) {
    return new ProblemReport(code, danishText, null);
  }

  /** The same with a technical detail, which is stored sealed. */
  public ProblemReport withDetail(String technicalDetail) {
    return new ProblemReport(code, text, technicalDetail);
  }

  private static String cut(String s) {
    return s.length() <= LENGTH ? s : s.substring(0, LENGTH - 1) + "…";
  }

  /** Never the detail: this may end up in a log. */
  @Override
  public String toString() {
    return "ProblemReport[" + code + (detail == null ? "" : ", with sealed detail") + "]";
  }
}
