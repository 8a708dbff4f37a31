package dk.samtalenotat.installation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationSettingsTest {

  @TempDir Path dir;

  private final Map<String, String> config = new HashMap<>();

  /** A production configuration that passes every check. */
  @BeforeEach
  void production() throws Exception {
    config.put("samtalenotat.crypto.keystore.path", touch("tenant-keys.p12").toString());
    config.put("samtalenotat.crypto.keystore.password", "secret");
    config.put("samtalenotat.saml.sp.keystore.path", touch("sp.p12").toString());
    config.put(
        "samtalenotat.saml.idp.metadata",
        Files.writeString(
                dir.resolve("idp.xml"),
                "<md:EntityDescriptor entityID=\"https://saml.nemlog-in.dk\"/>")
            .toString());
    config.put("samtalenotat.saml.sp.base-url", "https://samtalenotat.kommune.dk");
  }

  private InstallationSettings settings() {
    return InstallationSettings.read(key -> Optional.ofNullable(config.get(key)));
  }

  private List<String> ids() {
    return settings().problems().stream().map(InstallationSettings.Problem::id).toList();
  }

  private Path touch(String name) throws Exception {
    return Files.write(dir.resolve(name), new byte[] {1});
  }

  @Test
  void productionIsTheDefaultAndAGoodConfigurationHasNoProblems() {
    InstallationSettings settings = settings();
    assertFalse(settings.demo());
    assertFalse(settings.sampleConversations(), "samples follow the demo switch");
    assertFalse(settings.formSignIn());
    assertEquals(List.of(), settings.problems());
  }

  @Test
  void everyUnsafeSettingIsNamedAtOnce() {
    config.clear();
    config.put("samtalenotat.saml.sp.base-url", "http://localhost:8080");
    config.put("samtalenotat.saml.idp.metadata", "http://localhost:8080/dev-idp/metadata");
    config.put("samtalenotat.demo.samples", "true");
    config.put("samtalenotat.signin", "form");
    config.put("samtalenotat.saml.sp.keystore.path", dir.resolve("missing.p12").toString());
    assertEquals(
        List.of("START-01", "START-02", "START-03", "START-04", "START-05", "START-06"), ids());
    assertFalse(settings().formSignIn(), "the form is never used outside the demo");
  }

  @Test
  void theDemoHasNoProblemsAndMayUseTheForm() {
    config.clear();
    config.put("samtalenotat.demo", "true");
    config.put("samtalenotat.signin", "form");
    InstallationSettings demo = settings();
    assertTrue(demo.demo());
    assertTrue(demo.sampleConversations());
    assertTrue(demo.formSignIn());
    assertEquals(List.of(), demo.problems());
    config.put("samtalenotat.demo.samples", "false");
    assertFalse(settings().sampleConversations());
  }

  @Test
  void aMissingKeyStoreFileIsRefusedUnlessItsCreationIsAskedFor() {
    config.put("samtalenotat.crypto.keystore.path", dir.resolve("gone.p12").toString());
    assertEquals(List.of("START-01"), ids());
    assertTrue(settings().problems().get(0).message().contains("gone.p12"));
    config.put("samtalenotat.crypto.keystore.create", "true");
    assertEquals(List.of(), ids());
    config.remove("samtalenotat.crypto.keystore.password");
    assertEquals(List.of("START-01"), ids(), "a password is needed even to create it");
  }

  @Test
  void theSpKeyStoreMayBeGenerated() {
    config.put("samtalenotat.saml.sp.keystore.path", dir.resolve("none.p12").toString());
    assertEquals(List.of("START-02"), ids());
    config.put("samtalenotat.saml.sp.keystore.generate", "true");
    assertEquals(List.of(), ids());
  }

  @Test
  void theDevelopmentIdpIsRecognisedByAddressAndByItsMetadataFile() throws Exception {
    config.put(
        "samtalenotat.saml.idp.metadata", "https://samtalenotat.kommune.dk/dev-idp/metadata");
    assertEquals(List.of("START-03"), ids());
    Path copy =
        Files.writeString(
            dir.resolve("copied.xml"),
            "<?xml version=\"1.0\"?><md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\""
                + " entityID=\"http://localhost:8080/dev-idp\"/>");
    config.put("samtalenotat.saml.idp.metadata", copy.toUri().toString());
    assertEquals(List.of("START-03"), ids());
    config.put("samtalenotat.saml.idp.metadata", dir.resolve("absent.xml").toString());
    assertEquals(List.of("START-03"), ids());
    config.remove("samtalenotat.saml.idp.metadata");
    assertEquals(List.of("START-03"), ids());
    config.put("samtalenotat.saml.idp.metadata", "https://saml.nemlog-in.dk/metadata");
    assertEquals(List.of(), ids());
  }

  @Test
  void plainHttpOnlyWhenExplicitlyAllowed() {
    config.put("samtalenotat.saml.sp.base-url", "http://127.0.0.1:8180");
    assertEquals(List.of("START-06"), ids());
    config.put("samtalenotat.allow-insecure-http", "true");
    assertEquals(List.of(), ids());
    config.remove("samtalenotat.saml.sp.base-url");
    config.remove("samtalenotat.allow-insecure-http");
    assertEquals(List.of("START-06"), ids(), "the default address is http://localhost:8080");
  }

  @Test
  void valuesThatCannotBeReadStopTheStartWithTheSettingsName() {
    config.put("samtalenotat.demo", "yes");
    IllegalArgumentException demo = assertThrows(IllegalArgumentException.class, this::settings);
    assertTrue(demo.getMessage().contains("samtalenotat.demo"), demo.getMessage());
    config.remove("samtalenotat.demo");
    config.put("samtalenotat.signin", "password");
    assertThrows(IllegalArgumentException.class, this::settings);
    config.remove("samtalenotat.signin");
    config.put("samtalenotat.saml.sp.base-url", "samtalenotat.kommune.dk");
    assertThrows(IllegalArgumentException.class, this::settings);
  }

  @Test
  void noProblemNamesASecret() {
    config.clear();
    config.put("samtalenotat.crypto.keystore.password", "hemmeligt-kodeord");
    assertTrue(
        settings().problems().stream().noneMatch(p -> p.message().contains("hemmeligt")),
        "passwords never reach the log");
  }
}
