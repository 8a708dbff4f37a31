package dk.samtalenotat.transcript.importing;

import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.transcript.SegmentData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The sample transcripts on the class path under {@code samples/}, for seeding a demo. */
@ApplicationScoped
public class SampleTranscripts {

  private static final String BASE = "samples/";

  private final TranscriptImporter importer;

  /** Samples parsed with a default importer; also the constructor CDI proxies use. */
  public SampleTranscripts() {
    this(new TranscriptImporter());
  }

  @Inject
  public SampleTranscripts(TranscriptImporter importer) {
    this.importer = importer;
  }

  /** The samples in display order. */
  public List<SampleTranscript> list() {
    Properties index = new Properties();
    try (InputStream in = open("index.properties");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      index.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("sample index unreadable", e);
    }
    List<SampleTranscript> samples = new ArrayList<>();
    for (String key : index.getProperty("samples", "").split(",")) {
      String k = key.strip();
      if (k.isEmpty()) {
        continue;
      }
      samples.add(
          new SampleTranscript(
              k,
              required(index, k + ".file"),
              ConversationType.valueOf(required(index, k + ".type")),
              required(index, k + ".title")));
    }
    return samples;
  }

  /** Parses a sample; the shipped samples are valid, so a failure is a packaging error. */
  public List<SegmentData> load(SampleTranscript sample) {
    try (InputStream in = open(sample.fileName())) {
      return importer.parse(sample.fileName(), in);
    } catch (IOException e) {
      throw new UncheckedIOException("sample unreadable: " + sample.fileName(), e);
    } catch (TranscriptFormatException e) {
      throw new IllegalStateException("sample invalid: " + sample.fileName(), e);
    }
  }

  private static String required(Properties index, String name) {
    String value = index.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("sample index lacks " + name);
    }
    return value.strip();
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = SampleTranscripts.class.getClassLoader().getResourceAsStream(BASE + name);
    if (in == null) {
      throw new IOException("no resource " + BASE + name);
    }
    return in;
  }
}
