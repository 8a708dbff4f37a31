package dk.samtalenotat.quality;

import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.Cpr;
import dk.samtalenotat.conversation.SealedCpr;
import dk.samtalenotat.crypto.CprHasher;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.pipeline.DraftRequests;
import dk.samtalenotat.template.DefaultTemplates;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.Transcript;
import dk.samtalenotat.transcript.importing.TranscriptFormatException;
import dk.samtalenotat.transcript.importing.TranscriptImporter;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a sample into what a draft engine gets, along the application's own path: the transcript
 * importer reads the file, a registered {@link Conversation} with its participants keeps only the
 * segments the citizen consented to, a {@link Transcript} numbers them, and {@link DraftRequests}
 * builds the request the pipeline hands to the engine. Only the database is left out.
 */
public final class AppPath {

  private static final String CVR = "11111111";

  /** A CPR number with a real date for an invented citizen; never used for anything but sealing. */
  private static final String CITIZEN = "0101901234";

  private final TranscriptImporter importer = new TranscriptImporter();
  private final MemoryKeys keks = new MemoryKeys();
  private final DataKeys keys = new DataKeys(keks);
  private final CprHasher hasher = new CprHasher(keks);

  /** The request the pipeline would build for the sample's conversation. */
  public DraftRequest request(Sample sample) throws IOException, TranscriptFormatException {
    List<SegmentData> segments;
    try (InputStream in = SampleSet.open(sample.transcriptFile())) {
      segments = importer.parse(sample.transcriptFile(), in);
    }
    segments = withLanguages(segments, sample);
    Tenant tenant = new Tenant(CVR, "Prøvekommune");
    AppUser owner = new AppUser(tenant, "quality-bench", sample.caseworker(), null);
    Conversation c =
        Conversation.register(
            tenant,
            owner,
            SealedCpr.seal(Cpr.parse(CITIZEN), CVR, keys, hasher),
            null,
            sample.type(),
            sample.form(),
            sample.time());
    for (DraftParticipant p : sample.participants()) {
      c.addParticipant(p.name(), p.role());
    }
    if (sample.recordingStoppedMillis() != null) {
      c.recordingStoppedFrom(sample.recordingStoppedMillis());
    }
    Transcript transcript =
        new Transcript(
            c,
            Transcript.Source.IMPORT,
            sample.transcriptFile(),
            c.consented(segments),
            keys.create(CVR));
    return DraftRequests.of(c, transcript.getSegments(), DefaultTemplates.of(sample.type()));
  }

  /**
   * Sets the language of the segments the sample marks, as a speech engine would report it: the
   * transcript file formats carry no language.
   */
  private static List<SegmentData> withLanguages(List<SegmentData> segments, Sample sample) {
    for (Integer n : sample.languages().keySet()) {
      if (n < 1 || n > segments.size()) {
        throw new IllegalStateException(
            sample.key() + ": language of segment " + n + ", transcript has " + segments.size());
      }
    }
    List<SegmentData> out = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      SegmentData s = segments.get(i);
      String language = sample.languages().getOrDefault(i + 1, s.language());
      out.add(new SegmentData(s.startMillis(), s.endMillis(), s.speaker(), language, s.text()));
    }
    return out;
  }
}
