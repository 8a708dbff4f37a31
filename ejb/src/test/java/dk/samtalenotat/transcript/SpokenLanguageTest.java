package dk.samtalenotat.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Per-segment language detection: clear cases are marked, anything doubtful stays Danish. */
class SpokenLanguageTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "I have been looking for work as a cook since last year.|en",
        "We don't have a car, so it is hard to get there.|en",
        "Ich habe drei Jahre in einer Küche gearbeitet und möchte wieder arbeiten.|de",
        "أبحث عن عمل في مطبخ منذ سنة|ar",
        "من دنبال کار در آشپزخانه هستم|fa",
        "Я работал поваром пять лет.|ru",
        "Я працював кухарем і шукаю роботу.|uk",
        "ስራ እየፈለግኩ እየ|ti",
        "Nie mam pracy, ale jestem gotowy do pracy.|pl",
        "Ben bir iş arıyorum ve çok istiyorum.|tr",
        "Waxaan raadinayaa shaqo iyo waan diyaarsanahay.|so"
      })
  void foreignSegmentsAreMarked(String text, String expected) {
    assertEquals(expected, SpokenLanguage.detect(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Jeg har søgt tre stillinger som lagerarbejder i denne måned.",
        "Vi aftaler, at du søger mindst fire stillinger om ugen.",
        "Okay.",
        "Yes.",
        "Jeg har sendt mit CV, you know, til dem i går.",
        "Det er et fedt job med en god deadline.",
        "Mm.",
        ""
      })
  void danishAndDoubtfulSegmentsStayDanish(String text) {
    assertEquals("da", SpokenLanguage.detect(text));
  }

  @Test
  void markChecksOnlySegmentsThatClaimDanish() {
    List<SegmentData> marked =
        SpokenLanguage.mark(
            List.of(
                new SegmentData(0, 1, "Borger", null, "I have been looking for work for a year."),
                new SegmentData(1, 2, "Borger", "so", "Haa."),
                new SegmentData(2, 3, "Sagsbehandler", "da", "Det lyder godt.")));
    assertEquals(List.of("en", "so", "da"), marked.stream().map(SegmentData::language).toList());
  }

  @Test
  void languagesHaveDanishNames() {
    assertEquals("engelsk", SpokenLanguage.danishName("en"));
    assertEquals("arabisk", SpokenLanguage.danishName("ar"));
    assertEquals("ukendt sprog", SpokenLanguage.danishName("und"));
  }
}
