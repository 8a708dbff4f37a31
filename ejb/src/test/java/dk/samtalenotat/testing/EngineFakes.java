package dk.samtalenotat.testing;

import dk.samtalenotat.draft.DraftGenerator;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.draft.GeneratedDraft;
import dk.samtalenotat.transcript.AudioSource;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.SpeechToText;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Speech and draft engines that only say what they are (name, availability, remote address), for
 * tests of what is configured, never of transcribing or drafting.
 */
public final class EngineFakes {

  private EngineFakes() {}

  public static SpeechToText speech(String name, boolean available, String url) {
    return new SpeechToText() {
      @Override
      public String engineName() {
        return name;
      }

      @Override
      public boolean available() {
        return available;
      }

      @Override
      public Optional<URI> remoteAddress() {
        return Optional.ofNullable(url).map(URI::create);
      }

      @Override
      public List<SegmentData> transcribe(AudioSource audio, String language) {
        throw new UnsupportedOperationException("a fake that only says what it is");
      }
    };
  }

  public static DraftGenerator draft(String name, String url) {
    return new DraftGenerator() {
      @Override
      public String engineName() {
        return name;
      }

      @Override
      public Optional<URI> remoteAddress() {
        return Optional.ofNullable(url).map(URI::create);
      }

      @Override
      public GeneratedDraft generate(DraftRequest request) {
        throw new UnsupportedOperationException("a fake that only says what it is");
      }
    };
  }
}
