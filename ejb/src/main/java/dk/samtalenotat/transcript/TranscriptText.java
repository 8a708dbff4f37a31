package dk.samtalenotat.transcript;

import dk.samtalenotat.crypto.DataKey;
import java.util.List;
import java.util.function.Supplier;

/**
 * A transcript read for a screen as plain values, not as managed entities: its origin and its
 * segments in their order, decrypted. The review page of a 45-minute conversation shows 450
 * segments; loading them as entities cost Hibernate's bookkeeping of each for the rest of the
 * transaction, which a page that only shows them does not need.
 *
 * @param origin the engine name or the imported file's name
 * @param segments in ordinal order; empty once the transcript is destroyed
 */
public record TranscriptText(String origin, List<Line> segments) {

  /** One segment as stored, its text still sealed: a row of the projection. */
  public record Sealed(
      int ordinal, long startMillis, String speaker, String language, String sealedText) {}

  /** One segment, decrypted. */
  public record Line(int ordinal, long startMillis, String speaker, String language, String text) {}

  /**
   * Decrypts the rows with the transcript's data key, opened once and only when there is a row to
   * open; each text is bound to the transcript and its ordinal as {@link TranscriptSegment} sealed
   * it, so a text moved to another row does not decrypt.
   *
   * @param objectId the transcript's object id
   * @param rows in the order to show them
   * @param key opens the transcript's data key; not called for no rows
   * @throws dk.samtalenotat.crypto.CryptoException when a text does not decrypt
   */
  public static TranscriptText open(
      String origin, String objectId, List<Sealed> rows, Supplier<DataKey> key) {
    if (rows.isEmpty()) {
      return new TranscriptText(origin, List.of());
    }
    DataKey dataKey = key.get();
    return new TranscriptText(
        origin,
        rows.stream()
            .map(
                r ->
                    new Line(
                        r.ordinal(),
                        r.startMillis(),
                        r.speaker(),
                        r.language(),
                        dataKey.open(TranscriptSegment.aad(objectId, r.ordinal()), r.sealedText())))
            .toList());
  }
}
