package dk.samtalenotat.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.Problem;
import dk.samtalenotat.draft.DraftGenerator;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.GeneratedDraft;
import dk.samtalenotat.draft.NoteSection;
import dk.samtalenotat.transcript.AudioSource;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.SpeechToText;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDrivenContext;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A job that fails outside the engine call (reading the transcript, storing the result) is retried
 * like a transient failure and marks its conversation failed at the last attempt, never leaving it
 * to the broker's dead-letter queue in DRAFTING or TRANSCRIBING; the dead-letter consumer marks
 * what still arrives there.
 */
class JobFailureTest {

  private static final int MAX_ATTEMPTS = 5;

  /** The steps as a job sees them, recording what it was told. */
  static class RecordingSteps extends PipelineSteps {
    final List<String> calls = new ArrayList<>();
    RuntimeException failWork;
    RuntimeException failStore;

    @Override
    public Optional<DraftRequest> draftingWork(long conversationId, int generation) {
      if (failWork != null) {
        throw failWork;
      }
      return Optional.of(
          new DraftRequest(
              ConversationType.JOBSAMTALE,
              ConversationForm.FREMMOEDE,
              LocalDateTime.of(2026, 3, 12, 9, 30),
              "Mette Sørensen",
              List.of(),
              List.of()));
    }

    @Override
    public void storeDraft(
        long conversationId,
        int generation,
        GeneratedDraft generated,
        List<dk.samtalenotat.draft.check.FactFlag> flags,
        int templateVersion) {
      if (failStore != null) {
        throw failStore;
      }
      calls.add("stored " + conversationId + "/" + generation);
    }

    @Override
    public Optional<AudioSource> transcriptionWork(long conversationId) {
      if (failWork != null) {
        throw failWork;
      }
      return Optional.of(audio());
    }

    @Override
    public List<dk.samtalenotat.transcript.windowed.WindowSegments> liveWindows(long id) {
      return List.of();
    }

    @Override
    public void storeTranscript(long conversationId, String engine, List<SegmentData> segments) {
      if (failStore != null) {
        throw failStore;
      }
      calls.add("transcript " + conversationId);
    }

    @Override
    public Optional<JobLeases.Claim> claim(
        long conversationId, dk.samtalenotat.conversation.ConversationState step, int generation) {
      return Optional.of(new JobLeases.Claim("test/1", 1));
    }

    @Override
    public void noteProblem(long conversationId, String holder, Problem problem, String detail) {
      calls.add("problem " + conversationId + " " + problem + ": " + detail);
    }

    @Override
    public void draftFailed(long conversationId, int generation, String detail) {
      calls.add("draft failed " + conversationId + "/" + generation + " " + detail);
    }

    @Override
    public void transcriptionFailed(long conversationId, String detail) {
      calls.add("transcription failed " + conversationId + " " + detail);
    }
  }

  /** The claims are the database's (JobLeasesTest); here they hold for the whole job. */
  private static final LeaseRenewal NO_RENEWAL =
      new LeaseRenewal() {
        @Override
        public Renewing keep(long conversationId, String holder) {
          return () -> {};
        }
      };

  private final RecordingSteps steps = new RecordingSteps();
  private final boolean[] rolledBack = {false};

  @Test
  void aDraftThatCannotBeStoredIsRetriedThenMarkedFailed() {
    steps.failStore = new EJBException(new IllegalStateException("value too long for column"));

    drafting().onMessage(job(42, 3, 1));
    assertTrue(rolledBack[0], "the first attempt is rolled back for the broker to deliver again");
    assertEquals(
        List.of("problem 42 DRAFT_RETRYING: processing failed (IllegalStateException)"),
        steps.calls);

    rolledBack[0] = false;
    steps.calls.clear();
    drafting().onMessage(job(42, 3, MAX_ATTEMPTS));
    assertFalse(rolledBack[0], "the last attempt is consumed, not dead-lettered");
    assertEquals(
        List.of("draft failed 42/3 processing failed (IllegalStateException)"), steps.calls);
  }

  @Test
  void aFailureReadingTheTranscriptIsTreatedTheSame() {
    steps.failWork = new IllegalStateException("connection refused");
    drafting().onMessage(job(7, 1, MAX_ATTEMPTS));
    assertEquals(
        List.of("draft failed 7/1 processing failed (IllegalStateException)"), steps.calls);
  }

  @Test
  void theFailureShownNamesTheKindOfCauseNeverItsMessage() {
    // With a CPR number, so that the log guard fails the test if the message reaches a log line.
    steps.failStore =
        new EJBException(new IllegalStateException("Borger 070385-1234: Jeg bor på Vestergade"));
    drafting().onMessage(job(42, 3, MAX_ATTEMPTS));
    assertFalse(steps.calls.toString().contains("Vestergade"), steps.calls.toString());
  }

