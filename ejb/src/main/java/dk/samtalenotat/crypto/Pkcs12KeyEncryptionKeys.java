package dk.samtalenotat.crypto;

import dk.samtalenotat.installation.InstallationSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tenants' key-encryption keys in a PKCS#12 file: one AES-256 key per tenant and version (alias
 * {@code kek.<tenant>.<version>}) and one HMAC key per tenant for look-ups (alias {@code
 * lookup.<tenant>}). Keys are created on first use and the file is rewritten atomically after every
 * change.
 *
 * <p>Data keys are wrapped with AES Key Wrap (RFC 3394, NIST SP 800-38F "KW") rather than AES-GCM:
 * it is made for wrapping keys, is deterministic so there is no nonce whose reuse could break it (a
 * random 96-bit GCM nonce limits one KEK to about 2^32 wraps), still detects a wrong KEK or a
 * changed wrapped key through its integrity check, and is the wrapping mechanism HSMs offer through
 * PKCS#11 ({@code CKM_AES_KEY_WRAP}), so an HSM implementation can produce the same wrapped keys.
 *
 * <p>A cluster needs the same file on every node (a shared folder). Another node's changes are seen
 * through a revalidation: at most every {@code samtalenotat.crypto.keystore.revalidate} (2 seconds
 * by default) a key use looks at the file's identity, time and size, and when another node replaced
 * it the store is read again and every cached key no longer in it is dropped. So a rotation on one
 * node makes every node wrap with the new version within that time, and a destroyed version stops
 * unwrapping on every node; a key missing from the cache is read from the file at once. Two nodes
 * creating a new tenant's first key at the same moment would each write their own, so in a cluster
 * create the tenants' keys before traffic arrives, or use an HSM.
 *
 * <p>Every chunk of a recording unwraps its conversation's data key, so the way that changes
 * nothing takes no lock: while the file needs no look, a key already read is taken from the cache
 * and the wrapping or unwrapping is done outside the store's monitor. Everything that reads or
 * changes the store or the file (a first read, a look at the file, a rotation, a destruction) takes
 * the monitor, and a destruction drops the key from the cache before it returns, so once {@link
 * #destroy} has returned no use on this node opens what the version wrapped.
 */
@ApplicationScoped
public class Pkcs12KeyEncryptionKeys implements KeyEncryptionKeys {

  private static final Logger LOG = Logger.getLogger(Pkcs12KeyEncryptionKeys.class.getName());
  private static final Pattern TENANT = Pattern.compile("[a-z0-9-]{1,40}");
  private static final Pattern KEK_ALIAS = Pattern.compile("kek\\.([a-z0-9-]+)\\.(\\d+)");
  private static final String WRAP = "AESWrap";

  private Path path;
  private char[] password;
  private KeyStore store;

  private Duration revalidate;
  private Clock clock;

  /** The file as it was when {@link #store} was read or written; null when it could not be seen. */
  private FileStamp loaded;

  /**
   * When the file was last looked at, set only once what that look read is in the store and the
   * caches; null before the first look, and while a change forces the next one.
   */
  private volatile Instant lastLook;

  /** What tells one version of the file from the next: each save writes a new file. */
  private record FileStamp(Object fileKey, FileTime modified, long size) {}

  /**
   * Keys already read: reading one from PKCS#12 runs a slow password-based derivation. Written
   * under the monitor, read without it while the file needs no look ({@link #fresh}).
   */
  private final Map<String, SecretKey> cache = new ConcurrentHashMap<>();

  /** Each tenant's current KEK version as last read, so wrapping does not list the store. */
  private final Map<String, Integer> versions = new ConcurrentHashMap<>();

  /** For the CDI proxy only. */
  protected Pkcs12KeyEncryptionKeys() {}

  @Inject
  Pkcs12KeyEncryptionKeys(
      @ConfigProperty(name = KeyStoreLocation.PATH_KEY) Optional<String> path,
      @ConfigProperty(name = KeyStoreLocation.PASSWORD_KEY) Optional<String> password,
      @ConfigProperty(name = "jboss.server.data.dir") Optional<String> dataDir,
      @ConfigProperty(name = "samtalenotat.crypto.keystore.revalidate", defaultValue = "PT2S")
          Duration revalidate,
      InstallationSettings installation) {
    this(KeyStoreLocation.resolve(path, password, installation.demo(), dataDir), revalidate);
  }

  Pkcs12KeyEncryptionKeys(
      Optional<String> path, Optional<String> password, boolean demo, Optional<String> dataDir) {
    this(KeyStoreLocation.resolve(path, password, demo, dataDir), DEFAULT_REVALIDATE);
  }

  private Pkcs12KeyEncryptionKeys(KeyStoreLocation location, Duration revalidate) {
    this(location.path(), location.password(), revalidate, Clock.systemUTC());
  }

  /** How often a node looks whether another node changed the file, unless configured. */
  static final Duration DEFAULT_REVALIDATE = Duration.ofSeconds(2);

  /** Opens the key store at {@code path}, creating an empty one if there is no file yet. */
  public Pkcs12KeyEncryptionKeys(Path path, char[] password) {
    this(path, password, DEFAULT_REVALIDATE, Clock.systemUTC());
  }

  /**
   * @param revalidate how often a key use looks whether another node changed the file
   * @param clock when that is
   */
  Pkcs12KeyEncryptionKeys(Path path, char[] password, Duration revalidate, Clock clock) {
    if (revalidate.isNegative()) {
      throw new IllegalStateException(
          "samtalenotat.crypto.keystore.revalidate must not be negative, is " + revalidate);
    }
    this.revalidate = revalidate;
    this.clock = clock;
    this.path = path;
    this.password = password.clone();
    if (Files.exists(path)) {
      this.loaded = stamp();
      this.store = load();
      LOG.info(() -> "key store opened: " + path);
    } else {
      this.store = empty();
      save();
      LOG.warning(
          () -> "new, empty key store created: " + path + "; keep it and its password safe");
    }
  }

  /** Opens the key store when the application starts, so a configuration error stops the start. */
  void openAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    LOG.fine(() -> "key store in use: " + path);
  }

  @Override
  public int currentVersion(String tenant) {
    Integer known = fresh() ? versions.get(checked(tenant)) : null;
    return known != null ? known : readCurrentVersion(tenant);
  }

  private synchronized int readCurrentVersion(String tenant) {
    revalidate();
    int current = highestVersion(tenant);
    if (current == 0) {
      create(kekAlias(tenant, 1), "AES");
      current = 1;
    }
    versions.put(tenant, current);
    return current;
  }

  @Override
  public WrappedKey wrap(String tenant, SecretKey dataKey) {
    int version = currentVersion(tenant);
    SecretKey kek = fresh() ? cache.get(kekAlias(tenant, version)) : null;
    if (kek == null) {
      synchronized (this) {
        version = readCurrentVersion(tenant);
        kek = kek(tenant, version);
      }
    }
    try {
      Cipher cipher = Cipher.getInstance(WRAP);
      cipher.init(Cipher.WRAP_MODE, kek);
      return new WrappedKey(version, cipher.wrap(dataKey));
    } catch (GeneralSecurityException e) {
      throw new CryptoException("cannot wrap a data key for tenant " + tenant, e);
    }
  }

  @Override
  public SecretKey unwrap(String tenant, WrappedKey wrapped) {
    SecretKey kek = fresh() ? cache.get(kekAlias(tenant, wrapped.kekVersion())) : null;
    if (kek == null) {
      synchronized (this) {
        revalidate();
        kek = kek(tenant, wrapped.kekVersion());
      }
    }
    try {
      Cipher cipher = Cipher.getInstance(WRAP);
      cipher.init(Cipher.UNWRAP_MODE, kek);
      return (SecretKey) cipher.unwrap(wrapped.bytes(), "AES", Cipher.SECRET_KEY);
    } catch (GeneralSecurityException e) {
      throw new CryptoException(
          "data key does not unwrap with version "
              + wrapped.kekVersion()
              + " of the key of tenant "
              + tenant,
          e);
    }
  }

  @Override
  public synchronized int rotate(String tenant) {
    // A change starts from the file as it is now, not as it was read up to two seconds ago.
    lastLook = null;
    int next = readCurrentVersion(tenant) + 1;
    create(kekAlias(tenant, next), "AES");
    versions.put(tenant, next);
    LOG.info(() -> "key-encryption key of tenant " + tenant + " rotated to version " + next);
    return next;
  }

  @Override
  public synchronized void destroy(String tenant, int version) {
    lastLook = null;
    if (version >= readCurrentVersion(tenant)) {
      throw new IllegalArgumentException(
          "version " + version + " of tenant " + tenant + " is current; rotate first");
    }
    String alias = kekAlias(tenant, version);
    try {
      // Out of the cache first: a use that does not take the monitor finds nothing from now on.
      cache.remove(alias);
      if (store.containsAlias(alias)) {
        store.deleteEntry(alias);
        save();
        LOG.info(() -> "key-encryption key " + alias + " destroyed");
      }
    } catch (GeneralSecurityException e) {
      throw new CryptoException("cannot destroy " + alias, e);
    }
  }

  @Override
  public synchronized int destroyAll(String tenant) {
    String t = checked(tenant);
    // Also when there is no file to read again (which clears every tenant's version).
    versions.remove(t);
    if (Files.exists(path)) {
      reload();
    }
    int n = 0;
    try {
      for (String alias : aliases()) {
        Matcher m = KEK_ALIAS.matcher(alias);
        if ((m.matches() && m.group(1).equals(t)) || alias.equals("lookup." + t)) {
          store.deleteEntry(alias);
          cache.remove(alias);
          n++;
        }
      }
    } catch (GeneralSecurityException e) {
      throw new CryptoException("cannot destroy the keys of tenant " + tenant, e);
    }
    if (n > 0) {
      save();
    }
    int destroyed = n;
    LOG.info(() -> destroyed + " keys of tenant " + tenant + " destroyed");
    return n;
  }

  /**
   * Reads the file again into a store of its own: not synchronized, because the file is only ever
   * replaced whole ({@link #save}), so a check never waits for the keys in use nor sees half a
   * file.
   */
  @Override
  public void checkReadable() {
    load();
  }

  @Override
  public SecretKey lookupKey(String tenant) {
    String alias = "lookup." + checked(tenant);
    SecretKey known = fresh() ? cache.get(alias) : null;
    return known != null ? known : readLookupKey(alias);
  }

  private synchronized SecretKey readLookupKey(String alias) {
    revalidate();
    SecretKey key = find(alias);
    return key != null ? key : create(alias, "HmacSHA256");
  }

  /** The tenants and their KEK versions, for tests and the administrator. */
  synchronized Map<String, Integer> currentVersions() {
    Map<String, Integer> highest = new HashMap<>();
    for (String alias : aliases()) {
      Matcher m = KEK_ALIAS.matcher(alias);
      if (m.matches()) {
        highest.merge(m.group(1), Integer.parseInt(m.group(2)), Math::max);
      }
    }
    return highest;
  }

  private SecretKey kek(String tenant, int version) {
    String alias = kekAlias(tenant, version);
    SecretKey key = find(alias);
    if (key == null) {
      throw new CryptoException(
          "no key-encryption key " + alias + " in " + path + " (destroyed, or another key store)");
    }
    return key;
  }

  /** The key under the alias, reading the file again once if it is not there (another node). */
  private SecretKey find(String alias) {
    SecretKey cached = cache.get(alias);
    if (cached != null) {
      return cached;
    }
    try {
      if (!store.containsAlias(alias) && Files.exists(path)) {
        reload();
      }
      Key key = store.getKey(alias, password);
      if (key == null) {
        return null;
      }
      cache.put(alias, (SecretKey) key);
      return (SecretKey) key;
    } catch (GeneralSecurityException e) {
      throw new CryptoException("cannot read " + alias + " from " + path, e);
    }
  }

  private SecretKey create(String alias, String algorithm) {
    try {
      KeyGenerator generator = KeyGenerator.getInstance(algorithm);
      generator.init(256);
      SecretKey key = generator.generateKey();
      store.setEntry(
          alias, new KeyStore.SecretKeyEntry(key), new KeyStore.PasswordProtection(password));
      save();
      cache.put(alias, key);
      LOG.info(() -> "key " + alias + " created in " + path);
      return key;
    } catch (GeneralSecurityException e) {
      throw new CryptoException("cannot create " + alias, e);
    }
  }

  private int highestVersion(String tenant) {
    String t = checked(tenant);
    int highest = 0;
    for (String alias : aliases()) {
      Matcher m = KEK_ALIAS.matcher(alias);
      if (m.matches() && m.group(1).equals(t)) {
        highest = Math.max(highest, Integer.parseInt(m.group(2)));
      }
    }
    return highest;
  }

  private Iterable<String> aliases() {
    try {
      return Collections.list(store.aliases());
    } catch (GeneralSecurityException e) {
      throw new CryptoException("cannot list the key store " + path, e);
    }
  }

  /**
   * Reads the file again when another node replaced it since it was read or written here, at most
   * every {@link #revalidate}: the file's identity, time and size cost one look, not a read.
   */
  private void revalidate() {
    Instant now = clock.instant();
    if (fresh(now)) {
      return;
    }
    FileStamp seen = stamp();
    if (seen != null && !seen.equals(loaded)) {
      LOG.info(() -> "key store " + path + " changed on another node; read again");
      reload();
    }
    lastLook = now;
  }

  /** Whether the file was looked at less than {@link #revalidate} ago, so the caches hold. */
  private boolean fresh() {
    return fresh(clock.instant());
  }

  private boolean fresh(Instant now) {
    Instant look = lastLook;
    return look != null && now.isBefore(look.plus(revalidate));
  }

  /** Reads the file into the store and drops every cached key it no longer holds. */
  private void reload() {
    FileStamp seen = stamp();
    store = load();
    loaded = seen;
    versions.clear();
    cache
        .keySet()
        .removeIf(
            alias -> {
              try {
                return !store.containsAlias(alias);
              } catch (GeneralSecurityException e) {
                return true;
              }
            });
  }

  private FileStamp stamp() {
    try {
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
      return new FileStamp(a.fileKey(), a.lastModifiedTime(), a.size());
    } catch (IOException e) {
      // No file to look at (yet): the store in memory stays what it is.
      return null;
    }
  }

  private static String kekAlias(String tenant, int version) {
    return "kek." + checked(tenant) + "." + version;
  }

  private static String checked(String tenant) {
    if (tenant == null || !TENANT.matcher(tenant).matches()) {
      throw new IllegalArgumentException("not a tenant name: " + tenant);
    }
    return tenant;
  }

  private KeyStore empty() {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, password);
      return ks;
    } catch (GeneralSecurityException | IOException e) {
      throw new CryptoException("PKCS#12 key stores are not available", e);
    }
  }

  private KeyStore load() {
    try (InputStream in = Files.newInputStream(path)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password);
      return ks;
    } catch (IOException | GeneralSecurityException e) {
      throw new CryptoException(
          "cannot open the key store " + path + ": wrong password or not a PKCS#12 file", e);
    }
  }

  /** Writes the whole store to a new file beside the old one, then swaps them in one step. */
  private void save() {
    try {
      Path folder = path.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      Path partial = Files.createTempFile(folder, path.getFileName().toString(), ".part");
      try {
        KeyStoreLocation.ownerOnly(partial);
        try (OutputStream out = Files.newOutputStream(partial)) {
          store.store(out, password);
        }
        Files.move(
            partial, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        loaded = stamp();
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the key store " + path, e);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("cannot write the key store " + path, e);
    }
  }
}
