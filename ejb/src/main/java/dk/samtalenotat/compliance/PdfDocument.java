package dk.samtalenotat.compliance;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A small builder for the application's A4 documents: a title, the time it was generated, headings,
 * paragraphs and simple tables whose cells wrap, with "Side x af y" and the title on every page.
 * The documents are PDF/A-2b: the font is embedded (Liberation Sans, which PDFBox ships under the
 * SIL Open Font License, with æ, ø and å), an sRGB output intent carries the JDK's ICC profile, and
 * XMP metadata matches the document information. A character the font lacks becomes '?' rather than
 * a missing glyph, which PDF/A forbids.
 *
 * <p>The documents are also PDF/UA-1 (tagged for screen readers, through {@link TaggedPdf}): the
 * title is the one H1, headings H2 and H3, paragraphs P, tables Table with TR, TH (with its scope)
 * and TD; cell borders, footers and a header row repeated on a continued page are artifacts. The
 * language is Danish and a viewer shows the title rather than the file name.
 *
 * <p>Bold is drawn by stroking the outline of the same font, so one embedded font serves all.
 */
public final class PdfDocument {

  /** Danish time: what every date in the documents is written in. */
  public static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

  public static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(DENMARK);

  static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private static final float MARGIN = 50;
  private static final float FOOTER = 30;
  private static final float BODY = 10;
  private static final float SMALL = 8.5f;
  private static final float CELL_PAD = 3;

  private final String title;
  private final Instant generatedAt;
  private final List<Block> blocks = new ArrayList<>();

  private PdfDocument(String title, Instant generatedAt) {
    this.title = title;
    this.generatedAt = generatedAt.truncatedTo(ChronoUnit.SECONDS);
  }

  /** A document with this title, generated at that time (printed on the first page). */
  public static PdfDocument titled(String title, Instant generatedAt) {
    return new PdfDocument(title, generatedAt);
  }

  /** A section heading (H2). */
  public PdfDocument heading(String text) {
    blocks.add(new Heading(text, 2));
    return this;
  }

  /** A heading within a section (H3), such as one conversation among several. */
  public PdfDocument subheading(String text) {
    blocks.add(new Heading(text, 3));
    return this;
  }

  /** A paragraph; line breaks in the text start new lines. */
  public PdfDocument paragraph(String text) {
    blocks.add(new Paragraph(text, BODY));
    return this;
  }

  /** A paragraph in small type. */
  public PdfDocument note(String text) {
    blocks.add(new Paragraph(text, SMALL));
    return this;
  }

  /** Label and value pairs as a two-column table without header. */
  public PdfDocument facts(List<String[]> pairs) {
    List<List<String>> rows = new ArrayList<>();
    for (String[] p : pairs) {
      rows.add(List.of(p[0], p[1]));
    }
    blocks.add(new Table(null, new float[] {1, 2.4f}, rows, BODY));
    return this;
  }

  /**
   * A table: a header row repeated on every page it continues on, and rows whose cells wrap.
   *
   * @param widths relative column widths, one per header
   */
  public PdfDocument table(List<String> headers, float[] widths, List<List<String>> rows) {
    if (headers.size() != widths.length) {
      throw new IllegalArgumentException("one width per column");
    }
    blocks.add(new Table(headers, widths, rows, headers.size() > 4 ? SMALL : BODY));
    return this;
  }

