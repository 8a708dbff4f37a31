package dk.samtalenotat.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samtalenotat.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one key store file, as a cluster shares it: a rotation or a destruction on one is
 * seen by the other within the revalidation interval, though the other holds the keys in its cache.
 */
class KeyStoreSharedByNodesTest {

  private static final String AARHUS = "55133018";
  private static final Duration REVALIDATE = Duration.ofSeconds(2);

  @TempDir Path dir;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T09:00:00Z"));

  private Pkcs12KeyEncryptionKeys node() {
    return new Pkcs12KeyEncryptionKeys(
        dir.resolve("keys.p12"), "secret".toCharArray(), REVALIDATE, clock);
  }

  @Test
  void aRotationOnOneNodeIsUsedByTheOtherWithinTheRevalidation() {
    Pkcs12KeyEncryptionKeys a = node();
    DataKey before = new DataKeys(a).create(AARHUS);
    Pkcs12KeyEncryptionKeys b = node();
    assertEquals(1, b.currentVersion(AARHUS));

    assertEquals(2, b.rotate(AARHUS));
    clock.advance(REVALIDATE);

    assertEquals(2, a.currentVersion(AARHUS), "node a wraps with the version node b made");
    DataKey after = new DataKeys(a).create(AARHUS);
    assertEquals(2, after.wrapped().kekVersion());
    String sealed = after.seal("transcript:7", "Borgeren er klar til at starte.");
    assertEquals(
        "Borgeren er klar til at starte.",
        new DataKeys(b).open(AARHUS, after.wrapped()).open("transcript:7", sealed));
    // The older version still opens what it wrapped, on both.
    new DataKeys(b).open(AARHUS, before.wrapped());
  }

  @Test
  void aVersionDestroyedOnOneNodeNoLongerOpensOnTheOther() {
    Pkcs12KeyEncryptionKeys a = node();
    DataKey old = new DataKeys(a).create(AARHUS);
    // Node a has version 1 in its cache now.
    new DataKeys(a).open(AARHUS, old.wrapped());

    Pkcs12KeyEncryptionKeys b = node();
    b.rotate(AARHUS);
    b.destroy(AARHUS, 1);
    clock.advance(REVALIDATE);

    assertThrows(CryptoException.class, () -> new DataKeys(a).open(AARHUS, old.wrapped()));
    assertEquals(2, a.currentVersion(AARHUS));
  }

  @Test
  void withinTheIntervalTheFileIsNotLookedAtAgain() {
    Pkcs12KeyEncryptionKeys a = node();
    a.currentVersion(AARHUS);
    Pkcs12KeyEncryptionKeys b = node();
    b.rotate(AARHUS);

    clock.advance(REVALIDATE.minusMillis(1));
    assertEquals(1, a.currentVersion(AARHUS), "the bound the README states");
    clock.advance(Duration.ofMillis(1));
    assertEquals(2, a.currentVersion(AARHUS));
  }
}
