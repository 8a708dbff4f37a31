package dk.samtalenotat.conversation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Danish CPR number, DDMMYY-SSSS. The format and the date are checked, the modulus-11 check is
 * not: numbers without it have been issued since 2007 and are valid.
 */
public final class Cpr {

  private static final Pattern FORMAT = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})-?(\\d{4})");

  private final String digits;

  private Cpr(String digits) {
    this.digits = digits;
  }

  /** Why a text is not a CPR number. */
  public enum Problem {
    FORMAT,
    DATE
  }

  /**
   * Parses a CPR number with or without hyphen and surrounding blanks.
   *
   * @throws InvalidCprException with {@link Problem#FORMAT} or {@link Problem#DATE}
   */
  public static Cpr parse(String text) {
    if (text == null) {
      throw new InvalidCprException(Problem.FORMAT);
    }
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      throw new InvalidCprException(Problem.FORMAT);
    }
    int day = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int yy = Integer.parseInt(m.group(3));
    String serial = m.group(4);
    int year = century(serial.charAt(0) - '0', yy) + yy;
    try {
      LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new InvalidCprException(Problem.DATE);
    }
    return new Cpr(m.group(1) + m.group(2) + m.group(3) + serial);
  }

  /** Parses, or empty when the text is not a valid CPR number. */
  public static Optional<Cpr> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidCprException e) {
      return Optional.empty();
    }
  }

  /** The century rule of the CPR office: the 7th digit together with the year. */
  private static int century(int seventh, int yy) {
    if (seventh <= 3) {
      return 1900;
    }
    if (seventh == 4 || seventh == 9) {
      return yy <= 36 ? 2000 : 1900;
    }
    // 5 to 8
    return yy <= 57 ? 2000 : 1800;
  }

  /** The date of birth the number encodes. */
  public LocalDate birthDate() {
    int yy = Integer.parseInt(digits.substring(4, 6));
    return LocalDate.of(
        century(digits.charAt(6) - '0', yy) + yy,
        Integer.parseInt(digits.substring(2, 4)),
        Integer.parseInt(digits.substring(0, 2)));
  }

  /** Ten digits, no hyphen: the stored form. */
  public String digits() {
    return digits;
  }

  /** DDMMYY-SSSS. */
  public String formatted() {
    return digits.substring(0, 6) + "-" + digits.substring(6);
  }

  /** DDMMYY-XXXX: what lists show. */
  public String masked() {
    return digits.substring(0, 6) + "-XXXX";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cpr other && other.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** Masked, so that a CPR number never lands whole in a log by accident. */
  @Override
  public String toString() {
    return masked();
  }
}