  @Test
  void aStoredDraftNeedsNoRetry() {
    drafting().onMessage(job(42, 3, 1));
    assertFalse(rolledBack[0]);
    assertEquals(List.of("stored 42/3"), steps.calls);
  }

  @Test
  void aTranscriptThatCannotBeStoredIsRetriedThenMarkedFailed() {
    steps.failStore = new EJBException(new IllegalStateException("value too long"));

    transcription().onMessage(job(9, null, 2));
    assertTrue(rolledBack[0]);
    assertEquals(
        List.of("problem 9 TRANSCRIPTION_RETRYING: processing failed (IllegalStateException)"),
        steps.calls);

    steps.calls.clear();
    transcription().onMessage(job(9, null, MAX_ATTEMPTS));
    assertEquals(
        List.of("transcription failed 9 processing failed (IllegalStateException)"), steps.calls);
  }

  @Test
  void aDeadLetteredJobMarksItsConversationFailed() {
    PipelineDeadLetters dead = new PipelineDeadLetters();
    dead.steps = steps;
    dead.onMessage(job(42, 3, 6));
    dead.onMessage(job(9, null, 6));
    assertEquals(
        List.of(
            "draft failed 42/3 " + PipelineDeadLetters.GAVE_UP,
            "transcription failed 9 " + PipelineDeadLetters.GAVE_UP),
        steps.calls);
  }

  private DraftingJob drafting() {
    DraftingJob job = new DraftingJob();
    job.steps = steps;
    job.settings = new PipelineSettings(MAX_ATTEMPTS);
    job.renewal = NO_RENEWAL;
    job.metrics = dk.samtalenotat.metrics.ApplicationMetrics.unserved();
    job.context = context();
    job.drafts =
        new DraftGenerator() {
          @Override
          public String engineName() {
            return "test";
          }

          @Override
          public GeneratedDraft generate(DraftRequest request) {
            return new GeneratedDraft(
                List.of(
                    new DraftSentence(NoteSection.FORMAAL, "Formålet var jobsøgning.", List.of())),
                "test");
          }
        };
    return job;
  }

  private TranscriptionJob transcription() {
    TranscriptionJob job = new TranscriptionJob();
    job.steps = steps;
    job.settings = new PipelineSettings(MAX_ATTEMPTS);
    job.renewal = NO_RENEWAL;
    job.metrics = dk.samtalenotat.metrics.ApplicationMetrics.unserved();
    job.context = context();
    job.live =
        new dk.samtalenotat.recording.LiveTranscriptionSettings(
            false, "PT30S", "PT5S", 100, "PT10M", "PT2M", 4);
    job.speech =
        new SpeechToText() {
          @Override
          public String engineName() {
            return "test";
          }

          @Override
          public boolean available() {
            return true;
          }

          @Override
          public List<SegmentData> transcribe(AudioSource audio, String language) {
            return List.of(new SegmentData(0, 1000, "Borger", "da", "Hej."));
          }
        };
    return job;
  }

  private MessageDrivenContext context() {
    return (MessageDrivenContext)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {MessageDrivenContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("setRollbackOnly")) {
                rolledBack[0] = true;
                return null;
              }
              if (method.getName().equals("getRollbackOnly")) {
                return rolledBack[0];
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  /** A job message as PipelineQueue sends it, in its {@code delivery}th delivery. */
  private static Message job(long conversationId, Integer generation, int delivery) {
    Map<String, Object> body = new HashMap<>();
    body.put(PipelineQueue.CONVERSATION_ID, conversationId);
    if (generation != null) {
      body.put(PipelineQueue.GENERATION, generation);
    }
    return (Message)
        Proxy.newProxyInstance(
            JobFailureTest.class.getClassLoader(),
            new Class<?>[] {MapMessage.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getLong" -> ((Number) body.get((String) args[0])).longValue();
                  case "getInt" -> ((Number) body.get((String) args[0])).intValue();
                  case "itemExists" -> body.containsKey((String) args[0]);
                  case "propertyExists" -> "JMSXDeliveryCount".equals(args[0]);
                  case "getIntProperty" -> delivery;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static AudioSource audio() {
    return new AudioSource() {
      @Override
      public String fileName() {
        return "a.wav";
      }

      @Override
      public String contentType() {
        return "audio/wav";
      }

      @Override
      public long size() {
        return 0;
      }

      @Override
      public InputStream open() {
        return InputStream.nullInputStream();
      }
    };
  }
}
