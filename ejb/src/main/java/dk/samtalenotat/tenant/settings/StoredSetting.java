package dk.samtalenotat.tenant.settings;

import dk.samtalenotat.crypto.WrappedKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One setting of one version: a plain value, or a secret sealed with its own data key (wrapped by
 * the installation's key-encryption key) whose plain text is never stored.
 */
@Entity
@Table(name = "tenant_setting")
public class StoredSetting {

  /** The longest plain value. */
  public static final int MAX_VALUE = 4000;

  /** The longest secret (an uploaded key store, Base64), before sealing. */
  public static final int MAX_SECRET = 140_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id", nullable = false, updatable = false)
  private SettingsVersion version;

  @Column(name = "name", nullable = false, length = 100, updatable = false)
  private String name;

  @Column(name = "setting_value", length = MAX_VALUE, updatable = false)
  private String value;

  @Column(name = "sealed_value", length = 200_000, updatable = false)
  private String sealedValue;

  @Column(name = "wrapped_key", length = 100, updatable = false)
  private String wrappedKey;

  @Column(name = "kek_version", updatable = false)
  private Integer kekVersion;

  protected StoredSetting() {}

  private StoredSetting(SettingsVersion version, String name) {
    this.version = version;
    this.name = name;
  }

  static StoredSetting plain(SettingsVersion version, String name, String value) {
    if (value.length() > MAX_VALUE) {
      throw new IllegalArgumentException(name + " is longer than " + MAX_VALUE + " characters");
    }
    StoredSetting s = new StoredSetting(version, name);
    s.value = value;
    return s;
  }

  static StoredSetting sealed(SettingsVersion version, String name, SecretSeal.Sealed sealed) {
    StoredSetting s = new StoredSetting(version, name);
    s.sealedValue = sealed.text();
    s.wrappedKey = sealed.key().base64();
    s.kekVersion = sealed.key().kekVersion();
    return s;
  }

  /** The same setting in a later version, sealed as it was (it is not opened to be copied). */
  StoredSetting copyTo(SettingsVersion later) {
    StoredSetting s = new StoredSetting(later, name);
    s.value = value;
    s.sealedValue = sealedValue;
    s.wrappedKey = wrappedKey;
    s.kekVersion = kekVersion;
    return s;
  }

  public String getName() {
    return name;
  }

  public boolean isSecret() {
    return sealedValue != null;
  }

  /** The plain value; null for a secret. */
  public String getValue() {
    return value;
  }

  SecretSeal.Sealed sealed() {
    return new SecretSeal.Sealed(WrappedKey.of(kekVersion, wrappedKey), sealedValue);
  }

  /** Whether this and {@code other} hold the same: the same plain value or the same ciphertext. */
  boolean sameAs(StoredSetting other) {
    return java.util.Objects.equals(value, other.value)
        && java.util.Objects.equals(sealedValue, other.sealedValue);
  }
}
