package dk.samtalenotat.conversation;

/** How the conversation took place (samtaleform). */
public enum ConversationForm {
  FREMMOEDE("Fremmøde"),
  TELEFON("Telefon"),
  VIDEO("Video"),
  DIGITAL("Digital");

  private final String danishName;

  ConversationForm(String danishName) {
    this.danishName = danishName;
  }

  public String danishName() {
    return danishName;
  }
}
