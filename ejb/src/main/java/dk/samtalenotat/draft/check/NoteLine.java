package dk.samtalenotat.draft.check;

import dk.samtalenotat.draft.NoteSection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of a note as the check reads it: its kind (a heading, the title, a header line such as
 * "Deltagere:", or a sentence of a section), and its text with the markdown a caseworker pastes
 * (bullets, numbering, bold, heading marks) blanked out character for character, so that offsets
 * still point into the sentence as written. Form is never flagged; only what a line states.
 *
 * @param bullet whether the line was written as a bullet or numbered item ("- Susanne Bech,
 *     borger")
 */
record NoteLine(Kind kind, String text, boolean bullet) {

  enum Kind {
    /** A heading ("## Aftaler", "Formål"): nothing to check. */
    HEADING,
    /** The title: names and dates only. */
    TITLE,
    /** "Samtaletype:", "Dokumentation:": nothing to check. */
    TYPE,
    /** "Samtaleform:"/"Tidspunkt:": the day of the conversation and its weekday. */
    WHEN,
    /** "Deltagere:": checked as participants only. */
    PARTICIPANTS,
    /** "Tolk:": names only. */
    INTERPRETER,
    /** A sentence of a section. */
    BODY
  }

  private static final Pattern MARKDOWN_LEAD =
      Pattern.compile("^(\\s*)(#{1,6}\\s+|[-*•–]\\s+|\\d{1,2}[.)]\\s+|>\\s*)");
  private static final Pattern EMPHASIS =
      Pattern.compile("\\*\\*|__|(?<![\\p{L}\\d])[*_](?=\\S)|(?<=\\S)[*_](?![\\p{L}\\d])");
  private static final Pattern LABEL = Pattern.compile("^\\s*([\\p{L} /-]{3,40}):");

  NoteLine(Kind kind, String text) {
    this(kind, text, false);
  }

  /** Reads a line; the line before tells a title ("# Titel" then the title). */
  static NoteLine of(String text, String previous) {
    NoteLine line = read(text, previous);
    // "- ", "* ", "• ", "1. ": a bullet or a numbered item, not a heading mark or a quote.
    Matcher lead = MARKDOWN_LEAD.matcher(text == null ? "" : text);
    boolean bullet =
        lead.find() && !lead.group(2).startsWith("#") && !lead.group(2).startsWith(">");
    return bullet ? new NoteLine(line.kind(), line.text(), true) : line;
  }

  private static NoteLine read(String text, String previous) {
    String original = text == null ? "" : text;
    boolean heading = original.stripLeading().startsWith("#");
    String masked = mask(original);
    String plain = masked.strip().toLowerCase(Locale.ROOT);
    if (heading || isSectionHeading(plain)) {
      return new NoteLine(Kind.HEADING, masked);
    }
    if (previous != null && previous.strip().toLowerCase(Locale.ROOT).matches("#+\\s*titel:?")) {
      return new NoteLine(Kind.TITLE, masked);
    }
    Matcher label = LABEL.matcher(masked);
    if (label.find()) {
      String name = label.group(1).strip().toLowerCase(Locale.ROOT);
      Kind kind =
          switch (name) {
            case "titel", "overskrift" -> Kind.TITLE;
            case "samtaletype", "type", "dokumentation", "sagsnummer", "sag", "kle" -> Kind.TYPE;
            case "samtaleform", "tidspunkt", "dato", "form" -> Kind.WHEN;
            case "deltagere", "deltager", "til stede" -> Kind.PARTICIPANTS;
            case "tolk" -> Kind.INTERPRETER;
            default -> null;
          };
      if (kind != null) {
        // The label itself is form: blank it too.
        return new NoteLine(kind, " ".repeat(label.end()) + masked.substring(label.end()));
      }
    }
    return new NoteLine(Kind.BODY, masked);
  }

  /** The same text read as another kind: a bullet under "Deltagere:" is part of that line. */
  NoteLine as(Kind other) {
    return new NoteLine(other, text, bullet);
  }

  private static boolean isSectionHeading(String plain) {
    String p = plain.replaceAll(":$", "").strip();
    for (NoteSection s : NoteSection.values()) {
      if (p.equals(s.heading().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return p.equals("samtaletype / samtaleform / deltagere") || p.equals("titel");
  }

  /** The text with markdown marks replaced by spaces of the same length. */
  static String mask(String text) {
    StringBuilder b = new StringBuilder(text);
    Matcher lead = MARKDOWN_LEAD.matcher(text);
    if (lead.find()) {
      for (int k = lead.start(2); k < lead.end(2); k++) {
        b.setCharAt(k, ' ');
      }
    }
    Matcher em = EMPHASIS.matcher(b.toString());
    while (em.find()) {
      for (int k = em.start(); k < em.end(); k++) {
        b.setCharAt(k, ' ');
      }
    }
    return b.toString();
  }
}
