package dk.samtalenotat.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviceBearerTest {

  private static final String KEY = "0f3c9a52-8d3e-4f0b-9a4c-5b6d7e8f9a0b";

  @Test
  void theTokenOpensTheIngestApiOnly() {
    assertTrue(DeviceBearer.ingest("/api", "/conversations/42/recordings"));
    assertTrue(DeviceBearer.ingest("/api", "/conversations/42/audio"));
    assertTrue(DeviceBearer.ingest("/api", "/recordings/" + KEY));
    assertTrue(DeviceBearer.ingest("/api", "/recordings/" + KEY + "/chunks/0"));
    assertTrue(DeviceBearer.ingest("/api", "/recordings/" + KEY + "/finish"));

    assertFalse(DeviceBearer.ingest("/api", "/compliance/access-log"));
    assertFalse(DeviceBearer.ingest("/api", "/benefit"));
    assertFalse(DeviceBearer.ingest("/api", "/health"));
    assertFalse(DeviceBearer.ingest("/samtale.xhtml", null));
    assertFalse(DeviceBearer.ingest("/enheder.xhtml", null));
    assertFalse(DeviceBearer.ingest("/api", "/conversations/42"));
    assertFalse(DeviceBearer.ingest("/api", "/conversations/42/recordings/x"));
    assertFalse(DeviceBearer.ingest("/api", "/recordings/" + KEY + "/chunks/0/../../x"));
    assertFalse(DeviceBearer.ingest("/api", "/recordings/" + KEY + "/finish/"));
    assertFalse(DeviceBearer.ingest("/other", "/recordings/" + KEY));
  }

  @Test
  void aRefusalReadsLikeTheApisOtherErrorsInDanish() {
    try (var reader =
        jakarta.json.Json.createReader(
            new java.io.StringReader(DeviceBearer.body("DEVICE_TOKEN_INVALID")))) {
      var error = reader.readObject();
      assertEquals("DEVICE_TOKEN_INVALID", error.getString("code"));
      assertTrue(error.getString("message").contains("nøgle"), error.getString("message"));
      assertTrue(error.getJsonArray("missing").isEmpty());
    }
    try (var reader =
        jakarta.json.Json.createReader(
            new java.io.StringReader(DeviceBearer.body("DEVICE_TOKEN_NOT_HERE")))) {
      assertTrue(reader.readObject().getString("message").contains("Log ind"));
    }
  }

  @Test
  void onlyTheBearerSchemeCarriesAToken() {
    assertEquals(Optional.of("sntd_abc"), DeviceBearer.token("Bearer sntd_abc"));
    assertEquals(Optional.of("sntd_abc"), DeviceBearer.token("bearer  sntd_abc "));
    assertEquals(Optional.of(""), DeviceBearer.token("Bearer "), "an empty token is refused later");
    assertEquals(Optional.empty(), DeviceBearer.token(null));
    assertEquals(Optional.empty(), DeviceBearer.token("Basic bWV0dGU6ZGVtbw=="));
    assertEquals(Optional.empty(), DeviceBearer.token("Bearer"));
  }
}
