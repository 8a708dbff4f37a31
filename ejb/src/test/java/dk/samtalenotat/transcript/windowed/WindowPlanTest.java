package dk.samtalenotat.transcript.windowed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.transcript.windowed.WindowPlan.Window;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowPlanTest {

  private final WindowPlan plan = new WindowPlan(30_000, 5_000);

  @Test
  void windowsOverlapByTheConfiguredAmount() {
    assertEquals(
        List.of(
            new Window(0, 0, 30_000), new Window(1, 25_000, 55_000), new Window(2, 50_000, 70_000)),
        plan.all(70_000));
  }

  @Test
  void onlyWindowsWhoseAudioHasArrivedAreComplete() {
    assertTrue(plan.complete(29_999).isEmpty());
    assertEquals(List.of(new Window(0, 0, 30_000)), plan.complete(30_000));
    assertEquals(2, plan.complete(54_999 + 1).size());
  }

  @Test
  void completeWindowsAreTheSameAsAfterTheStop() {
    for (long received = 0; received <= 200_000; received += 1_700) {
      List<Window> after = plan.all(received + 12_345);
      for (Window w : plan.complete(received)) {
        assertEquals(after.get(w.index()), w, "window " + w.index() + " at " + received);
      }
    }
  }

  @Test
  void lastWindowEndsWithTheRecordingAndCoversWhatIsLeft() {
    assertEquals(List.of(new Window(0, 0, 12_000)), plan.all(12_000));
    assertEquals(List.of(new Window(0, 0, 30_000)), plan.all(30_000));
    // 31 s: the second window only holds the last second that the first did not.
    assertEquals(new Window(1, 25_000, 31_000), plan.all(31_000).get(1));
    assertEquals(
        List.of(new Window(0, 0, 30_000), new Window(1, 25_000, 55_000)), plan.all(55_000));
    assertTrue(plan.all(0).isEmpty());
  }

  @Test
  void overlapOfHalfAWindowOrMoreIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new WindowPlan(30_000, 15_000));
    assertThrows(IllegalArgumentException.class, () -> new WindowPlan(0, 0));
    assertThrows(IllegalArgumentException.class, () -> new WindowPlan(30_000, -1));
  }
}
