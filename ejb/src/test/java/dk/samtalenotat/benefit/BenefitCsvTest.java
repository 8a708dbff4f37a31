package dk.samtalenotat.benefit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenefitCsvTest {

  @Test
  void oneLinePerTeamAndMonthWithDecimalCommas() throws Exception {
    TeamMonth march =
        new TeamMonth(
            "Team Job",
            YearMonth.of(2026, 3),
            8,
            2,
            0.25,
            6,
            5,
            Duration.ofMinutes(90),
            Duration.ofMinutes(200),
            0.12345,
            0.1,
            3,
            1,
            0,
            2,
            0,
            null,
            null,
            null,
            0,
            null,
            0,
            0);
    TeamMonth empty =
        new TeamMonth(
            null,
            YearMonth.of(2026, 4),
            0,
            0,
            null,
            0,
            0,
            null,
            null,
            null,
            null,
            0,
            0,
            0,
            0,
            0,
            null,
            null,
            null,
            0,
            null,
            0,
            0);
    StringWriter out = new StringWriter();
    BenefitCsv.write(List.of(march, empty), out);
    String[] lines = out.toString().split("\r\n");
    assertEquals(3, lines.length);
    assertEquals(BenefitCsv.HEADER, lines[0]);
    assertEquals(21, lines[0].split(";").length);
    assertEquals("Team Job;2026-03;8;2;0,250;6;5;1,50;3,33;0,123;0,100;3;1;0;2;0;;;;0;", lines[1]);
    assertEquals("(uden team);2026-04;0;0;;0;0;;;;;0;0;0;0;0;;;;0;", lines[2]);
  }

  @Test
  void aTeamNameCannotBecomeAFormulaOrBreakTheLine() {
    assertEquals(
        "'=HYPERLINK(1);2026-04;0;0;;0;0;;;;;0;0;0;0;0;;;;0;",
        BenefitCsv.line(team("=HYPERLINK(1)")));
    assertEquals(
        "\"Team; Job\";2026-04;0;0;;0;0;;;;;0;0;0;0;0;;;;0;", BenefitCsv.line(team("Team; Job")));
  }

  @Test
  void figuresOverFewerThanFiveConversationsReadLessThanFiveAndCountsStay() {
    TeamMonth few =
        new TeamMonth(
            "Team Job",
            YearMonth.of(2026, 5),
            4,
            0,
            0.0,
            4,
            4,
            null,
            null,
            null,
            null,
            0,
            0,
            0,
            0,
            4,
            null,
            25,
            null,
            3,
            null,
            4,
            4);
    assertEquals(
        "Team Job;2026-05;4;< 5;< 5;4;4;< 5;< 5;< 5;< 5;0;0;0;0;< 5;< 5;25;< 5;< 5;< 5",
        BenefitCsv.line(few));
    TeamMonth enough =
        new TeamMonth(
            "Team Job",
            YearMonth.of(2026, 6),
            9,
            0,
            0.0,
            9,
            9,
            null,
            null,
            null,
            null,
            0,
            0,
            0,
            0,
            6,
            12.25,
            25,
            76.4,
            5,
            3.6,
            9,
            9);
    assertEquals(
        "Team Job;2026-06;9;0;0,000;9;9;;;;;0;0;0;0;6;12,3;25;76;5;3,60", BenefitCsv.line(enough));
  }

  private static TeamMonth team(String name) {
    return new TeamMonth(
        name,
        YearMonth.of(2026, 4),
        0,
        0,
        null,
        0,
        0,
        null,
        null,
        null,
        null,
        0,
        0,
        0,
        0,
        0,
        null,
        null,
        null,
        0,
        null,
        0,
        0);
  }
}