  /** The document as PDF/A-2b bytes. */
  public byte[] render() {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDFont font;
      try (InputStream ttf = PdfDocument.class.getResourceAsStream(FONT_RESOURCE)) {
        if (ttf == null) {
          throw new IllegalStateException("font " + FONT_RESOURCE + " is missing");
        }
        font = PDType0Font.load(doc, ttf, true);
      }
      TaggedPdf tags = new TaggedPdf(doc);
      Writer w = new Writer(doc, font, tags);
      w.titleBlock();
      for (Block b : blocks) {
        w.write(b);
      }
      w.finish();
      footers(doc, font);
      tags.finish();
      pdfA(doc);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not render " + title + " as PDF", e);
    }
  }

  private sealed interface Block permits Heading, Paragraph, Table {}

  private record Heading(String text, int level) implements Block {}

  private record Paragraph(String text, float size) implements Block {}

  private record Table(List<String> headers, float[] widths, List<List<String>> rows, float size)
      implements Block {}

  /** Lays the blocks out top to bottom, starting a page whenever the next piece does not fit. */
  private final class Writer {
    private final PDDocument doc;
    private final PDFont font;
    private final TaggedPdf tags;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private final float top = PDRectangle.A4.getHeight() - MARGIN;
    private final float bottom = MARGIN + FOOTER;
    private PDPageContentStream content;
    private float y;

    Writer(PDDocument doc, PDFont font, TaggedPdf tags) {
      this.doc = doc;
      this.font = font;
      this.tags = tags;
    }

    void titleBlock() throws IOException {
      newPage();
      PDStructureElement h1 = tags.element(tags.document(), StandardStructureTypes.H1);
      for (String line : wrap(font, 16, safe(font, title), width)) {
        text(h1, line, MARGIN, y - 16, 16, true);
        y -= 21;
      }
      PDStructureElement stamp = tags.element(tags.document(), StandardStructureTypes.P);
      text(stamp, "Dannet " + STAMP.format(generatedAt), MARGIN, y - SMALL, SMALL, false);
      y -= SMALL + 14;
    }

    void write(Block b) throws IOException {
      if (b instanceof Heading h) {
        List<String> lines = wrap(font, 12, safe(font, h.text()), width);
        // A heading never ends a page alone: keep room for two lines after it.
        room(lines.size() * 16 + 8 + 2 * leading(BODY));
        PDStructureElement heading =
            tags.element(
                tags.document(),
                h.level() == 2 ? StandardStructureTypes.H2 : StandardStructureTypes.H3);
        y -= 6;
        for (String line : lines) {
          text(heading, line, MARGIN, y - 12, 12, true);
          y -= 16;
        }
        y -= 2;
      } else if (b instanceof Paragraph p) {
        for (String part : p.text().split("\n", -1)) {
          // Each line of the text is a paragraph of its own, as it reads; an empty line is space.
          PDStructureElement paragraph =
              part.isBlank() ? null : tags.element(tags.document(), StandardStructureTypes.P);
          for (String line : wrap(font, p.size(), safe(font, part), width)) {
            room(leading(p.size()));
            text(paragraph, line, MARGIN, y - p.size(), p.size(), false);
            y -= leading(p.size());
          }
        }
        y -= 5;
      } else if (b instanceof Table t) {
        table(t);
      }
    }

    private void table(Table t) throws IOException {
      if (t.rows().isEmpty()) {
        // Nothing to show: no header row alone, and no empty table in the structure.
        return;
      }
      float total = 0;
      for (float f : t.widths()) {
        total += f;
      }
      float[] cols = new float[t.widths().length];
      for (int i = 0; i < cols.length; i++) {
        cols[i] = width * t.widths()[i] / total;
      }
      List<List<String>> header =
          t.headers() == null ? null : cellLines(t.headers(), cols, t.size());
      PDStructureElement table = tags.element(tags.document(), StandardStructureTypes.TABLE);
      // The header row is tagged where it is first drawn; repeated on a later page, an artifact.
      List<PDStructureElement> headerCells = null;
      if (header != null) {
        PDStructureElement tr = tags.element(table, StandardStructureTypes.TR);
        headerCells = new ArrayList<>();
        for (int c = 0; c < cols.length; c++) {
          headerCells.add(tags.headerCell(tr, PDTableAttributeObject.SCOPE_COLUMN));
        }
      }
      boolean headerOnPage = false;
      for (List<String> row : t.rows()) {
        List<List<String>> cells = cellLines(row, cols, t.size());
        PDStructureElement tr = tags.element(table, StandardStructureTypes.TR);
        List<PDStructureElement> rowCells = new ArrayList<>();
        for (int c = 0; c < cols.length; c++) {
          // A table without header row is label and value: the label heads its row.
          rowCells.add(
              header == null && c == 0 && cols.length > 1
                  ? tags.headerCell(tr, PDTableAttributeObject.SCOPE_ROW)
                  : tags.element(tr, StandardStructureTypes.TD));
        }
        int from = 0;
        int lines = maxLines(cells);
        while (from < lines) {
          float headerHeight = header == null ? 0 : rowHeight(maxLines(header), t.size());
          float available = y - bottom - (headerOnPage ? 0 : headerHeight);
          int fit = (int) Math.floor((available - 2 * CELL_PAD) / leading(t.size()));
          int rest = lines - from;
          int pageLines = (int) ((top - bottom - headerHeight - 2 * CELL_PAD) / leading(t.size()));
          // A row that fits on a fresh page is never split; only an overlong one is.
          if (fit < Math.min(rest, pageLines) || fit <= 0) {
            newPage();
            headerOnPage = false;
            continue;
          }
          if (!headerOnPage && header != null) {
            row(header, cols, 0, maxLines(header), t.size(), true, headerCells);
            headerCells = null;
          }
          headerOnPage = true;
          int to = Math.min(lines, from + fit);
          row(cells, cols, from, to, t.size(), false, rowCells);
          from = to;
        }
      }
      y -= 8;
    }

    /**
     * Draws lines {@code from} to {@code to} of a row's cells: the borders (and a header's shading)
     * as an artifact, the text as content of {@code elements}, one per cell, or as an artifact too
     * when {@code elements} is null (a header row repeated on a continued page).
     */
    private void row(
        List<List<String>> cells,
        float[] cols,
        int from,
        int to,
        float size,
        boolean bold,
        List<PDStructureElement> elements)
        throws IOException {
      float h = rowHeight(to - from, size);
      float rowTop = y;
      tags.artifact(
          c -> {
            if (bold) {
              c.setNonStrokingColor(0.9f, 0.9f, 0.9f);
              c.addRect(MARGIN, rowTop - h, width, h);
              c.fill();
              c.setNonStrokingColor(0f, 0f, 0f);
            }
            c.setLineWidth(0.4f);
            float bx = MARGIN;
            for (float col : cols) {
              c.addRect(bx, rowTop - h, col, h);
              c.stroke();
              bx += col;
            }
          });
      float x = MARGIN;
      for (int c = 0; c < cols.length; c++) {
        List<String> lines = cells.get(c);
        float ly = y - CELL_PAD - size;
        for (int i = from; i < Math.min(to, lines.size()); i++) {
          String line = lines.get(i);
          float lx = x + CELL_PAD;
          float baseline = ly;
          if (elements == null) {
            if (!line.isBlank()) {
              tags.artifact(s -> show(s, line, lx, baseline, size, bold));
            }
          } else {
            text(elements.get(c), line, lx, baseline, size, bold);
          }
          ly -= leading(size);
        }
        x += cols[c];
      }
      y -= h;
    }

    private List<List<String>> cellLines(List<String> row, float[] cols, float size)
        throws IOException {
      List<List<String>> out = new ArrayList<>();
      for (int c = 0; c < cols.length; c++) {
        String v = c < row.size() && row.get(c) != null ? row.get(c) : "";
        List<String> lines = new ArrayList<>();
        for (String part : v.split("\n", -1)) {
          lines.addAll(wrap(font, size, safe(font, part), cols[c] - 2 * CELL_PAD));
        }
        out.add(lines);
      }
      return out;
    }

    private int maxLines(List<List<String>> cells) {
      return cells.stream().mapToInt(List::size).max().orElse(1);
    }

    private float rowHeight(int lines, float size) {
      return lines * leading(size) + 2 * CELL_PAD;
    }

    private void room(float needed) throws IOException {
      if (y - needed < bottom) {
        newPage();
      }
    }

    private void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      content = new PDPageContentStream(doc, page);
      tags.page(page, content);
      y = top;
    }

    /** A line of text as content of {@code element}; an empty line draws nothing. */
    private void text(
        PDStructureElement element, String s, float x, float baseline, float size, boolean bold)
        throws IOException {
      if (s.isBlank()) {
        return;
      }
      tags.tagged(element, c -> show(c, s, x, baseline, size, bold));
    }

    private void show(
        PDPageContentStream c, String s, float x, float baseline, float size, boolean bold)
        throws IOException {
      c.beginText();
      c.setFont(font, size);
      if (bold) {
        c.setRenderingMode(RenderingMode.FILL_STROKE);
        c.setLineWidth(size / 30);
      } else {
        c.setRenderingMode(RenderingMode.FILL);
      }
      c.newLineAtOffset(x, baseline);
      c.showText(s);
      c.endText();
    }

    void finish() throws IOException {
      if (content != null) {
        content.close();
      }
    }
  }

  private void footers(PDDocument doc, PDFont font) throws IOException {
    int pages = doc.getNumberOfPages();
    String left = safe(font, title) + " · " + STAMP.format(generatedAt);
    for (int i = 0; i < pages; i++) {
      PDPage page = doc.getPage(i);
      try (PDPageContentStream c =
          new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        String right = "Side " + (i + 1) + " af " + pages;
        float rightWidth = font.getStringWidth(right) / 1000 * SMALL;
        float pageWidth = PDRectangle.A4.getWidth();
        String shown = wrap(font, SMALL, left, pageWidth - 2 * MARGIN - rightWidth - 20).get(0);
        // The footer repeats the title and numbers the page: a screen reader skips it.
        TaggedPdf.artifact(
            c,
            "Footer",
            s -> {
              s.setLineWidth(0.4f);
              s.moveTo(MARGIN, MARGIN + 12);
              s.lineTo(pageWidth - MARGIN, MARGIN + 12);
              s.stroke();
              s.beginText();
              s.setFont(font, SMALL);
              s.newLineAtOffset(MARGIN, MARGIN);
              s.showText(shown);
              s.endText();
              s.beginText();
              s.setFont(font, SMALL);
              s.newLineAtOffset(pageWidth - MARGIN - rightWidth, MARGIN);
              s.showText(right);
              s.endText();
            });
      }
    }
  }

  /** Document information, matching XMP metadata and the sRGB output intent of PDF/A-2b. */
  private void pdfA(PDDocument doc) throws IOException {
    Calendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    created.setTimeInMillis(generatedAt.toEpochMilli());
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(title);
    info.setCreator(CREATOR);
    info.setProducer(PRODUCER);
    info.setCreationDate(created);
    info.setModificationDate(created);
    doc.getDocumentCatalog().setLanguage("da-DK");

    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(xmp(title, generatedAt).getBytes(StandardCharsets.UTF_8));
    doc.getDocumentCatalog().setMetadata(metadata);

    byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(srgb));
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    doc.getDocumentCatalog().addOutputIntent(intent);
  }

  static final String CREATOR = "Samtalenotat";
  static final String PRODUCER = "Samtalenotat (Apache PDFBox)";

  static String xmp(String title, Instant at) {
    String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
    return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        + "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
        + "</rdf:Description>\n"
        + "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
        + "<pdfuaid:part>1</pdfuaid:part>\n"
        + "</rdf:Description>\n"
        + PDFUA_EXTENSION_SCHEMA
        + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        + "<dc:format>application/pdf</dc:format>\n"
        + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + escape(title)
        + "</rdf:li></rdf:Alt></dc:title>\n"
        + "<dc:language><rdf:Bag><rdf:li>da-DK</rdf:li></rdf:Bag></dc:language>\n"
        + "</rdf:Description>\n"
        + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
        + "<xmp:CreatorTool>"
        + CREATOR
        + "</xmp:CreatorTool>\n<xmp:CreateDate>"
        + date
        + "</xmp:CreateDate>\n<xmp:ModifyDate>"
        + date
        + "</xmp:ModifyDate>\n<xmp:MetadataDate>"
        + date
        + "</xmp:MetadataDate>\n</rdf:Description>\n"
        + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        + "<pdf:Producer>"
        + escape(PRODUCER)
        + "</pdf:Producer>\n</rdf:Description>\n"
        + "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
  }

  /**
   * PDF/A allows in XMP only the schemas it predefines and those described in the file: the PDF/UA
   * identification is described here (ISO 14289-1, 5, and the PDF/A extension schema container).
   */
  private static final String PDFUA_EXTENSION_SCHEMA =
      "<rdf:Description rdf:about=\"\""
          + " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
          + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
          + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
          + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
          + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
          + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
          + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
          + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
          + "<pdfaProperty:name>part</pdfaProperty:name>\n"
          + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
          + "<pdfaProperty:category>internal</pdfaProperty:category>\n"
          + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is"
          + " followed</pdfaProperty:description>\n"
          + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
          + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
          + "</rdf:Description>\n";

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static float leading(float size) {
    return size * 1.3f;
  }

  /**
   * Words to lines no wider than {@code width}; a word wider than a line (a hash, an address) is
   * broken where it must be.
   */
  public static List<String> wrap(PDFont font, float size, String text, float width)
      throws IOException {
    List<String> out = new ArrayList<>();
    if (text.isBlank()) {
      out.add("");
      return out;
    }
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(font, size, candidate) <= width) {
        line = new StringBuilder(candidate);
        continue;
      }
      if (line.length() > 0) {
        out.add(line.toString());
        line = new StringBuilder();
      }
      String rest = word;
      while (width(font, size, rest) > width && rest.length() > 1) {
        int n = rest.length() - 1;
        while (n > 1 && width(font, size, rest.substring(0, n)) > width) {
          n--;
        }
        out.add(rest.substring(0, n));
        rest = rest.substring(n);
      }
      line.append(rest);
    }
    out.add(line.toString());
    return out;
  }

  private static float width(PDFont font, float size, String s) throws IOException {
    return font.getStringWidth(s) / 1000 * size;
  }

  /** The text with every character the font cannot show replaced by '?', tabs by blanks. */
  public static String safe(PDFont font, String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\t') {
                out.append("    ");
                return;
              }
              if (cp == '\r') {
                return;
              }
              String ch = new String(Character.toChars(cp));
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
