package dk.samtalenotat.web.api;

import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** A period of whole days in Danish time, from the query parameters of an export. */
record Period(Instant start, Instant end) {

  private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
  private static final java.time.format.DateTimeFormatter DANISH_DATE =
      java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu")
          .withResolverStyle(java.time.format.ResolverStyle.STRICT);

  static Period of(String from, String to) {
    LocalDate first = day(from, "from");
    LocalDate last = day(to, "to");
    if (last.isBefore(first)) {
      throw new BadRequestException("'to' is before 'from'");
    }
    return new Period(
        first.atStartOfDay(DENMARK).toInstant(),
        last.plusDays(1).atStartOfDay(DENMARK).toInstant());
  }

  private static LocalDate day(String value, String name) {
    if (value == null) {
      throw new BadRequestException("'" + name + "' (YYYY-MM-DD) is required");
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      // The screens' date fields write Danish dates (dd.MM.yyyy) whatever the browser's language.
      try {
        return LocalDate.parse(value.strip(), DANISH_DATE);
      } catch (DateTimeParseException notDanish) {
        throw new BadRequestException("'" + name + "' is not a date YYYY-MM-DD");
      }
    }
  }
}
