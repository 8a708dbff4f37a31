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
import dk.samtalenotat.transcript.TranscriptSegment;
import dk.samtalenotat.transcript.importing.TranscriptFormatException;
import dk.samtalenotat.transcript.importing.TranscriptImporter;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a conversation of a set into what a draft engine gets, along the application's own path:
 * the transcript importer reads the file, a registered {@link Conversation} with its participants
 * keeps only the segments the citizen consented to, a {@link Transcript} numbers them, and {@link
 * DraftRequests} builds the request the pipeline hands to the engine. Only the database is left
 * out. The conversation and its segments are kept, so that the unsupported-fact check is called as
 * the application calls it.
 */
public final class AppPath {

  private static final String CVR = "11111111";

  /** A CPR number with a real date for an invented citizen; never used for anything but sealing. */
  private static final String CITIZEN = "0101901234";

  private final TranscriptImporter importer = new TranscriptImporter();
  private final MemoryKeys keks = new MemoryKeys();
  private final DataKeys keys = new DataKeys(keks);
  private final CprHasher hasher = new CprHasher(keks);

  /**
   * A conversation as the application holds it when it drafts.
   *
   * @param request what the engine gets
   * @param conversation the registered conversation
   * @param segments the transcript's segments, after the consent mark
   */
  public record Prepared(
      DraftRequest request, Conversation conversation, List<TranscriptSegment> segments) {

    public LocalDate date() {
      return request.conversationTime().toLocalDate();
    }
  }

  /** The request the pipeline would build for the sample's conversation. */
  public DraftRequest request(Sample sample) throws IOException, TranscriptFormatException {
    return prepare(sample.toCase()).request();
  }

  /** The conversation registered and its transcript imported, as the pipeline has them. */
  public Prepared prepare(QualityCase c) throws IOException, TranscriptFormatException {
    List<SegmentData> segments;
    try (InputStream in = c.transcript().open()) {
      segments = importer.parse(c.transcriptName(), in);
    }
    segments = withLanguages(segments, c);
    Tenant tenant = new Tenant(CVR, "Prøvekommune");
    AppUser owner = new AppUser(tenant, "quality-bench", c.caseworker(), null);
    Conversation conversation =
        Conversation.register(
            tenant,
            owner,
            SealedCpr.seal(Cpr.parse(CITIZEN), CVR, keys, hasher),
            null,
            c.type(),
            c.form(),
            c.time());
    for (DraftParticipant p : c.participants()) {
      conversation.addParticipant(p.name(), p.role());
    }
    if (c.recordingStoppedMillis() != null) {
      conversation.recordingStoppedFrom(c.recordingStoppedMillis());
    }
    Transcript transcript =
        new Transcript(
            conversation,
            Transcript.Source.IMPORT,
            c.transcriptName(),
            conversation.consented(segments),
            keys.create(CVR));
    List<TranscriptSegment> kept = transcript.getSegments();
    return new Prepared(
        DraftRequests.of(conversation, kept, DefaultTemplates.of(c.type())), conversation, kept);
  }

  /**
   * Sets the language of the segments the case marks, as a speech engine would report it: the
   * transcript file formats carry no language.
   */
  private static List<SegmentData> withLanguages(List<SegmentData> segments, QualityCase c) {
    for (Integer n : c.languages().keySet()) {
      if (n < 1 || n > segments.size()) {
        throw new IllegalStateException(
            c.key() + ": language of segment " + n + ", transcript has " + segments.size());
      }
    }
    List<SegmentData> out = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      SegmentData s = segments.get(i);
      String language = c.languages().getOrDefault(i + 1, s.language());
      out.add(new SegmentData(s.startMillis(), s.endMillis(), s.speaker(), language, s.text()));
    }
    return out;
  }
}
