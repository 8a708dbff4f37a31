package dk.samtalenotat.pipeline;

import dk.samtalenotat.tracing.JmsCorrelation;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.MapMessage;
import jakarta.jms.Queue;

/**
 * Asks for pipeline jobs: records the job on the conversation's row ({@link JobLeases#requested})
 * and puts a wake-up on its queue, both inside the caller's transaction (the message through the
 * server's transactional connection factory): a job exists exactly when the change that asked for
 * it was committed. The message only wakes a node up; should it die with its node's broker, the
 * recovery ({@link PipelineRecoveryTimer}) sends it again from what the database holds.
 */
@ApplicationScoped
public class PipelineQueue {

  static final String TRANSCRIPTION = "java:/jms/queue/samtalenotat/Transcription";
  static final String DRAFTING = "java:/jms/queue/samtalenotat/Drafting";

  /** Where the broker moves a job after its last delivery (wildfly-config/30-messaging.cli). */
  static final String DEAD_LETTERS = "java:/jms/queue/samtalenotat/DeadLetters";

  static final String CONVERSATION_ID = "conversationId";
  static final String GENERATION = "generation";

  @Inject private JMSContext jms;
  @jakarta.persistence.PersistenceContext private jakarta.persistence.EntityManager em;

  @Resource(lookup = TRANSCRIPTION)
  private Queue transcription;

  @Resource(lookup = DRAFTING)
  private Queue drafting;

  /** Moves the conversation to TRANSCRIBING and queues the job. */
  public void startTranscription(dk.samtalenotat.conversation.Conversation c) {
    c.transcriptionStarted();
    requestTranscription(c.getId());
  }

  /** Moves the conversation to DRAFTING with a new generation and queues the job for it. */
  public void startDrafting(dk.samtalenotat.conversation.Conversation c) {
    int generation = c.draftingStarted();
    requestDraft(c.getId(), generation);
  }

  /**
   * Queues the job a conversation is waiting in again, after its municipality was suspended while
   * the job ran (the job then left it where it was); a conversation in any other state needs none.
   *
   * @return whether a job was queued
   */
  public boolean resume(dk.samtalenotat.conversation.Conversation c) {
    switch (c.getState()) {
      case TRANSCRIBING -> requestTranscription(c.getId());
      case DRAFTING -> requestDraft(c.getId(), c.getDraftGeneration());
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * Sends the wake-up of a job the recovery took back ({@link JobLeases#takeBack}); its attempts
   * keep counting.
   */
  void wakeUp(JobLeases.Due job) {
    switch (job.state()) {
      case TRANSCRIBING -> sendTranscription(job.conversationId());
      case DRAFTING -> sendDraft(job.conversationId(), job.generation());
      default -> throw new IllegalArgumentException("no job in state " + job.state());
    }
  }

  private void requestTranscription(long conversationId) {
    JobLeases.requested(em, conversationId, java.time.Instant.now());
    sendTranscription(conversationId);
  }

  private void requestDraft(long conversationId, int generation) {
    JobLeases.requested(em, conversationId, java.time.Instant.now());
    sendDraft(conversationId, generation);
  }

  private void sendTranscription(long conversationId) {
    MapMessage m = jms.createMapMessage();
    setLong(m, CONVERSATION_ID, conversationId);
    JmsCorrelation.stamp(m);
    jms.createProducer().send(transcription, m);
  }

  private void sendDraft(long conversationId, int generation) {
    MapMessage m = jms.createMapMessage();
    setLong(m, CONVERSATION_ID, conversationId);
    try {
      m.setInt(GENERATION, generation);
    } catch (jakarta.jms.JMSException e) {
      throw new IllegalStateException(e);
    }
    JmsCorrelation.stamp(m);
    jms.createProducer().send(drafting, m);
  }

  private static void setLong(MapMessage m, String name, long value) {
    try {
      m.setLong(name, value);
    } catch (jakarta.jms.JMSException e) {
      throw new IllegalStateException(e);
    }
  }
}
