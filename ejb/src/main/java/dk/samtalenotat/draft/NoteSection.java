package dk.samtalenotat.draft;

/** The sections of the note layout (domain.md), in the order they are written. */
public enum NoteSection {
  FORMAAL("Formål"),
  BORGERENS_SITUATION("Borgerens situation"),
  DROEFTET("Drøftet og vurderet"),
  AFTALER("Aftaler"),
  NAESTE_SKRIDT("Næste skridt og opfølgning");

  private final String heading;

  NoteSection(String heading) {
    this.heading = heading;
  }

  public String heading() {
    return heading;
  }
}
