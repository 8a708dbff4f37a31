package dk.samtalenotat.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

public class JournalNoteTest {

  @Test
  void htmlEscapesEveryTagTheCaseworkerTyped() {
    String html = JournalNote.toHtml("Aftale: <b>møde</b> & \"plan\"\nnæste linje\n\nAfsnit 2");
    assertEquals(
        "<p>Aftale: &lt;b&gt;møde&lt;/b&gt; &amp; &quot;plan&quot;<br/>næste linje</p>"
            + "<p>Afsnit 2</p>",
        html);
  }

  @Test
  void toStringHoldsNeitherCprNorText() {
    JournalNote note = sample();
    assertFalse(note.toString().contains("0101901234"));
    assertFalse(note.toString().contains("hemmelig"));
    assertEquals("010190-1234", note.citizenCprWithHyphen());
  }

  public static JournalNote sample() {
    return new JournalNote(
        "29189897",
        "0101901234",
        "27.00.00-P20-1-24",
        "Jobsamtale 12.03.2026",
        "hemmelig tekst",
        "<p>hemmelig tekst</p>",
        java.time.LocalDateTime.of(2026, 3, 12, 9, 30),
        java.time.OffsetDateTime.parse("2026-03-12T11:00:00+01:00"),
        new JournalNote.Author("u1", "JO", "Jonas Olsen"),
        "Jobsamtale",
        "Fremmøde",
        List.of(new JournalNote.Party("Jonas Olsen", "Sagsbehandler")),
        null,
        null,
        null,
        "key-1");
  }
}
