package dk.samtalenotat.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OnboardingTest {

  private static Onboarding of(String cvr, String name, Map<String, String> settings) {
    return new Onboarding(cvr, name, settings);
  }

  @Test
  void aCompleteMunicipalityHasNoProblems() {
    Onboarding o =
        of(
            "12345674",
            " Fjerde Kommune ",
            Map.of(
                "signon.administrators", "6f1c2a10-0000-4000-8000-000000000040",
                "compliance.controller.name", "Fjerde Kommune",
                "journal.system", "sbsys",
                "journal.url", "https://sbsys.fjerde.example/",
                "journal.read-timeout", "30",
                "journal.password", "hemmeligt",
                "journal.username", " "));
    assertEquals(List.of(), o.problems());
    assertEquals("Fjerde Kommune", o.name());
    assertTrue(!o.settings().containsKey("journal.username"), "blank values are left out");
  }

  @Test
  void namesEachProblem() {
    Onboarding o =
        of(
            "12345675",
            "",
            Map.of(
                "journal.system", "sbsys",
                "journal.connect-timeout", "ti sekunder",
                "nonsense", "x"));
    assertEquals(
        List.of(
            "operator.error.cvr",
            "operator.error.name",
            "operator.error.setting",
            "operator.error.url",
            "operator.error.timeout",
            "operator.error.administrators"),
        o.problems());
  }

  @Test
  void refusesAnUnknownCaseSystem() {
    Onboarding o =
        of(
            "12345674",
            "Fjerde Kommune",
            Map.of("signon.administrator-privileges", "urn:x", "journal.system", "acadre"));
    assertEquals(List.of("operator.error.caseSystem"), o.problems());
  }
}
