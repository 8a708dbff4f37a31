package dk.samtalenotat.language;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One unit of a Danish text as the date, time and number readers see it: a word, a number (said in
 * words or written in digits), a date or time written in digits, or a punctuation mark. Start and
 * end are offsets in the original text.
 *
 * @param value the number of a {@link Type#NUMBER}; null otherwise
 * @param form how a number was said or written; null for other types
 * @param day day of a {@link Type#DATE}; hour of a {@link Type#TIME}
 * @param month month of a {@link Type#DATE}; minute of a {@link Type#TIME}
 * @param year year of a {@link Type#DATE} (four digits), or 0 when none was written
 */
record Lexeme(
    Type type,
    int start,
    int end,
    String text,
    BigDecimal value,
    DanishNumbers.Form form,
    int day,
    int month,
    int year,
    String lower) {

  Lexeme(
      Type type,
      int start,
      int end,
      String text,
      BigDecimal value,
      DanishNumbers.Form form,
      int day,
      int month,
      int year) {
    this(type, start, end, text, value, form, day, month, year, text.toLowerCase(Locale.ROOT));
  }

  enum Type {
    WORD,
    NUMBER,
    DATE,
    TIME,
    PUNCT
  }

  static Lexeme word(int start, int end, String text) {
    return new Lexeme(Type.WORD, start, end, text, null, null, 0, 0, 0);
  }

  static Lexeme punct(int start, int end, String text) {
    return new Lexeme(Type.PUNCT, start, end, text, null, null, 0, 0, 0);
  }

  static Lexeme number(int start, int end, String text, BigDecimal value, DanishNumbers.Form form) {
    return new Lexeme(Type.NUMBER, start, end, text, value, form, 0, 0, 0);
  }

  static Lexeme date(int start, int end, String text, int day, int month, int year) {
    return new Lexeme(Type.DATE, start, end, text, null, null, day, month, year);
  }

  static Lexeme time(int start, int end, String text, int hour, int minute) {
    return new Lexeme(Type.TIME, start, end, text, null, null, hour, minute, 0);
  }

  boolean isWord() {
    return type == Type.WORD;
  }

  boolean isWord(String lowerCase) {
    return type == Type.WORD && lower.equals(lowerCase);
  }

  boolean isNumber() {
    return type == Type.NUMBER;
  }

  boolean isPunct() {
    return type == Type.PUNCT;
  }

  /** A dash between words (en dash, em dash, or a hyphen set apart by spaces). */
  boolean isDash() {
    return type == Type.PUNCT && ("–".equals(text) || "—".equals(text) || "-".equals(text));
  }

  /** A stated whole number (not an article, not "et par"), or -1. */
  int intValue() {
    if (type != Type.NUMBER
        || form == DanishNumbers.Form.ARTICLE
        || form == DanishNumbers.Form.APPROXIMATE
        || value.stripTrailingZeros().scale() > 0) {
      return -1;
    }
    return value.intValue();
  }
}
