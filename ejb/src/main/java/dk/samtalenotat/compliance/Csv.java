package dk.samtalenotat.compliance;

/** CSV cells for the compliance exports. */
public final class Csv {

  private Csv() {}

  /**
   * Quotes a cell when needed, and defuses spreadsheet formulas (CSV injection): a cell that starts
   * with =, +, -, @, tab or CR gets a leading apostrophe.
   */
  public static String cell(String v) {
    String s = v == null ? "" : v;
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      s = "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
