package dk.samtalenotat.quality;

import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A note written in markdown as the development set writes it: {@code # Titel} and its line, the
 * header section ({@code ## Samtaletype / Samtaleform / Deltagere}), then one {@code ## } heading
 * per {@link NoteSection} with one sentence or bullet a line. Every line becomes a draft sentence,
 * as the caseworker pasted it (bullets included), without citations: the check then compares it
 * with the whole transcript, as for a pasted note. The title and the header lines come first, in
 * the first section, labelled as the check reads a note's header ("Titel: ...", "Samtaleform:
 * ..."), so that the check reads them as it reads the application's own header (a weekday against
 * its date, the participants against those registered) and an error planted there is counted;
 * {@link #header()} and {@link #title()} keep them as written. Headings are not sentences.
 */
public record MarkdownNote(String title, List<String> header, List<DraftSentence> sentences) {

  private static final String TITLE = "titel";
  private static final String HEADER = "samtaletype";
  private static final String TITLE_LABEL = "Titel: ";

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
    List<DraftSentence> all = new ArrayList<>();
    if (!title.isEmpty()) {
      all.add(new DraftSentence(NoteSection.values()[0], TITLE_LABEL + title, List.of()));
    }
    for (String line : header) {
      all.add(new DraftSentence(NoteSection.values()[0], line, List.of()));
    }
    all.addAll(sentences);
    return new MarkdownNote(title, header, all);
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
   * The 0-based sentence that holds {@code text}, or -1 when none does. Where several do, the one
   * the corrected note does not have as it stands (the planted line differs from its correction);
   * failing that, the first.
   */
  public int sentenceHolding(String text, MarkdownNote corrected) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).text().contains(text)) {
        found.add(i);
      }
    }
    if (found.size() > 1 && corrected != null) {
      Set<String> kept = new HashSet<>();
      corrected.sentences().forEach(s -> kept.add(s.text()));
      for (int i : found) {
        if (!kept.contains(sentences.get(i).text())) {
          return i;
        }
      }
    }
    return found.isEmpty() ? -1 : found.get(0);
  }
}
