package dk.samtalenotat.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * Someone who took part in a conversation, with the role the note names them by. The name (the
 * citizen's among them) is stored sealed with the conversation's data key, like the CPR number, and
 * is readable only once the conversation is unlocked.
 */
@Entity
@Table(name = "participant")
public class Participant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "conversation_id", nullable = false)
  private Conversation conversation;

  @Column(name = "ordinal", nullable = false)
  private int ordinal;

  @Column(name = "sealed_name", length = 1200)
  private String sealedName;

  @Enumerated(EnumType.STRING)
  @Column(name = "participant_role", nullable = false, length = 30)
  private ParticipantRole role;

  @Transient private String name;

  protected Participant() {}

  Participant(
      Conversation conversation,
      int ordinal,
      String name,
      String sealedName,
      ParticipantRole role) {
    this.conversation = conversation;
    this.ordinal = ordinal;
    this.name = name;
    this.sealedName = sealedName;
    this.role = role;
  }

  /** The name as the field seals it: the AAD names the participant's place in the conversation. */
  static String field(int ordinal) {
    return "participant/" + ordinal;
  }

  String sealedName() {
    return sealedName;
  }

  /** A name stored in plain text before names were sealed, now sealed (migration only). */
  void sealed(String plain, String sealed) {
    this.name = plain;
    this.sealedName = sealed;
  }

  /** The name, decrypted by the conversation. */
  void opened(String plain) {
    this.name = plain;
  }

  public Long getId() {
    return id;
  }

  public int getOrdinal() {
    return ordinal;
  }

  /**
   * @throws IllegalStateException when the conversation was not unlocked
   */
  public String getName() {
    if (name == null) {
      throw new IllegalStateException("participant name of conversation not decrypted");
    }
    return name;
  }

  public ParticipantRole getRole() {
    return role;
  }
}
