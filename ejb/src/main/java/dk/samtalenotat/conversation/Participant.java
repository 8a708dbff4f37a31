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

/** Someone who took part in a conversation, with the role the note names them by. */
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

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "participant_role", nullable = false, length = 30)
  private ParticipantRole role;

  protected Participant() {}

  Participant(Conversation conversation, int ordinal, String name, ParticipantRole role) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a participant needs a name");
    }
    this.conversation = conversation;
    this.ordinal = ordinal;
    this.name = name.strip();
    this.role = role;
  }

  public Long getId() {
    return id;
  }

  public int getOrdinal() {
    return ordinal;
  }

  public String getName() {
    return name;
  }

  public ParticipantRole getRole() {
    return role;
  }
}
