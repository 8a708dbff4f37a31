package dk.samtalenotat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void formulasAreDefusedSoASpreadsheetShowsThemAsText() {
    assertEquals("'=1+2", Csv.cell("=1+2"));
    assertEquals("'+45", Csv.cell("+45"));
    assertEquals("'-1", Csv.cell("-1"));
    assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.cell("=HYPERLINK(\"x\")"));
  }

  @Test
  void separatorsQuotesAndLineBreaksAreQuoted() {
    assertEquals("\"a;b\"", Csv.cell("a;b"));
    assertEquals("\"sagt \"\"nej\"\"\"", Csv.cell("sagt \"nej\""));
    assertEquals("\"to\nlinjer\"", Csv.cell("to\nlinjer"));
    assertEquals("plain", Csv.cell("plain"));
  }

  @Test
  void aRowJoinsCellsWithNullAsEmpty() {
    assertEquals("1;;\"a;b\";'=x;æøå", Csv.row(1, null, "a;b", "=x", "æøå"));
  }
}
