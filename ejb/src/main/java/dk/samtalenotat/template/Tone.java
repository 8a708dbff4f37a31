package dk.samtalenotat.template;

/** The tone a note is written in. */
public enum Tone {
  NEUTRAL("neutral", "Skriv sagligt og neutralt, i hele sætninger."),
  KORT("kort", "Skriv kort og præcist: kun det væsentlige, ingen gentagelser."),
  UDDYBENDE(
      "uddybende", "Skriv uddybende: tag relevante detaljer og borgerens egne begrundelser med.");

  private final String danishName;
  private final String instruction;

  Tone(String danishName, String instruction) {
    this.danishName = danishName;
    this.instruction = instruction;
  }

  public String danishName() {
    return danishName;
  }

  /** What the chat engine is told about the tone. */
  public String instruction() {
    return instruction;
  }
}
