package dk.samtalenotat.saml;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An ID that was used once, kept until a message carrying it could no longer be accepted. */
@Entity
@Table(name = "saml_used_id")
public class UsedId {

  @Id
  @Column(name = "id_key", length = 100)
  private String key;

  @Column(name = "keep_until", nullable = false)
  private Instant keepUntil;

  protected UsedId() {}

  UsedId(String key, Instant keepUntil) {
    this.key = key;
    this.keepUntil = keepUntil;
  }

  Instant keepUntil() {
    return keepUntil;
  }

  void keepUntil(Instant until) {
    this.keepUntil = until;
  }
}
