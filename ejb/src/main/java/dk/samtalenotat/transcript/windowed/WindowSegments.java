package dk.samtalenotat.transcript.windowed;

import dk.samtalenotat.transcript.SegmentData;
import java.util.List;

/**
 * What the engine heard in one window, with times already shifted to the start of the recording.
 */
public record WindowSegments(WindowPlan.Window window, List<SegmentData> segments) {

  public WindowSegments {
    segments = List.copyOf(segments);
  }
}
