package dk.samtalenotat.conversation;

/** The role a participant has in the conversation (BEK 442/2023 § 27 asks for name and role). */
public enum ParticipantRole {
  SAGSBEHANDLER("Sagsbehandler"),
  BORGER("Borger"),
  A_KASSE("A-kasse"),
  MENTOR("Mentor"),
  BISIDDER("Bisidder"),
  TOLK("Tolk"),
  ARBEJDSGIVER("Arbejdsgiver"),
  LAEGE("Læge"),
  ANDEN("Anden");

  private final String danishName;

  ParticipantRole(String danishName) {
    this.danishName = danishName;
  }

  public String danishName() {
    return danishName;
  }
}
