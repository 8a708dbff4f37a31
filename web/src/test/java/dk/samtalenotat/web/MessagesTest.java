package dk.samtalenotat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Danish user texts: real plurals, never "sletning(er)". */
class MessagesTest {

  /** A word with its plural ending in brackets: "oplysning(er)", "stykke(r)", "borger(e)". */
  private static final Pattern BRACKETED_PLURAL = Pattern.compile("\\p{L}\\((e|er|r|ne|erne)\\)");

  private static final ResourceBundle DANISH =
      ResourceBundle.getBundle("dk.samtalenotat.web.messages", Locale.forLanguageTag("da"));

  @Test
  void noDanishTextWritesItsPluralInBrackets() {
    for (String key : DANISH.keySet()) {
      String text = DANISH.getString(key);
      assertTrue(!BRACKETED_PLURAL.matcher(text).find(), key + "=" + text);
    }
  }

  @Test
  void countsTakeTheRightForm() {
    assertEquals("Oprydningen er kørt: én sletning.", format("retention.swept", 1));
    assertEquals("Oprydningen er kørt: 3 sletninger.", format("retention.swept", 3));
    assertEquals("Oprydningen er kørt: ingen sletninger.", format("retention.swept", 0));
    assertTrue(format("retention.overdue", 1).startsWith("Én sletning er forfalden"));
    assertTrue(format("retention.overdue", 2).startsWith("2 sletninger er forfaldne"));
    assertTrue(
        format("api.recording.INCOMPLETE", 1)
            .startsWith("Der mangler stadig ét stykke af optagelsen. Send det,"));
    assertTrue(
        format("api.recording.INCOMPLETE", 4)
            .startsWith("Der mangler stadig 4 stykker af optagelsen. Send dem,"));
  }

  private static String format(String key, int count) {
    return MessageFormat.format(DANISH.getString(key), count);
  }
}
