package dk.samtalenotat.web.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The access log's criteria in Danish for the compliance officer's screen. The log keeps what the
 * writers wrote (English, stable for exports and for tests); each known shape is translated here,
 * its instants written as Danish dates, its user keys as names, its states as their labels. A
 * criterion of no known shape is shown as it is.
 */
final class AccessLogTexts {

  private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private record Shape(Pattern pattern, String danish) {}

  /**
   * Each shape with {@code {n}} for its n-th group, written as a value: {@code {n:t}} an instant or
   * date, {@code {n:u}} a user key, {@code {n:s}} a conversation state.
   */
  private static final List<Shape> SHAPES =
      List.of(
          shape("own conversations", "egne samtaler"),
          shape("own conversations in state (\\w+)", "egne samtaler med status {1:s}"),
          shape(
              "open cases in the case system for a citizen",
              "åbne sager i sagssystemet for en borger"),
          shape("journalise into (.+)", "journalisering til {1}"),
          shape("note as PDF for manual journalising", "notatet som PDF til manuel journalisering"),
          shape("recording started in chunks", "optagelse startet i bidder"),
          shape("handed over to (\\S+)", "overdraget til {1:u}"),
          shape("deletions executed (\\S+) to (\\S+)", "sletninger udført {1:t} til {2:t}"),
          shape("deletions of conversation (\\d+)", "sletninger af samtale {1}"),
          shape(
              "security log, period (\\S+) to (\\S+)(?:, after event (\\d+))?",
              "sikkerhedsloggen, periode {1:t} til {2:t}{3:after}"),
          shape(
              "access request \\(art\\. 15\\): (.*); citizen (\\w+)…, (\\d+) conversation\\(s\\)",
              "indsigtsanmodning (art. 15): {1}; borger {2}…, {3:n}"),
          shape("access request \\(art\\. 15\\): (.*)", "indsigtsanmodning (art. 15): {1}"),
          shape(
              "period (\\S+) to (\\S+)((?:, citizen \\w+…)?)((?:, user \\S+)?)((?:, action \\w+)?)",
              "periode {1:t} til {2:t}{3:citizen}{4:user}{5:action}"));

  private static final Pattern PLACE = Pattern.compile("\\{(\\d+)(?::(\\w+))?}");

  private AccessLogTexts() {}

  private static Shape shape(String regex, String danish) {
    return new Shape(Pattern.compile(regex), danish);
  }

  /**
   * The criterion in Danish.
   *
   * @param names a user key's name, or null when unknown
   * @param states a conversation state's Danish label
   * @param actions an action's Danish name
   */
  static String criterion(
      String criterion,
      Function<String, String> names,
      Function<String, String> states,
      Function<String, String> actions) {
    if (criterion == null || criterion.isBlank()) {
      return "";
    }
    for (Shape shape : SHAPES) {
      Matcher m = shape.pattern().matcher(criterion);
      if (m.matches()) {
        Matcher place = PLACE.matcher(shape.danish());
        StringBuilder out = new StringBuilder();
        while (place.find()) {
          String value = m.group(Integer.parseInt(place.group(1)));
          String kind = place.group(2);
          place.appendReplacement(
              out, Matcher.quoteReplacement(value(value, kind, names, states, actions)));
        }
        place.appendTail(out);
        return out.toString();
      }
    }
    return criterion;
  }

  private static String value(
      String value,
      String kind,
      Function<String, String> names,
      Function<String, String> states,
      Function<String, String> actions) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    if (kind == null) {
      return value;
    }
    return switch (kind) {
      case "t" -> moment(value);
      case "u" -> user(value, names);
      case "s" -> states.apply(value);
      case "n" -> value + ("1".equals(value) ? " samtale" : " samtaler");
      case "after" -> ", efter hændelse " + value;
      case "citizen" -> ", borger " + value.substring(", citizen ".length());
      case "user" -> ", bruger " + user(value.substring(", user ".length()), names);
      case "action" -> ", handling " + actions.apply(value.substring(", action ".length()));
      default -> value;
    };
  }

  private static String user(String key, Function<String, String> names) {
    String name = names.apply(key);
    return name == null ? key : name;
  }

  /** An instant (2026-12-01T23:00:00Z) or a date (2026-12-01) as Danish screens write it. */
  static String moment(String text) {
    try {
      return DATE_TIME.format(Instant.parse(text).atZone(DENMARK));
    } catch (DateTimeParseException notInstant) {
      try {
        return DATE.format(LocalDate.parse(text));
      } catch (DateTimeParseException notDate) {
        return text;
      }
    }
  }
}
