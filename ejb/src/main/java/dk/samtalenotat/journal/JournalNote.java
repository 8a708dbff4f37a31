package dk.samtalenotat.journal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The note handed to every case-system adapter (domain.md, "Journaling into the case system").
 * Adapters map it to their own shapes; nothing else crosses the port.
 *
 * @param tenantCvr the municipality's CVR number
 * @param citizenCpr the citizen's CPR number, ten digits
 * @param caseReference the case as the case system knows it (id, sagsnummer or UUID)
 * @param title e.g. "Jobsamtale 12.03.2026"
 * @param text the whole note as plain text
 * @param html the same note as HTML, every piece of text escaped
 * @param conversationTime local time in Denmark
 * @param approvedAt when the caseworker approved it
 * @param author who approved it
 * @param conversationType Danish name, e.g. "Jobsamtale"
 * @param conversationForm fremmøde, telefon, video or digital
 * @param participants name and Danish role
 * @param kleSubject KLE subject such as "32.30" (may be null; then the tenant's default applies)
 * @param documentType "Notat"
 * @param attachments none so far; kept for the adapters that carry them
 * @param idempotencyKey the same for every attempt to deliver this note
 */
public record JournalNote(
    String tenantCvr,
    String citizenCpr,
    String caseReference,
    String title,
    String text,
    String html,
    LocalDateTime conversationTime,
    OffsetDateTime approvedAt,
    Author author,
    String conversationType,
    String conversationForm,
    List<Party> participants,
    String kleSubject,
    String documentType,
    List<Attachment> attachments,
    String idempotencyKey) {

  public JournalNote {
    Objects.requireNonNull(tenantCvr, "tenantCvr");
    Objects.requireNonNull(citizenCpr, "citizenCpr");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    participants = participants == null ? List.of() : List.copyOf(participants);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    documentType = documentType == null ? "Notat" : documentType;
  }

  /** The same note for another case (the caseworker picked another case after a refusal). */
  public JournalNote forCase(String otherCase, String newKey) {
    return new JournalNote(
        tenantCvr,
        citizenCpr,
        otherCase,
        title,
        text,
        html,
        conversationTime,
        approvedAt,
        author,
        conversationType,
        conversationForm,
        participants,
        kleSubject,
        documentType,
        attachments,
        newKey);
  }

  /**
   * The reference a case system without idempotency keys of its own shows in the note, so that the
   * note can be recognised before anything is sent again: derived from the idempotency key (the
   * first 80 bits of its SHA-256, base 32), stable across tries, and not the key itself, which
   * stays out of every note and log.
   */
  public String reference() {
    return referenceOf(idempotencyKey);
  }

  /** {@link #reference()} of a key. */
  public static String referenceOf(String idempotencyKey) {
    byte[] hash;
    try {
      hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(("samtalenotat-note-reference:" + idempotencyKey).getBytes(UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
    String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    StringBuilder out = new StringBuilder("SN-");
    long bits = 0;
    int held = 0;
    for (int i = 0; i < 10; i++) {
      bits = (bits << 8) | (hash[i] & 0xff);
      held += 8;
      while (held >= 5) {
        held -= 5;
        out.append(alphabet.charAt((int) (bits >>> held) & 31));
      }
    }
    return out.toString();
  }

  /** CPR as DDMMYY-SSSS, the form SBSYS searches by. */
  public String citizenCprWithHyphen() {
    return citizenCpr.substring(0, 6) + "-" + citizenCpr.substring(6);
  }

  @Override
  public String toString() {
    // Never the CPR number, the text or the idempotency key: this ends up in logs.
    return "JournalNote[case=" + caseReference + "]";
  }

  /** The caseworker who approved the note. */
  public record Author(String userKey, String initials, String name) {}

  /** A participant of the conversation with their Danish role name. */
  public record Party(String name, String role) {}

  /** A file that goes with the note. */
  public record Attachment(String fileName, String mediaType, byte[] content) {}

  /** Plain text to HTML: escaped, paragraphs on blank lines, line breaks kept. */
  public static String toHtml(String text) {
    StringBuilder html = new StringBuilder();
    for (String paragraph : text.strip().split("\\n\\s*\\n")) {
      html.append("<p>").append(escape(paragraph).replace("\n", "<br/>")).append("</p>");
    }
    return html.toString();
  }

  /** Escapes the five characters HTML gives meaning to. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }
}
