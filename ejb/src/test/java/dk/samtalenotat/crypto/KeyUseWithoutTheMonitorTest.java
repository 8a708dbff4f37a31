package dk.samtalenotat.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.samtalenotat.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every chunk of a live recording unwraps its conversation's data key: those uses must not queue
 * behind the key store's monitor when they change nothing, and must still never open what a
 * destroyed version wrapped. The clock stands still, so the file never falls due for a look unless
 * a test moves it.
 */
class KeyUseWithoutTheMonitorTest {

  private static final String AARHUS = "55133018";
  private static final Duration REVALIDATE = Duration.ofSeconds(2);

  /** Far longer than a use of a cached key takes on a loaded machine; only a blocked use waits. */
  private static final long PATIENCE_SECONDS = 30;

  @TempDir Path dir;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));

  private Pkcs12KeyEncryptionKeys open() {
    return new Pkcs12KeyEncryptionKeys(
        dir.resolve("keys.p12"), "secret".toCharArray(), REVALIDATE, clock);
  }

  private static SecretKey dataKey() throws Exception {
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(256);
    return generator.generateKey();
  }

  /**
   * Runs {@code use} on another thread while this one holds the key store's monitor (as a rotation,
   * a first read or a look at a changed file does), and gives what it returned once it finished.
   */
  private static <T> T whileTheMonitorIsHeld(Object keys, Callable<T> use) throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      synchronized (keys) {
        return pool.submit(use).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
      }
    } catch (TimeoutException e) {
      return fail("the use waited for the key store's monitor");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anUnwrapOfAKeyAlreadyReadDoesNotWaitForTheMonitor() throws Exception {
    Pkcs12KeyEncryptionKeys keys = open();
    SecretKey dataKey = dataKey();
    WrappedKey wrapped = keys.wrap(AARHUS, dataKey);

    SecretKey unwrapped = whileTheMonitorIsHeld(keys, () -> keys.unwrap(AARHUS, wrapped));

    assertArrayEquals(dataKey.getEncoded(), unwrapped.getEncoded());
  }

  @Test
  void aWrapWithTheCurrentVersionAlreadyReadDoesNotWaitForTheMonitor() throws Exception {
    Pkcs12KeyEncryptionKeys keys = open();
    keys.rotate(AARHUS);
    SecretKey dataKey = dataKey();

    WrappedKey wrapped = whileTheMonitorIsHeld(keys, () -> keys.wrap(AARHUS, dataKey));

    assertEquals(2, wrapped.kekVersion(), "the version the rotation made");
    assertArrayEquals(dataKey.getEncoded(), keys.unwrap(AARHUS, wrapped).getEncoded());
    SecretKey lookup = keys.lookupKey(AARHUS);
    assertEquals(lookup, whileTheMonitorIsHeld(keys, () -> keys.lookupKey(AARHUS)));
  }

  @Test
  void aVersionDestroyedHereNoLongerOpensEvenBeforeTheFileIsDueForALook() throws Exception {
    Pkcs12KeyEncryptionKeys keys = open();
    WrappedKey old = keys.wrap(AARHUS, dataKey());
    keys.unwrap(AARHUS, old);

    keys.rotate(AARHUS);
    keys.destroy(AARHUS, 1);

    assertThrows(CryptoException.class, () -> keys.unwrap(AARHUS, old));
    assertEquals(2, keys.wrap(AARHUS, dataKey()).kekVersion());
  }

  @Test
  void aTenantWhoseKeysAreAllDestroyedGetsNewKeysNotCachedOnes() throws Exception {
    Pkcs12KeyEncryptionKeys keys = open();
    WrappedKey before = keys.wrap(AARHUS, dataKey());
    keys.rotate(AARHUS);

    keys.destroyAll(AARHUS);

    assertThrows(CryptoException.class, () -> keys.unwrap(AARHUS, before));
    WrappedKey after = keys.wrap(AARHUS, dataKey());
    assertEquals(1, after.kekVersion(), "a new first key, not the destroyed version 2");
    assertThrows(CryptoException.class, () -> keys.unwrap(AARHUS, before));
  }

  @Test
  void usesOnManyThreadsDuringRotationsAndDestructionsEachOpenWhatTheyWrapped() throws Exception {
    Pkcs12KeyEncryptionKeys keys = open();
    keys.currentVersion(AARHUS);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Integer>> users = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        users.add(
            pool.submit(
                () -> {
                  int roundTrips = 0;
                  for (int i = 0; i < 150; i++) {
                    SecretKey dataKey = dataKey();
                    WrappedKey wrapped = keys.wrap(AARHUS, dataKey);
                    try {
                      assertArrayEquals(
                          dataKey.getEncoded(), keys.unwrap(AARHUS, wrapped).getEncoded());
                      roundTrips++;
                    } catch (CryptoException e) {
                      // Only a version destroyed between the wrap and the unwrap may refuse.
                      assertTrue(wrapped.kekVersion() < keys.currentVersion(AARHUS), e.toString());
                    }
                  }
                  return roundTrips;
                }));
      }
      List<WrappedKey> destroyed = new ArrayList<>();
      for (int version = 2; version <= 6; version++) {
        WrappedKey old = keys.wrap(AARHUS, dataKey());
        keys.unwrap(AARHUS, old);
        destroyed.add(old);
        assertEquals(version, keys.rotate(AARHUS));
        keys.destroy(AARHUS, version - 1);
        clock.advance(REVALIDATE);
      }
      int roundTrips = 0;
      for (Future<Integer> user : users) {
        roundTrips += user.get(5, TimeUnit.MINUTES);
      }
      assertTrue(roundTrips > 0);
      // No use on any thread left a destroyed version in the cache (each was in it once).
      for (WrappedKey old : destroyed) {
        assertThrows(CryptoException.class, () -> keys.unwrap(AARHUS, old), old.toString());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(6, keys.currentVersion(AARHUS));
    WrappedKey last = keys.wrap(AARHUS, dataKey());
    assertEquals(6, last.kekVersion());
  }
}
