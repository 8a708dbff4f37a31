package dk.samtalenotat.tenant.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The first start's import of property-based municipalities into the database. */
class PropertyImportTest {

  private static Function<String, Optional<String>> config(Map<String, String> values) {
    return key -> Optional.ofNullable(values.get(key));
  }

  @Test
  void readsEachListedMunicipalitysKnownSettings() {
    Map<String, Map<String, String>> read =
        PropertyImport.read(
            config(
                Map.of(
                    "samtalenotat.saml.tenants", " 11111111, 22222222,123,11111111",
                    "samtalenotat.journal.tenant.11111111.system", "sbsys",
                    "samtalenotat.journal.tenant.11111111.url", "http://sbsys:8080/",
                    "samtalenotat.journal.tenant.11111111.client-secret", "keystore:sbsys-secret",
                    "samtalenotat.journal.tenant.11111111.not-a-setting", "x",
                    "samtalenotat.compliance.tenant.22222222.dpo.email", "dpo@anden.example",
                    "samtalenotat.compliance.tenant.22222222.hosting", "  ",
                    "samtalenotat.journal.tenant.33333333.system", "momentum")));
    assertEquals(List.of("11111111", "22222222"), List.copyOf(read.keySet()));
    assertEquals(
        Map.of(
            "journal.system", "sbsys",
            "journal.url", "http://sbsys:8080/",
            "journal.client-secret", "keystore:sbsys-secret"),
        read.get("11111111"));
    assertEquals(Map.of("compliance.dpo.email", "dpo@anden.example"), read.get("22222222"));
  }

  @Test
  void nothingListedNothingRead() {
    assertTrue(PropertyImport.read(config(Map.of())).isEmpty());
  }

  @Test
  void propertyKeysAndSettingNamesMapBothWays() {
    for (String name : SettingNames.all()) {
      SettingNames.propertyKey("29189404", name)
          .ifPresent(
              key -> {
                String[] back = SettingNames.fromPropertyKey(key).orElseThrow();
                assertEquals("29189404", back[0]);
                assertEquals(name, back[1]);
              });
    }
    assertTrue(SettingNames.fromPropertyKey("samtalenotat.journal.poll-interval").isEmpty());
    assertTrue(SettingNames.fromPropertyKey("samtalenotat.compliance.hosting").isEmpty());
  }

  @Test
  void theDatabaseAnswersBeforeTheProperties() {
    TenantConfig.Snapshot snapshot =
        new TenantConfig.Snapshot(
            "29189404", Optional.empty(), Map.of("journal.url", "http://db.example/"));
    Function<String, Optional<String>> lookup =
        TenantConfig.lookup(
            snapshot,
            config(
                Map.of(
                    "samtalenotat.journal.tenant.29189404.url", "http://property.example/",
                    "samtalenotat.journal.tenant.29189404.kle", "32.30",
                    "samtalenotat.journal.tenant.11111111.url", "http://other.example/")));
    assertEquals(
        "http://db.example/", lookup.apply("samtalenotat.journal.tenant.29189404.url").get());
    assertEquals("32.30", lookup.apply("samtalenotat.journal.tenant.29189404.kle").get());
    assertEquals(
        "http://other.example/", lookup.apply("samtalenotat.journal.tenant.11111111.url").get());
  }
}
