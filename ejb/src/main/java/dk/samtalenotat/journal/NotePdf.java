package dk.samtalenotat.journal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The approved note as an A4 PDF for journalising by hand: title, the note in its layout (header,
 * sections, the "godkendt af" documentation line), citizen and case, in Helvetica with Danish
 * letters (WinAnsi covers æ, ø, å; any character it lacks is replaced, never dropped silently).
 */
public final class NotePdf {

  private static final float MARGIN = 56;
  private static final float SIZE = 10.5f;
  private static final float LEADING = 14;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private NotePdf() {}

  public static byte[] render(JournalNote note) {
    PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(safe(regular, note.title()));
      info.setCreator("Samtalenotat");
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      List<Line> lines = new ArrayList<>();
      lines.add(new Line(bold, 15, note.title()));
      lines.add(new Line(regular, SIZE, ""));
      lines.add(
          new Line(
              regular,
              SIZE,
              "Borger (CPR): "
                  + note.citizenCprWithHyphen()
                  + "    Sag: "
                  + (note.caseReference() == null ? "ikke valgt" : note.caseReference())));
      lines.add(new Line(regular, SIZE, ""));
      String[] paragraphs = note.text().split("\n", -1);
      // The first line of the text repeats the title already printed.
      for (int i = paragraphs[0].equals(note.title()) ? 1 : 0; i < paragraphs.length; i++) {
        String p = paragraphs[i];
        boolean heading = !p.isBlank() && !p.contains(":") && p.length() < 60 && !p.endsWith(".");
        PDFont font = heading ? bold : regular;
        for (String wrapped : wrap(font, SIZE, safe(font, p), width)) {
          lines.add(new Line(font, SIZE, wrapped));
        }
      }
      lines.add(new Line(regular, SIZE, ""));
      lines.add(
          new Line(
              regular,
              8,
              "Udskrevet til manuel journalisering "
                  + STAMP.format(java.time.LocalDateTime.now(JournalNotes.DENMARK))));
      write(doc, lines);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not render the note as PDF", e);
    }
  }

  private record Line(PDFont font, float size, String text) {}

  private static void write(PDDocument doc, List<Line> lines) throws IOException {
    float top = PDRectangle.A4.getHeight() - MARGIN;
    PDPageContentStream content = null;
    float y = 0;
    int page = 0;
    try {
      for (Line line : lines) {
        if (content == null || y < MARGIN + LEADING) {
          if (content != null) {
            content.close();
          }
          PDPage p = new PDPage(PDRectangle.A4);
          doc.addPage(p);
          page++;
          content = new PDPageContentStream(doc, p);
          y = top;
        }
        if (!line.text().isEmpty()) {
          content.beginText();
          content.setFont(line.font(), line.size());
          content.newLineAtOffset(MARGIN, y);
          content.showText(safe(line.font(), line.text()));
          content.endText();
        }
        y -= line.size() > SIZE ? LEADING * 1.5f : LEADING;
      }
    } finally {
      if (content != null) {
        content.close();
      }
    }
  }

  /** Words to lines no wider than {@code width}. */
  static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
    List<String> out = new ArrayList<>();
    if (text.isBlank()) {
      out.add("");
      return out;
    }
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (font.getStringWidth(candidate) / 1000 * size > width && line.length() > 0) {
        out.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    out.add(line.toString());
    return out;
  }

  /** The text with every character the font cannot show replaced by '?'. */
  static String safe(PDFont font, String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              if (cp == '\t') {
                out.append("    ");
                return;
              }
              try {
                font.encode(ch);
                out.append(ch);
              } catch (IOException | IllegalArgumentException e) {
                out.append('?');
              }
            });
    return out.toString();
  }
}
