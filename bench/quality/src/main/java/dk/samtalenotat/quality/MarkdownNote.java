package dk.samtalenotat.quality;

import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A note written in markdown as the development set writes it: {@code # Titel} and its line, the
 * header section ({@code ## Samtaletype / Samtaleform / Deltagere}), then one {@code ## } heading
 * per {@link NoteSection} with one sentence or bullet a line. The title and header lines are what
 * the application lays out itself from the registration ({@code NoteLayout}), so they are kept
 * apart; every other line becomes a draft sentence of its section, as the caseworker pasted it
 * (bullets included), without citations: the check then compares it with the whole transcript, as
 * for a pasted note. Headings are not sentences.
 */
public record MarkdownNote(String title, List<String> header, List<DraftSentence> sentences) {

  private static final String TITLE = "titel";
  private static final String HEADER = "samtaletype";

  public MarkdownNote {
    header = List.copyOf(header);
    sentences = List.copyOf(sentences);
  }

  /**
   * Reads a note.
   *
   * @throws IllegalArgumentException on a heading that is no section, or text before any heading
   */
  public static MarkdownNote parse(String markdown) {
    String title = "";
    List<String> header = new ArrayList<>();
    List<DraftSentence> sentences = new ArrayList<>();
    String part = null;
    NoteSection section = null;
    int number = 0;
    for (String raw : markdown.replace("\r\n", "\n").split("\n")) {
      number++;
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        String heading = line.replaceFirst("^#+\\s*", "").strip();
        String lower = heading.toLowerCase(Locale.ROOT);
        section = null;
        if (lower.equals(TITLE)) {
          part = TITLE;
        } else if (lower.startsWith(HEADER)) {
          part = HEADER;
        } else {
          section = section(heading, number);
          part = null;
        }
        continue;
      }
      if (section != null) {
        sentences.add(new DraftSentence(section, line, List.of()));
      } else if (TITLE.equals(part)) {
        title = title.isEmpty() ? line : title + " " + line;
      } else if (HEADER.equals(part)) {
        header.add(line);
      } else {
        throw new IllegalArgumentException("line " + number + " is before any heading");
      }
    }
    return new MarkdownNote(title, header, sentences);
  }

  private static NoteSection section(String heading, int number) {
    for (NoteSection s : NoteSection.values()) {
      if (s.heading().equalsIgnoreCase(heading)) {
        return s;
      }
    }
    throw new IllegalArgumentException("line " + number + ": no note section is called " + heading);
  }

  /**
   * The 0-based sentence that holds {@code text}.
   *
   * @throws IllegalArgumentException when no sentence, or more than one, holds it
   */
  public int sentenceHolding(String text) {
    int found = -1;
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).text().contains(text)) {
        if (found >= 0) {
          throw new IllegalArgumentException(
              "'" + text + "' is in sentences " + (found + 1) + " and " + (i + 1));
        }
        found = i;
      }
    }
    if (found < 0) {
      throw new IllegalArgumentException("'" + text + "' is in no sentence of the note");
    }
    return found;
  }
}
