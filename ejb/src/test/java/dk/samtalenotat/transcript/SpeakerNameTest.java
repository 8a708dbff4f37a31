package dk.samtalenotat.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpeakerNameTest {

  @Test
  void namesAndRolesAsPeopleWriteThemPass() {
    for (String name :
        List.of(
            "Borger",
            "Anne-Marie O'Neill",
            "Søren Kierkegaard",
            "A-kasse",
            "Deltager 2",
            "SPEAKER_00",
            "محمد",
            "Łukasz Żółw")) {
      assertTrue(SpeakerName.check(name).isEmpty(), name);
    }
  }

  @Test
  void markupIsRefusedNotStripped() {
    assertEquals(Optional.of(SpeakerName.Problem.MARKUP), SpeakerName.check("<b>Anne</b>"));
    assertEquals(Optional.of(SpeakerName.Problem.MARKUP), SpeakerName.check("Anne <script>"));
    assertEquals(Optional.of(SpeakerName.Problem.MARKUP), SpeakerName.check("Anne>"));
  }

  @Test
  void invisibleCharactersAreRefused() {
    for (String name :
        List.of(
            "An\u0000ne", "Anne\u0007", "An\u202Ene", "An\u200Bne", "An\u2028ne", "An\u0085ne")) {
      assertEquals(Optional.of(SpeakerName.Problem.CONTROL_CHARACTER), SpeakerName.check(name));
    }
  }

  @Test
  void aNameLongerThanTheLimitIsRefused() {
    assertTrue(SpeakerName.check("a".repeat(SpeakerName.MAX_LENGTH)).isEmpty());
    assertEquals(
        Optional.of(SpeakerName.Problem.TOO_LONG),
        SpeakerName.check("a".repeat(SpeakerName.MAX_LENGTH + 1)));
  }
}
