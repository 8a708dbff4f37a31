package dk.samtalenotat.journal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.journal.ConnectionCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The operator's "test connection" names what is wrong without calling out when it cannot. */
class ConnectionTestTest {

  private static final String CVR = "44444445";
  private static final String KEY = "samtalenotat.journal.tenant." + CVR + ".";

  @Test
  void noCaseSystemIsSaidSo() {
    ConnectionCheck c = ConfiguredCaseSystems.fromValues(Map.of()).test(CVR, "0101011234");
    assertEquals(ConnectionCheck.Outcome.NONE, c.outcome());
  }

  @Test
  void anUnknownSystemOrAMissingAddressIsMisconfiguredAndNamesTheSetting() {
    ConnectionCheck bogus =
        ConfiguredCaseSystems.fromValues(Map.of(KEY + "system", "acadre")).test(CVR, "x");
    assertEquals(ConnectionCheck.Outcome.MISCONFIGURED, bogus.outcome());
    assertTrue(bogus.detail().contains("system"), bogus.detail());
    assertFalse(bogus.ok());

    ConnectionCheck noUrl =
        ConfiguredCaseSystems.fromValues(Map.of(KEY + "system", "sbsys")).test(CVR, "x");
    assertEquals(ConnectionCheck.Outcome.MISCONFIGURED, noUrl.outcome());
    assertTrue(noUrl.detail().contains("url"), noUrl.detail());
  }

  @Test
  void anUnreachableCaseSystemFailsWithoutTheSecret() {
    ConnectionCheck c =
        ConfiguredCaseSystems.fromValues(
                Map.of(
                    KEY + "system", "sbsys",
                    KEY + "url", "http://127.0.0.1:9/",
                    KEY + "client-id", "samtalenotat",
                    KEY + "client-secret", "hemmelig-klient",
                    KEY + "username", "system",
                    KEY + "password", "hemmelig-kode",
                    KEY + "connect-timeout", "1"))
            .test(CVR, "0101011234");
    assertEquals(ConnectionCheck.Outcome.FAILED, c.outcome());
    assertFalse(c.detail().contains("hemmelig"), c.detail());
  }
}
