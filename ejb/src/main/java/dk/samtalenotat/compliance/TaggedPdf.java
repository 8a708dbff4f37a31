package dk.samtalenotat.compliance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The tagging of a PDF for PDF/UA-1 (ISO 14289-1), kept apart from the layout: a structure tree
 * under one Document element, every piece of content drawn either inside a marked-content sequence
 * (BDC with an MCID) linked to its structure element, or as an artifact (page furniture a screen
 * reader skips: cell borders, footers, a table header repeated on a continued page), and the parent
 * tree that leads from the content back to the tree.
 *
 * <p>Use: {@link #page} for every page as it is started, {@link #element} to build the tree, {@link
 * #tagged} and {@link #artifact} around each drawing, {@link #finish} once at the end. Only
 * standard structure types are used, so no role map is needed.
 */
final class TaggedPdf {

  /** What is drawn inside one marked-content sequence. */
  @FunctionalInterface
  interface Drawing {
    void draw(PDPageContentStream content) throws IOException;
  }

  private final PDDocument doc;
  private final PDStructureTreeRoot root = new PDStructureTreeRoot();
  private final PDStructureElement document;

  /** Per page (its StructParents key), the structure element of each MCID in order. */
  private final List<List<PDStructureElement>> parents = new ArrayList<>();

  private PDPage page;
  private PDPageContentStream content;

  TaggedPdf(PDDocument doc) {
    this.doc = doc;
    document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
    root.appendKid(document);
  }

  /** The Document element every other element descends from. */
  PDStructureElement document() {
    return document;
  }

  /** A new structure element of that standard type, as the last child of {@code parent}. */
  PDStructureElement element(PDStructureElement parent, String type) {
    PDStructureElement e = new PDStructureElement(type, parent);
    parent.appendKid(e);
    return e;
  }

  /**
   * A table header cell for the column below it, or for the row beside it ({@link
   * PDTableAttributeObject#SCOPE_COLUMN}, {@link PDTableAttributeObject#SCOPE_ROW}): PDF/UA asks
   * for the scope when the table has no Headers and IDs.
   */
  PDStructureElement headerCell(PDStructureElement row, String scope) {
    PDStructureElement th = element(row, StandardStructureTypes.TH);
    PDTableAttributeObject attributes = new PDTableAttributeObject();
    attributes.setScope(scope);
    th.addAttribute(attributes);
    return th;
  }

  /** The page now drawn on, with the content stream its body is written to. */
  void page(PDPage page, PDPageContentStream content) {
    this.page = page;
    this.content = content;
    page.setStructParents(parents.size());
    // Tab order by structure; the pages have no annotations today, but a reader may use it.
    page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    parents.add(new ArrayList<>());
  }

  /** Draws as content of {@code element}: one marked-content sequence on the current page. */
  void tagged(PDStructureElement element, Drawing drawing) throws IOException {
    List<PDStructureElement> onPage = parents.get(page.getStructParents());
    int mcid = onPage.size();
    onPage.add(element);
    COSDictionary properties = new COSDictionary();
    properties.setInt(COSName.MCID, mcid);
    content.beginMarkedContent(
        COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
    drawing.draw(content);
    content.endMarkedContent();
    // A reference naming its page, so an element whose content runs over two pages (a long row)
    // is linked correctly on both.
    COSDictionary reference = new COSDictionary();
    reference.setItem(COSName.TYPE, COSName.MCR);
    reference.setItem(COSName.PG, page.getCOSObject());
    reference.setInt(COSName.MCID, mcid);
    appendKid(element, reference);
  }

  /** Draws page furniture on the current page's body stream. */
  void artifact(Drawing drawing) throws IOException {
    artifact(content, null, drawing);
  }

  /**
   * Draws page furniture on {@code stream}: an artifact, outside the structure tree.
   *
   * @param subtype "Header" or "Footer" for pagination artifacts, null for layout (lines, fills)
   */
  static void artifact(PDPageContentStream stream, String subtype, Drawing drawing)
      throws IOException {
    COSDictionary properties = new COSDictionary();
    if (subtype == null) {
      properties.setName(COSName.TYPE, "Layout");
    } else {
      properties.setName(COSName.TYPE, "Pagination");
      properties.setName(COSName.SUBTYPE, subtype);
    }
    stream.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
    drawing.draw(stream);
    stream.endMarkedContent();
  }

  /**
   * The catalog entries of a tagged PDF/UA document: structure tree with its parent tree, MarkInfo,
   * and the title shown instead of the file name. The language and the PDF/UA identification in XMP
   * are the caller's.
   */
  void finish() {
    COSArray nums = new COSArray();
    for (int i = 0; i < parents.size(); i++) {
      COSArray elements = new COSArray();
      for (PDStructureElement e : parents.get(i)) {
        elements.add(e);
      }
      nums.add(COSInteger.get(i));
      nums.add(elements);
    }
    COSDictionary parentTree = new COSDictionary();
    parentTree.setItem(COSName.NUMS, nums);
    root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
    root.setParentTreeNextKey(parents.size());

    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    catalog.setStructureTreeRoot(root);
    PDMarkInfo markInfo = new PDMarkInfo();
    markInfo.setMarked(true);
    markInfo.setSuspect(false);
    catalog.setMarkInfo(markInfo);
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);
  }

  /** Adds a kid to /K, which holds one kid directly and several in an array. */
  private static void appendKid(PDStructureElement element, COSDictionary kid) {
    COSDictionary e = element.getCOSObject();
    var k = e.getDictionaryObject(COSName.K);
    if (k == null) {
      e.setItem(COSName.K, kid);
    } else if (k instanceof COSArray array) {
      array.add(kid);
    } else {
      COSArray array = new COSArray();
      array.add(e.getItem(COSName.K));
      array.add(kid);
      e.setItem(COSName.K, array);
    }
  }
}
