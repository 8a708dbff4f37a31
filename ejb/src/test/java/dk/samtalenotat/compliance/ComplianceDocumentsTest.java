package dk.samtalenotat.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ComplianceDocumentsTest {

  @Test
  void aCprNumberTypedIntoThePurposeNeverReachesTheAccessLog() {
    assertEquals(
        "Anmodning fra [CPR] og [CPR], j.nr. 2026-117",
        ComplianceDocuments.forLog("Anmodning fra 150375-4321 og 1503754321, j.nr. 2026-117"));
    assertEquals("j.nr. 12345", ComplianceDocuments.forLog("j.nr. 12345"));
  }
}
