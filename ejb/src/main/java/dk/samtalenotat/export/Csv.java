package dk.samtalenotat.export;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * CSV for every export (access log, deletion evidence, record of processing, benefit figures):
 * semicolons between cells, as Danish spreadsheets read them, quoting where needed and spreadsheet
 * formulas defused, because cells carry text from users and identity providers.
 */
public final class Csv {

  private Csv() {}

  /**
   * Quotes a cell when needed, and defuses spreadsheet formulas (CSV injection): a cell that starts
   * with =, +, -, @, tab or CR gets a leading apostrophe. Null is an empty cell.
   */
  public static String cell(Object value) {
    String s = value == null ? "" : Objects.toString(value);
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      s = "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  /** One line of cells (without the line end). */
  public static String row(Object... values) {
    return Arrays.stream(values).map(Csv::cell).collect(Collectors.joining(";"));
  }
}
